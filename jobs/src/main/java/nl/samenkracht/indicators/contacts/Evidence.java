package nl.samenkracht.indicators.contacts;

import nl.samenkracht.coverage.EvidenceValue;

import nl.samenkracht.ingest.contacts.ContactVocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * Evidence values for success-factor coverage (kind "contact_indicator"), per school year and
 * location including "Alle locaties", taken from the parent-contact rows of the tables (kind
 * ouder, class "Alle klassen"): the refs are about parental involvement (RUG success factors,
 * Kompas Steun, Samen zijn wij school). A share without n is NaN.
 */
final class Evidence {
    static final String KIND = nl.samenkracht.coverage.EvidenceRule.CONTACT_INDICATOR;

    private Evidence() {}

    static List<EvidenceValue> from(List<ContactResults.Reach> reach, List<ContactResults.Tone> tone,
                                    List<ContactResults.Regularity> regularity) {
        List<EvidenceValue> out = new ArrayList<>();
        reach(out, reach, "reach_before_deadline", "startgesprek", "contact:reach_startgesprek");
        reach(out, reach, "reach_first_weeks", null, "contact:reach_first_weeks");
        reach(out, reach, "reach_huisbezoek", null, "contact:reach_huisbezoek");
        tone(out, tone, "share_positive", "contact:share_positive");
        tone(out, tone, "share_first_positive", "contact:share_first_positive");
        tone(out, tone, "share_initiated_by_other", "contact:share_initiated_by_other");
        tone(out, tone, "share_child_present", "contact:share_child_present");
        for (ContactResults.Regularity r : regularity)
            if (parentTotal(r.group())) out.add(value("contact:share_reached_every_period", r.group(), r.shareEveryPeriod(), r.n()));
        return out;
    }

    private static void reach(List<EvidenceValue> out, List<ContactResults.Reach> rows, String indicator, String type, String ref) {
        for (ContactResults.Reach r : rows) {
            if (!parentTotal(r.group()) || !indicator.equals(r.indicator())) continue;
            if (type != null && !type.equals(r.contactType())) continue;
            out.add(value(ref, r.group(), r.share(), r.n()));
        }
    }

    private static void tone(List<EvidenceValue> out, List<ContactResults.Tone> rows, String indicator, String ref) {
        for (ContactResults.Tone r : rows)
            if (parentTotal(r.group()) && indicator.equals(r.indicator())) out.add(value(ref, r.group(), r.share(), r.n()));
    }

    private static boolean parentTotal(ContactResults.Group g) {
        return ContactVocabulary.KIND_PARENT.equals(g.kind()) && ContactIndicators.ALL_CLASSES.equals(g.clazz());
    }

    private static EvidenceValue value(String ref, ContactResults.Group g, Double share, int n) {
        return new EvidenceValue(KIND, ref, g.schoolYear(), g.location(), share == null ? Double.NaN : share, n);
    }
}
