package nl.samenkracht.indicators.stats;

/**
 * One group-comparison row (tables/groups.csv). Missing numbers are NaN, missing counts null.
 *
 * @param groupA  the first group in name order, or {@link StatisticsStage#ALL_GROUPS} for Kruskal-Wallis
 * @param groupB  the second group, or null for Kruskal-Wallis
 * @param nA      values of group A (all values for Kruskal-Wallis)
 * @param u       Mann-Whitney U for group A
 * @param h       Kruskal-Wallis H (tie-corrected)
 * @param df      Kruskal-Wallis degrees of freedom
 * @param pHolm   Mann-Whitney / Kruskal-Wallis: Holm within school year × wave × level × grouping; Dunn:
 *                Holm within the pairs of one measure
 * @param naReason why a value is missing (the statistic's reason), or null
 * @param pMethod how p was computed, or null
 */
public record GroupTest(GroupKey key, GroupTestKind test, String groupA, String groupB, Integer nA, Integer nB, double u,
                        double z, double p, double rankBiserial, double h, Integer df, double epsilonSquared,
                        double hodgesLehmann, double pHolm, nl.samenkracht.statistics.NaReason naReason, double rbLower, double rbUpper,
                        double hlLower, double hlUpper, nl.samenkracht.statistics.PMethod pMethod) {
    /** Mann-Whitney and Kruskal-Wallis rows share a Holm family; Dunn rows have their own. */
    boolean omnibus() {
        return test != GroupTestKind.DUNN;
    }

    /** This row with its Holm-adjusted p. */
    GroupTest withPHolm(double adjusted) {
        return new GroupTest(key, test, groupA, groupB, nA, nB, u, z, p, rankBiserial, h, df, epsilonSquared, hodgesLehmann,
                adjusted, naReason, rbLower, rbUpper, hlLower, hlUpper, pMethod);
    }
}
