package nl.samenkracht.statistics;

/**
 * Paired Wilcoxon signed-rank test of x (nameting) against y (voormeting).
 *
 * @param nPairs            complete pairs used
 * @param nNonZero          pairs with x ≠ y: the n of the test
 * @param nZero             pairs with x == y, dropped before ranking (as R)
 * @param v                 R's V: sum of the ranks of the positive differences x − y
 * @param z                 tie-corrected normal z, positive when x tends to exceed y; includes the
 *                          continuity correction when that option is on. Reported also when p is
 *                          exact (then p is not derived from z)
 * @param p                 two-sided p-value
 * @param pMethod           one of {@link PMethod}
 * @param rankBiserial      matched-pairs rank-biserial correlation (Kerby 2014):
 *                          (W+ − W−)/(W+ + W−), zeros dropped
 * @param rankBiserialLower 95% lower bound, Fisher z with effectsize's paired SE
 * @param rankBiserialUpper 95% upper bound
 * @param hodgesLehmann     median of the Walsh averages of the non-zero differences x − y (zeros
 *                          dropped, the same rule as the test and as R)
 * @param hodgesLehmannInterval R's {@code wilcox.test(x, y, paired = TRUE, conf.int = TRUE)}
 *                          estimate and 95% interval, exact or normal as the p-value
 * @param effectR           |z| / √nNonZero
 * @param naReason          null when defined, else why; all statistics are then NaN
 */
public record SignedRankResult(
        int nPairs,
        int nNonZero,
        int nZero,
        double v,
        double z,
        double p,
        PMethod pMethod,
        double rankBiserial,
        double rankBiserialLower,
        double rankBiserialUpper,
        double hodgesLehmann,
        double effectR,
        NaReason naReason,
        HodgesLehmannInterval hodgesLehmannInterval) {

    /** Lower bound of the Hodges-Lehmann 95% interval. */
    public double hodgesLehmannLower() {
        return hodgesLehmannInterval.lower();
    }

    /** Upper bound of the Hodges-Lehmann 95% interval. */
    public double hodgesLehmannUpper() {
        return hodgesLehmannInterval.upper();
    }

    static SignedRankResult undefined(int nPairs, int nNonZero, int nZero, NaReason reason) {
        double nan = Double.NaN;
        return new SignedRankResult(nPairs, nNonZero, nZero, nan, nan, nan, null,
                nan, nan, nan, nan, nan, reason,
                HodgesLehmannInterval.UNDEFINED);
    }
}
