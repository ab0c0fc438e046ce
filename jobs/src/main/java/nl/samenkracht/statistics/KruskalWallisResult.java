package nl.samenkracht.statistics;

/**
 * Kruskal-Wallis rank test of k independent groups.
 *
 * @param n                  values in the non-empty groups
 * @param k                  non-empty groups compared
 * @param h                  tie-corrected H (R's {@code kruskal.test} "Kruskal-Wallis chi-squared")
 * @param df                 k − 1
 * @param p                  upper tail of chi-square(df) at h
 * @param epsilonSquared     H / ((n² − 1)/(n + 1)) (Tomczak &amp; Tomczak 2014)
 * @param emptyGroupsIgnored groups in the input that had no values and were left out
 * @param naReason           null when defined, else why; h, p, epsilon² are then NaN
 */
public record KruskalWallisResult(
        int n,
        int k,
        double h,
        int df,
        double p,
        double epsilonSquared,
        int emptyGroupsIgnored,
        NaReason naReason) {
}
