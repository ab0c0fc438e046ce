package nl.samenkracht.coverage;

import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Survey evidence from the descriptives table (indicators.Descriptives): per instrument × scale or
 * item × school year × location (and "Alle locaties"), value = share agree — the top two answer
 * options; for a scale score, a score at or above the answer scale's agree threshold — and n =
 * respondents. A share is comparable across 4-, 5- and 7-point scales and reads as "x% of the
 * colleagues agree", so one target (default 0.6) fits every measure.
 *
 * <p>Rows: the respondent group {@code group} (default: "Alle groepen", everybody), the evidence wave
 * of each instrument × school year ({@link EvidenceWaves}). Rows of an unknown location ("Onbekend",
 * or none) count in "Alle locaties" only.
 */
final class SurveyEvidence {
    static final String ALL_GROUPS = "Alle groepen";
    static final String UNKNOWN_LOCATION = "Onbekend";

    private SurveyEvidence() {}

    static List<EvidenceValue> from(Table descriptives, EvidenceWaves waves, String group) {
        List<EvidenceValue> out = new ArrayList<>();
        if (descriptives == null || descriptives.rowCount() == 0) return out;
        String wantedGroup = group == null || group.isBlank() ? ALL_GROUPS : group.strip();
        Map<List<String>, Set<String>> wavesOf = new HashMap<>();
        for (int i = 0; i < descriptives.rowCount(); i++)
            wavesOf.computeIfAbsent(List.of(str(descriptives, "instrument", i), str(descriptives, "school_year", i)),
                    k -> new HashSet<>()).add(str(descriptives, "wave", i));
        for (int i = 0; i < descriptives.rowCount(); i++) {
            String instrument = str(descriptives, "instrument", i);
            String year = str(descriptives, "school_year", i);
            String location = str(descriptives, "location", i);
            if (!wantedGroup.equals(str(descriptives, "grp", i))) continue;
            if (location == null || UNKNOWN_LOCATION.equals(location)) continue;
            if (!str(descriptives, "wave", i).equals(waves.choose(wavesOf.get(List.of(instrument, year))))) continue;
            String kind = "schaal".equals(str(descriptives, "level", i)) ? EvidenceRule.SURVEY_SCALE : EvidenceRule.SURVEY_ITEM;
            double share = descriptives.column("share_agree").isMissing(i) ? Double.NaN
                    : ((Number) descriptives.column("share_agree").get(i)).doubleValue();
            int n = ((Number) descriptives.column("n").get(i)).intValue();
            out.add(new EvidenceValue(kind, instrument + "/" + str(descriptives, "measure", i), year, location, share, n));
        }
        return out;
    }

    private static String str(Table t, String column, int row) {
        return t.stringColumn(column).isMissing(row) ? null : t.stringColumn(column).get(row);
    }
}
