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
 * @param pMethod           one of {@link PValueMethods}
 * @param rankBiserial      matched-pairs rank-biserial correlation (Kerby 2014):
 *                          (W+ − W−)/(W+ + W−), zeros dropped
 * @param rankBiserialLower 95% lower bound, Fisher z with effectsize's paired SE
 * @param rankBiserialUpper 95% upper bound
 * @param hodgesLehmann     median of the Walsh averages of all differences x − y (zeros included)
 * @param effectR           |z| / √nNonZero
 * @param naReason          null when defined, else a Dutch reason; all statistics are then NaN
 */
public record SignedRankResult(
        int nPairs,
        int nNonZero,
        int nZero,
        double v,
        double z,
        double p,
        String pMethod,
        double rankBiserial,
        double rankBiserialLower,
        double rankBiserialUpper,
        double hodgesLehmann,
        double effectR,
        String naReason) {

    static SignedRankResult undefined(int nPairs, int nNonZero, int nZero, String reason) {
        double nan = Double.NaN;
        return new SignedRankResult(nPairs, nNonZero, nZero, nan, nan, nan, null,
                nan, nan, nan, nan, nan, reason);
    }
}
