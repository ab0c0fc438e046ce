package nl.samenkracht.comparison;

import nl.samenkracht.statistics.NaReason;

/**
 * Why a key figure has no p-value. Typed like the statistics' {@link NaReason}; no report shows it yet (a figure
 * without a test is "onzeker (niet getoetst)" or "onzeker (kleine groep)" there), it says why in the results.
 */
public sealed interface UntestedReason permits UntestedReason.Statistic, UntestedReason.ContactShare,
        UntestedReason.NoScores, UntestedReason.NoCounts, UntestedReason.NoTestForCounts, UntestedReason.TooFewPeople {

    /** The test's own reason (e.g. every value equal). */
    record Statistic(NaReason reason) implements UntestedReason {}

    /** A share of contacts: one person's contacts are not independent, so no test. */
    record ContactShare() implements UntestedReason {}

    /** A mean without the scores to test. */
    record NoScores() implements UntestedReason {}

    /** A share without consistent counts. */
    record NoCounts() implements UntestedReason {}

    /** A count: no test for counts. */
    record NoTestForCounts() implements UntestedReason {}

    /** A side with fewer people than the privacy rule's minimum group size. */
    record TooFewPeople(int minimum) implements UntestedReason {}
}
