package nl.samenkracht.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Two-sided pooled two-proportion z-test, as R's {@code prop.test(c(x1, x2), c(n1, n2),
 * correct = FALSE)} (whose X-squared is z²). Used to compare one location with the rest of the
 * board; small cells are the caller's concern (the z-test is an approximation).
 */
public final class ProportionDifference {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private ProportionDifference() {}

    /** z = (p1 − p2) / sqrt(p(1−p)(1/n1 + 1/n2)) with the pooled p; p = 2·P(Z > |z|). */
    public static Result test(long x1, long n1, long x2, long n2) {
        if (n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
            throw new IllegalArgumentException("counts must satisfy 0 <= x <= n and n > 0");
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            // Both proportions are 0 or both are 1: no difference can be shown.
            return new Result(p1, p2, 0, 1);
        }
        double z = (p1 - p2) / se;
        double p = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
        return new Result(p1, p2, z, Math.min(1, p));
    }

    /** The two proportions, the signed z (positive when the first is higher) and the p-value. */
    public record Result(double p1, double p2, double z, double p) {}
}
