package nl.samenkracht.coverage;

import nl.samenkracht.indicators.DescriptiveRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Survey evidence from the descriptives (indicators.Descriptives): per instrument × scale or
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

    static List<EvidenceValue> from(List<DescriptiveRow> descriptives, EvidenceWaves waves, String group) {
        List<EvidenceValue> out = new ArrayList<>();
        if (descriptives == null || descriptives.isEmpty()) return out;
        String wantedGroup = group == null || group.isBlank() ? ALL_GROUPS : group.strip();
        Map<List<String>, Set<String>> wavesOf = new HashMap<>();
        for (DescriptiveRow r : descriptives)
            wavesOf.computeIfAbsent(List.of(r.instrument(), r.schoolYear()), k -> new HashSet<>()).add(r.wave());
        for (DescriptiveRow r : descriptives) {
            String instrument = r.instrument();
            String year = r.schoolYear();
            String location = r.location();
            if (!wantedGroup.equals(r.grp())) continue;
            if (location == null || location.isEmpty() || UNKNOWN_LOCATION.equals(location)) continue;
            if (!r.wave().equals(waves.choose(wavesOf.get(List.of(instrument, year))))) continue;
            String kind = r.isScale() ? EvidenceRule.SURVEY_SCALE : EvidenceRule.SURVEY_ITEM;
            out.add(new EvidenceValue(kind, instrument + "/" + r.measure(), year, location, r.shareAgree(), (int) r.n()));
        }
        return out;
    }
}
