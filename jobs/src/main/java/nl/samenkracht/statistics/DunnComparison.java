package nl.samenkracht.statistics;

/**
 * One pairwise comparison of Dunn's test.
 *
 * @param groupA   index of the first group in the caller's list
 * @param groupB   index of the second group (groupA &lt; groupB)
 * @param z        (mean rank A − mean rank B) / SE; positive when A tends to be higher
 * @param p        two-sided unadjusted p
 * @param pHolm    Holm-adjusted p over all comparisons returned by one call
 * @param naReason null when defined, else why; z, p and pHolm are then NaN
 */
public record DunnComparison(int groupA, int groupB, double z, double p, double pHolm,
                             NaReason naReason) {
}
