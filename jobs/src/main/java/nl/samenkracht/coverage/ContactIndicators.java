package nl.samenkracht.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact indicators a {@code contact_indicator} evidence rule can refer to, with the Dutch
 * label used when a rule gives none. All are shares in [0, 1] with the roster (or the contacts)
 * as denominator, as the contact-indicator stage computes them (DESIGN "Contact indicators"). Refs
 * without a kind are about parents; {@code contact:partner_…} refs are about partner organisations.
 */
public final class ContactIndicators {
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("contact:reach_startgesprek", "bereik startgesprek vóór de deadline");
        LABELS.put("contact:reach_first_weeks", "bereik contact in de eerste weken");
        LABELS.put("contact:share_positive", "aandeel positieve contacten");
        LABELS.put("contact:share_first_positive", "aandeel met een positief eerste contact");
        LABELS.put("contact:share_initiated_by_other", "aandeel contacten op initiatief van de ander");
        LABELS.put("contact:reach_huisbezoek", "bereik huisbezoek");
        LABELS.put("contact:share_child_present", "aandeel contacten met het kind erbij");
        LABELS.put("contact:share_reached_every_period", "aandeel bereikt in elke periode");
        // The same indicators for partner organisations (counterpart kind "partner"): PartnerEvidence.
        LABELS.put(PartnerEvidence.PREFIX + "reach_first_weeks", "partners bereikt in de eerste weken");
        LABELS.put(PartnerEvidence.PREFIX + "share_positive", "aandeel positieve contacten met partners");
        LABELS.put(PartnerEvidence.PREFIX + "share_initiated_by_other", "aandeel contacten op initiatief van de partner");
        LABELS.put(PartnerEvidence.PREFIX + "share_reached_every_period", "aandeel partners bereikt in elke periode");
    }

    private ContactIndicators() {}

    /** The known refs, e.g. {@code contact:share_positive}. */
    public static List<String> names() {
        return List.copyOf(LABELS.keySet());
    }

    public static boolean isKnown(String ref) {
        return LABELS.containsKey(ref);
    }

    /** The Dutch label, or null for an unknown ref. */
    public static String label(String ref) {
        return LABELS.get(ref);
    }
}
