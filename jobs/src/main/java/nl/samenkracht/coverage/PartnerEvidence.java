package nl.samenkracht.coverage;

import nl.samenkracht.indicators.contacts.ContactResults;

import java.util.ArrayList;
import java.util.List;

/**
 * Coverage evidence about partner organisations (counterpart kind "partner"), from the contact
 * results (class "Alle klassen", every location and "Alle locaties"): the refs
 * {@code contact:partner_reach_first_weeks}, {@code contact:partner_share_positive},
 * {@code contact:partner_share_initiated_by_other} and {@code contact:partner_share_reached_every_period}.
 * Their n is the number of partners (reach, regularity) or of contacts (tone), as in the tables.
 */
public final class PartnerEvidence {
    public static final String PREFIX = "contact:partner_";
    static final String KIND = "partner";
    static final String ALL_CLASSES = "Alle klassen";

    private PartnerEvidence() {}

    public static List<EvidenceValue> from(List<ContactResults.Reach> reach, List<ContactResults.Tone> tone,
                                           List<ContactResults.Regularity> regularity) {
        List<EvidenceValue> out = new ArrayList<>();
        if (reach != null) for (ContactResults.Reach r : reach)
            if (partnerTotal(r.group()) && "reach_first_weeks".equals(r.indicator()))
                out.add(value(r.group(), "reach_first_weeks", r.n(), r.reached()));
        if (tone != null) {
            for (String indicator : List.of("share_positive", "share_initiated_by_other"))
                for (ContactResults.Tone t : tone)
                    if (partnerTotal(t.group()) && indicator.equals(t.indicator())) out.add(value(t.group(), indicator, t.n(), t.count()));
        }
        if (regularity != null) for (ContactResults.Regularity r : regularity)
            if (partnerTotal(r.group())) out.add(value(r.group(), "share_reached_every_period", r.n(), r.everyPeriod()));
        return out;
    }

    private static boolean partnerTotal(ContactResults.Group g) {
        return KIND.equals(g.kind()) && ALL_CLASSES.equals(g.clazz());
    }

    private static EvidenceValue value(ContactResults.Group g, String ref, int n, int count) {
        return new EvidenceValue(EvidenceRule.CONTACT_INDICATOR, PREFIX + ref, g.schoolYear(), g.location(),
                n > 0 ? (double) count / n : Double.NaN, n);
    }
}
