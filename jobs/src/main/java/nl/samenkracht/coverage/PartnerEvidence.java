package nl.samenkracht.coverage;

import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Coverage evidence about partner organisations (counterpart kind "partner"), from the contact
 * tables (class "Alle klassen", every location and "Alle locaties"): the refs
 * {@code contact:partner_reach_first_weeks}, {@code contact:partner_share_positive},
 * {@code contact:partner_share_initiated_by_other} and {@code contact:partner_share_reached_every_period}.
 * Their n is the number of partners (reach, regularity) or of contacts (tone), as in the tables.
 */
public final class PartnerEvidence {
    public static final String PREFIX = "contact:partner_";
    static final String KIND = "partner";
    static final String ALL_CLASSES = "Alle klassen";

    private PartnerEvidence() {}

    public static List<EvidenceValue> from(Table reach, Table tone, Table regularity) {
        List<EvidenceValue> out = new ArrayList<>();
        if (reach != null) add(out, reach, "reach_first_weeks", "reached", "reach_first_weeks");
        if (tone != null) {
            add(out, tone, "share_positive", "count", "share_positive");
            add(out, tone, "share_initiated_by_other", "count", "share_initiated_by_other");
        }
        if (regularity != null) for (int i = 0; i < regularity.rowCount(); i++) {
            if (!partnerTotal(regularity, i)) continue;
            int n = regularity.intColumn("n").get(i);
            out.add(value(regularity, i, "share_reached_every_period", n, regularity.intColumn("every_period").get(i)));
        }
        return out;
    }

    private static void add(List<EvidenceValue> out, Table t, String indicator, String countColumn, String ref) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (!partnerTotal(t, i) || !indicator.equals(t.stringColumn("indicator").get(i))) continue;
            out.add(value(t, i, ref, t.intColumn("n").get(i), t.intColumn(countColumn).get(i)));
        }
    }

    private static boolean partnerTotal(Table t, int i) {
        return KIND.equals(t.stringColumn("kind").get(i)) && ALL_CLASSES.equals(t.stringColumn("class").get(i));
    }

    private static EvidenceValue value(Table t, int i, String ref, int n, int count) {
        return new EvidenceValue(EvidenceRule.CONTACT_INDICATOR, PREFIX + ref, t.stringColumn("school_year").get(i),
                t.stringColumn("location").get(i), n > 0 ? (double) count / n : Double.NaN, n);
    }
}
