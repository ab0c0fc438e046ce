package nl.samenkracht.ingest.contacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of the contact indicators, with their defaults (docs/config-contacts.md).
 *
 * @param deadlines       contact type → deadline; default: startgesprek before 1 October (parents),
 *                        buddygesprek in the first week after the start date (new colleagues).
 *                        A configured map replaces the defaults as a whole.
 * @param firstWeeks      "reach in the first N weeks of the school year"; default 6
 * @param firstWeeksStart MM-dd on which those weeks start; default 08-01, the start of the
 *                        school year. A counterpart with a start date in the roster (a new
 *                        colleague) is measured from that date instead.
 * @param periods         the periods of "reached in every period", as Dutch month ranges
 *                        ("aug-okt") or single months ("sep"); default the four quarters
 *                        aug-okt, nov-jan, feb-apr, mei-jul
 * @param collectiveTypes types logged as collective activities with a count of those present
 *                        (not individual contacts); default ouderavond, koffieochtend, inloop
 * @param schoolYears     the school years of the study ("2024-2025"); a contact dated outside
 *                        them is rejected. Empty (default): every year is accepted.
 */
public record ContactOptions(Map<String, DeadlineRule> deadlines, Integer firstWeeks, String firstWeeksStart,
                             List<String> periods, List<String> collectiveTypes, List<String> schoolYears) {
    public static final List<String> DEFAULT_PERIODS = List.of("aug-okt", "nov-jan", "feb-apr", "mei-jul");

    /** Declared after DEFAULT_PERIODS: static fields initialise in order. */
    public static final ContactOptions DEFAULT = new ContactOptions(null, null, null, null, null, null);

    public ContactOptions {
        if (deadlines == null) {
            deadlines = new LinkedHashMap<>();
            deadlines.put("startgesprek", DeadlineRule.monthDay("10-01", ContactVocabulary.KIND_PARENT));
            deadlines.put("buddygesprek", DeadlineRule.daysAfterStart(7, ContactVocabulary.KIND_NEW_COLLEAGUE));
        }
        deadlines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deadlines));
        if (firstWeeks == null) firstWeeks = 6;
        if (firstWeeksStart == null) firstWeeksStart = "08-01";
        if (periods == null) periods = DEFAULT_PERIODS;
        if (collectiveTypes == null) collectiveTypes = List.of("ouderavond", "koffieochtend", "inloop");
        if (schoolYears == null) schoolYears = List.of();
    }
}
