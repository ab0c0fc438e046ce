package nl.samenkracht.statistics;

/**
 * Hodges-Lehmann location shift with its confidence interval, as R's
 * {@code wilcox.test(..., conf.int = TRUE)} reports them ({@code $estimate}, {@code $conf.int}).
 *
 * @param estimate  R's estimate: the median of the Walsh averages (paired) or of the pairwise
 *                  differences (two samples) when the interval is exact; otherwise R's root of
 *                  the uncorrected standardised statistic (within R's {@code tol.root = 1e-4})
 * @param lower     lower bound
 * @param upper     upper bound
 * @param confLevel the level achieved: 0.95, or lower when R reports that 0.95 is not achievable
 *                  (very small samples); 0 when no interval exists
 * @param exact     true when the interval comes from the exact null distribution
 */
public record HodgesLehmannInterval(double estimate, double lower, double upper, double confLevel,
                                    boolean exact) {
    static final HodgesLehmannInterval UNDEFINED =
            new HodgesLehmannInterval(Double.NaN, Double.NaN, Double.NaN, 0, false);
}
