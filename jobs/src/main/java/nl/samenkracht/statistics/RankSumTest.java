package nl.samenkracht.statistics;

import java.util.stream.DoubleStream;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Mann-Whitney U test for two independent groups (e.g. anonymous pre/post waves that cannot be
 * linked), equal to R's {@code wilcox.test(x, y)}: u = R's W, and with the default options p =
 * {@code wilcox.test(x, y, exact = FALSE, correct = FALSE)}.
 *
 * <p>u and p come from Commons Statistics' {@link MannWhitneyUTest} (its tie correction is always
 * on). z is computed here as
 * {@code (u − nX·nY/2 − c) / sqrt(nX·nY/12 · ((N+1) − Σ(t³−t)/(N(N−1))))}, N = nX + nY,
 * {@code c = sign(u − nX·nY/2)·0.5} under continuity correction (R's formula).
 */
public final class RankSumTest {
    private static final int EXACT_LIMIT = 50;

    private RankSumTest() {}

    /** Default options: normal approximation, no continuity correction. */
    public static RankSumResult test(double[] x, double[] y) {
        return test(x, y, RankTestOptions.DEFAULT);
    }

    /** NaN values are ignored (missing answers). */
    public static RankSumResult test(double[] x, double[] y, RankTestOptions options) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y are required");
        }
        double[] cx = Samples.withoutNaN(x);
        double[] cy = Samples.withoutNaN(y);
        int nX = cx.length;
        int nY = cy.length;
        if (nX == 0 || nY == 0) {
            return RankSumResult.undefined(nX, nY, NaReason.Kind.A_SAMPLE_WITHOUT_VALUES);
        }
        double[] pooled = DoubleStream.concat(DoubleStream.of(cx), DoubleStream.of(cy)).toArray();
        if (Samples.allEqual(pooled)) {
            return RankSumResult.undefined(nX, nY, NaReason.Kind.ALL_VALUES_EQUAL);
        }

        double tieSum = Samples.tieSum(pooled);
        boolean exact = options.exactWhenPossible() && tieSum == 0
                && nX < EXACT_LIMIT && nY < EXACT_LIMIT;
        MannWhitneyUTest.Result library = MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.TWO_SIDED)
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(options.continuityCorrection() ? ContinuityCorrection.ENABLED
                        : ContinuityCorrection.DISABLED)
                .test(cx, cy);
        double u = library.getStatistic();

        double n = nX + nY;
        double product = (double) nX * nY;
        double sigma = Math.sqrt(product / 12 * ((n + 1) - tieSum / (n * (n - 1))));
        double centred = u - product / 2;
        double correction = options.continuityCorrection() ? Math.signum(centred) * 0.5 : 0;
        double z = (centred - correction) / sigma;
        double rankBiserial = 2 * u / product - 1;
        // effectsize::rank_biserial (independent samples): Fisher z with this SE
        double se = Math.sqrt((n + 1) / (3 * product));
        double q = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);
        double centre = 0.5 * Math.log((1 + rankBiserial) / (1 - rankBiserial));
        return new RankSumResult(nX, nY, u, z, library.getPValue(),
                exact ? PMethod.EXACT : PMethod.normal(options.continuityCorrection()),
                rankBiserial,
                HodgesLehmann.twoSample(cx, cy),
                Math.abs(z) / Math.sqrt(n),
                null,
                Math.tanh(centre - q * se),
                Math.tanh(centre + q * se),
                RankIntervals.twoSample(cx, cy, exact, options.continuityCorrection()));
    }
}
