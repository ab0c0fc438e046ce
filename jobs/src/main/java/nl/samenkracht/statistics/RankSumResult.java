package nl.samenkracht.statistics;

/**
 * Mann-Whitney U (Wilcoxon rank-sum) test of two independent samples x and y.
 *
 * @param nX            non-missing values in x
 * @param nY            non-missing values in y
 * @param u             R's W for x: ranks of x in the pooled sample minus nX(nX+1)/2
 * @param z             tie-corrected normal z of u, positive when x tends to be larger; includes
 *                      the continuity correction when that option is on
 * @param p             two-sided p-value
 * @param pMethod       one of {@link PMethod}
 * @param rankBiserial  2u/(nX·nY) − 1, positive when x tends to be larger (Glass; = Cliff's delta)
 * @param hodgesLehmann median of all differences x_i − y_j
 * @param effectR       |z| / √(nX + nY)
 * @param naReason      null when defined, else why; the statistics are then NaN
 * @param rankBiserialLower 95% lower bound of the rank-biserial, Fisher z with effectsize's SE
 *                      {@code sqrt((nX + nY + 1) / (3·nX·nY))}
 * @param rankBiserialUpper 95% upper bound
 * @param hodgesLehmannInterval R's {@code wilcox.test(x, y, conf.int = TRUE)} estimate and 95%
 *                      interval, exact or normal as the p-value
 */
public record RankSumResult(
        int nX,
        int nY,
        double u,
        double z,
        double p,
        PMethod pMethod,
        double rankBiserial,
        double hodgesLehmann,
        double effectR,
        NaReason naReason,
        double rankBiserialLower,
        double rankBiserialUpper,
        HodgesLehmannInterval hodgesLehmannInterval) {

    /** Lower bound of the Hodges-Lehmann 95% interval. */
    public double hodgesLehmannLower() {
        return hodgesLehmannInterval.lower();
    }

    /** Upper bound of the Hodges-Lehmann 95% interval. */
    public double hodgesLehmannUpper() {
        return hodgesLehmannInterval.upper();
    }

    static RankSumResult undefined(int nX, int nY, NaReason reason) {
        double nan = Double.NaN;
        return new RankSumResult(nX, nY, nan, nan, nan, null, nan, nan, nan, reason, nan, nan,
                HodgesLehmannInterval.UNDEFINED);
    }
}
