package nl.samenkracht.ingest.contacts;

import java.util.List;

/**
 * When a contact type counts as "in time". Exactly one of the two forms:
 * <ul>
 *   <li>{@code month_day: "10-01"}: a calendar date in each school year (months 08–12 fall in the
 *       year the school year starts, 01–07 in the next);</li>
 *   <li>{@code days_after_start: 7}: that many days from the counterpart's own start date in the
 *       roster (a new colleague's first week: start date + 7).</li>
 * </ul>
 * The deadline itself is exclusive: a contact counts only when its date is <em>before</em> the
 * deadline date; one on the deadline date is too late ("before 1 October" is {@code "10-01"};
 * "in the first week" is 7 days: the start day and the six days after it).
 *
 * @param monthDay       MM-dd
 * @param daysAfterStart whole days, at least 1
 * @param kinds          counterpart kinds the rule applies to; empty = every kind
 */
public record DeadlineRule(String monthDay, Integer daysAfterStart, List<String> kinds) {
    public DeadlineRule {
        if (kinds == null) kinds = List.of();
    }

    public static DeadlineRule monthDay(String md, String... kinds) {
        return new DeadlineRule(md, null, List.of(kinds));
    }

    public static DeadlineRule daysAfterStart(int days, String... kinds) {
        return new DeadlineRule(null, days, List.of(kinds));
    }

    public boolean appliesTo(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** Short, stable text for the {@code window} column of contacts_reach.csv: "<10-01" or "start+7d". */
    public String window() {
        return monthDay != null ? "<" + monthDay : "start+" + daysAfterStart + "d";
    }
}
