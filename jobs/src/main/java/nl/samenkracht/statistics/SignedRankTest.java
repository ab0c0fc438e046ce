package nl.samenkracht.statistics;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Paired Wilcoxon signed-rank test (pre/post with linked respondents), equal to R's
 * {@code wilcox.test(x, y, paired = TRUE)}.
 *
 * <p>Zero differences are dropped <em>before</em> ranking, as R does (Commons Statistics would
 * rank them and then leave them out of W+, Pratt's method, which gives a different p). V and p
 * then come from Commons Statistics' {@link WilcoxonSignedRankTest}; z is computed here from the
 * same ranks: {@code z = (V − n(n+1)/4 − c) / sqrt(n(n+1)(2n+1)/24 − Σ(t³−t)/48)} with
 * {@code c = sign(V − n(n+1)/4)·0.5} under continuity correction, else 0 (R's formula).
 *
 * <p>Effect sizes: the matched-pairs rank-biserial r = 2V/S − 1 with S = n(n+1)/2 (Kerby 2014),
 * its 95% interval {@code tanh(atanh(r) ± 1.96·SE)} with
 * {@code SE = sqrt((2n³ + 3n² + n)/6) / S}, n = non-zero differences, exactly as R's
 * {@code effectsize::rank_biserial(paired = TRUE)}; r = |z|/√n with the same n.
 *
 * <p>One zero rule: the Hodges-Lehmann shift and its interval use the non-zero differences only,
 * as the test does and as R's {@code wilcox.test(post, pre, paired = TRUE, conf.int = TRUE)}
 * does (an earlier version kept the zeros in the Walsh averages and disagreed with R). The
 * interval is exact exactly when the p-value is (see {@link RankIntervals}).
 */
public final class SignedRankTest {
    private static final int EXACT_LIMIT = 50;
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private SignedRankTest() {}

    /** Default options: normal approximation, no continuity correction. */
    public static SignedRankResult test(double[] x, double[] y) {
        return test(x, y, RankTestOptions.DEFAULT);
    }

    /**
     * @param x nameting per respondent
     * @param y voormeting of the same respondents, same order; pairs with a NaN in either are
     *          skipped (the caller should already have removed them)
     */
    public static SignedRankResult test(double[] x, double[] y, RankTestOptions options) {
        Samples.requireSameLength(x, y);
        double[] d = differences(x, y);
        double[] nonZero = Arrays.stream(d).filter(v -> v != 0).toArray();
        int nPairs = d.length;
        int n = nonZero.length;
        int nZero = nPairs - n;
        if (nPairs < 2) {
            return SignedRankResult.undefined(nPairs, n, nZero, NaReason.Kind.FEWER_THAN_TWO_PAIRS);
        }
        if (n == 0) {
            return SignedRankResult.undefined(nPairs, n, nZero, NaReason.Kind.ALL_DIFFERENCES_ZERO);
        }

        if (options.zeroMethod() == RankTestOptions.ZeroMethod.PRATT && nZero > 0) {
            return pratt(d, n, nZero, options.continuityCorrection());
        }

        double[] absolute = Arrays.stream(nonZero).map(Math::abs).toArray();
        boolean ties = Samples.tieSum(absolute) > 0;
        boolean exact = options.exactWhenPossible() && !ties && nZero == 0 && n < EXACT_LIMIT;
        WilcoxonSignedRankTest.Result library = WilcoxonSignedRankTest.withDefaults()
                .with(AlternativeHypothesis.TWO_SIDED)
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(options.continuityCorrection() ? ContinuityCorrection.ENABLED
                        : ContinuityCorrection.DISABLED)
                .test(nonZero);
        double v = library.getStatistic();

        double z = normalZ(v, n, absolute, options.continuityCorrection());
        double s = n * (n + 1) / 2.0;
        double rankBiserial = 2 * v / s - 1;
        double se = Math.sqrt((2.0 * n * n * n + 3.0 * n * n + n) / 6) / s;
        double q = STANDARD_NORMAL.inverseSurvivalProbability(0.025);
        double centre = atanh(rankBiserial);
        return new SignedRankResult(nPairs, n, nZero, v, z, library.getPValue(),
                exact ? PMethod.EXACT : PMethod.normal(options.continuityCorrection()),
                rankBiserial,
                Math.tanh(centre - q * se),
                Math.tanh(centre + q * se),
                HodgesLehmann.oneSample(nonZero),
                Math.abs(z) / Math.sqrt(n),
                null,
                RankIntervals.oneSample(nonZero, exact, options.continuityCorrection()));
    }

    /**
     * Pratt (1959): all differences ranked by absolute value (midranks, zeros included), V = the
     * ranks of the positive ones; the normal approximation with the mean and variance adjusted
     * for the z0 zeros (Cureton 1967): {@code E = (N(N+1) − z0(z0+1))/4},
     * {@code Var = (N(N+1)(2N+1) − z0(z0+1)(2z0+1))/24 − Σ(t³−t)/48} over ties among the non-zero
     * differences; SciPy's {@code wilcoxon(zero_method = "pratt", method = "approx")}. With zeros
     * there is no exact p. The rank-biserial is (W+ − W−)/(W+ + W−) on the same ranks (interval as
     * in the zero-free form, n = non-zero differences); the Hodges-Lehmann shift is the median
     * of the Walsh averages of all differences, zeros kept, with the Walsh-average interval of
     * {@link RankIntervals#walshInterval} (R's wilcox.test cannot keep zeros: it drops them first).
     */
    private static SignedRankResult pratt(double[] d, int nNonZero, int nZero, boolean continuity) {
        int nAll = d.length;
        double[] absolute = Arrays.stream(d).map(Math::abs).toArray();
        double[] ranks = midranks(absolute);
        double plus = 0;
        double minus = 0;
        for (int i = 0; i < nAll; i++) {
            if (d[i] > 0) plus += ranks[i];
            else if (d[i] < 0) minus += ranks[i];
        }
        double nn = nAll;
        double z0 = nZero;
        double mean = (nn * (nn + 1) - z0 * (z0 + 1)) / 4;
        double[] nonZeroAbs = Arrays.stream(absolute).filter(v -> v != 0).toArray();
        double variance = (nn * (nn + 1) * (2 * nn + 1) - z0 * (z0 + 1) * (2 * z0 + 1)) / 24
                - Samples.tieSum(nonZeroAbs) / 48;
        double centred = plus - mean;
        double correction = continuity ? Math.signum(centred) * 0.5 : 0;
        double z = (centred - correction) / Math.sqrt(variance);
        double p = Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
        double rankBiserial = (plus - minus) / (plus + minus);
        double s = nNonZero * (nNonZero + 1) / 2.0;
        double se = Math.sqrt((2.0 * nNonZero * nNonZero * nNonZero + 3.0 * nNonZero * nNonZero + nNonZero) / 6) / s;
        double q = STANDARD_NORMAL.inverseSurvivalProbability(0.025);
        double centre = atanh(rankBiserial);
        return new SignedRankResult(nAll, nNonZero, nZero, plus, z, p, PMethod.pratt(continuity),
                rankBiserial, Math.tanh(centre - q * se), Math.tanh(centre + q * se),
                HodgesLehmann.oneSample(d), Math.abs(z) / Math.sqrt(nAll), null,
                RankIntervals.walshInterval(d));
    }

    /** Ranks 1..n of the values, ties given their mean rank. */
    private static double[] midranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) ranks[order[k]] = rank;
            i = j + 1;
        }
        return ranks;
    }

    /** x − y for the pairs where both are present. */
    private static double[] differences(double[] x, double[] y) {
        double[] d = new double[x.length];
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                d[m++] = x[i] - y[i];
            }
        }
        return Arrays.copyOf(d, m);
    }

    /** Tie-corrected z of V; R's CORRECTION term when {@code continuity}. */
    static double normalZ(double v, int n, double[] absolute, boolean continuity) {
        double mean = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2.0 * n + 1) / 24 - Samples.tieSum(absolute) / 48;
        double centred = v - mean;
        double correction = continuity ? Math.signum(centred) * 0.5 : 0;
        return (centred - correction) / Math.sqrt(variance);
    }

    /** atanh; ±Infinity at ±1, so a perfect r gives the degenerate interval [1, 1] as R does. */
    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
