package nl.samenkracht.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Pooled two-proportion z-test, two-sided: {@code z = (p1 − p2) / sqrt(p̂(1 − p̂)(1/n1 + 1/n2))},
 * p̂ = (x1 + x2)/(n1 + n2). Equal to R's {@code prop.test(c(x1, x2), c(n1, n2), correct = FALSE)}
 * (its X-squared is z²). Commons Statistics has no such test; its chi-square test on the 2×2 table
 * gives the same p but not the signed z.
 */
public final class TwoProportionTest {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private TwoProportionTest() {}

    public static ProportionTestResult test(long x1, long n1, long x2, long n2) {
        Proportions.check(x1, n1, x2, n2);
        if (n1 == 0 || n2 == 0)
            return new ProportionTestResult(ProportionTest.Z_TEST, x1, n1, x2, n2, Double.NaN, Double.NaN, NaReason.Kind.A_GROUP_EMPTY);
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (variance == 0)
            return new ProportionTestResult(ProportionTest.Z_TEST, x1, n1, x2, n2, Double.NaN, Double.NaN, NaReason.Kind.ALL_VALUES_EQUAL);
        double z = ((double) x1 / n1 - (double) x2 / n2) / Math.sqrt(variance);
        double p = 2 * STANDARD.survivalProbability(Math.abs(z));
        return new ProportionTestResult(ProportionTest.Z_TEST, x1, n1, x2, n2, z, Math.min(1, p), null);
    }
}
