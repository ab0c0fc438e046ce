package nl.samenkracht.indicators.design;

import nl.samenkracht.indicators.stats.AnalysisReason;

/**
 * One comparison of the study's design (a row of tables/design.csv). Missing numbers are NaN, missing
 * counts null.
 *
 * @param comparison {@link DesignAnalysis#COHORT} or {@link DesignAnalysis#GROUP}
 * @param schoolYear the school year of a group comparison; null for cohorts
 * @param subset     {@link DesignAnalysis#ALL} or "groep: …"
 * @param groupA     side a: the cohort with the intervention, or the first group
 * @param groupB     side b
 * @param basis      linked changes or independent post scores; null when the comparison could not be made
 * @param meanA      mean change (or post score) of side a, with its t-based 95% interval
 * @param u          Mann-Whitney U for side a
 * @param naReason   why a value is missing, or null
 */
public record DesignComparison(String instrument, String scale, String comparison, String schoolYear, String subset,
                               String groupA, String groupB, DesignBasis basis, Integer nA, Integer nB, double meanA,
                               double ciLowerA, double ciUpperA, double meanB, double ciLowerB, double ciUpperB,
                               double u, double z, double p, nl.samenkracht.statistics.PMethod pMethod, double rankBiserial, double hodgesLehmann,
                               AnalysisReason naReason, double rbLower, double rbUpper, double hlLower, double hlUpper) {
    /** A comparison that could not be made at all. */
    static DesignComparison notMade(String instrument, String scale, String comparison, String schoolYear, String subset,
                                    AnalysisReason naReason) {
        double nan = Double.NaN;
        return new DesignComparison(instrument, scale, comparison, schoolYear, subset, null, null, null, null, null, nan,
                nan, nan, nan, nan, nan, nan, nan, nan, null, nan, nan, naReason, nan, nan, nan, nan);
    }
}
