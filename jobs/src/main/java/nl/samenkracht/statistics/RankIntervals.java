package nl.samenkracht.statistics;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Hodges-Lehmann 95% intervals, a line-by-line port of R's {@code wilcox.test.default}
 * (R 4.x, {@code conf.int = TRUE}, two-sided, {@code tol.root = 1e-4}, {@code digits.rank = Inf}).
 *
 * <p>Exact (R's choice when n &lt; 50 without ties or zeros): order statistics of the Walsh
 * averages / pairwise differences at R's {@code qsignrank} / {@code qwilcox} quantile.
 * Otherwise the interval inverts the tie-corrected normal statistic of the shifted sample with
 * R's root finder, ported here from R's {@code zeroin.c}, so the roots agree with R's to
 * rounding and not only to the tolerance.
 */
final class RankIntervals {
    private static final double CONF = 0.95;
    /** Below this many values R computes exact quantiles. */
    private static final int EXACT_N = 50;
    private static final double TOL = 1e-4;
    private static final int MAXIT = 1000;
    private static final double EPS = Math.ulp(1.0);
    private static final NormalDistribution N01 = NormalDistribution.of(0, 1);

    private RankIntervals() {}

    // ---- one sample (paired differences, zeros already dropped) ----

    static HodgesLehmannInterval oneSample(double[] x, boolean exact, boolean correct) {
        int n = x.length;
        if (n == 0) {
            return HodgesLehmannInterval.UNDEFINED;
        }
        return exact ? oneSampleExact(x) : oneSampleNormal(x, correct);
    }

    private static HodgesLehmannInterval oneSampleExact(double[] x) {
        int n = x.length;
        double[] walsh = new double[n * (n + 1) / 2];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                walsh[m++] = (x[i] + x[j]) / 2;
            }
        }
        Arrays.sort(walsh);
        double alpha = 1 - CONF;
        double[] density = signRankCounts(n);
        double total = Math.pow(2, n);
        int qu = quantile(density, total, alpha / 2);
        if (qu == 0) qu = 1;
        int ql = n * (n + 1) / 2 - qu;
        double achieved = 2 * cumulative(density, total, qu - 1);
        double level = achieved - alpha > alpha / 2 ? 1 - signif2(achieved) : CONF;
        return new HodgesLehmannInterval(median(walsh), walsh[qu - 1], walsh[ql], level, true);
    }

    private static HodgesLehmannInterval oneSampleNormal(double[] x, boolean correct) {
        double mumin = Arrays.stream(x).min().orElseThrow();
        double mumax = Arrays.stream(x).max().orElseThrow();
        DoubleUnaryOperator w = d -> oneSampleW(x, d, correct);
        double wMin = w.applyAsDouble(mumin);
        double wMax = Double.isFinite(wMin) ? w.applyAsDouble(mumax) : Double.NaN;
        if (!Double.isFinite(wMax)) {
            return new HodgesLehmannInterval((mumin + mumax) / 2, Double.NaN, Double.NaN, 0, false);
        }
        double alpha = 1 - CONF;
        while (wMin - N01.inverseSurvivalProbability(alpha / 2) < 0
                || wMax - N01.inverseCumulativeProbability(alpha / 2) > 0) {
            alpha *= 2;
        }
        double level = alpha >= 1 || 1 - CONF < alpha * 0.75 ? 1 - Math.min(1, alpha) : CONF;
        double lower;
        double upper;
        if (alpha < 1) {
            double zl = N01.inverseSurvivalProbability(alpha / 2);
            double zu = N01.inverseCumulativeProbability(alpha / 2);
            lower = zeroin(mumin, mumax, wMin - zl, wMax - zl, d -> w.applyAsDouble(d) - zl);
            upper = zeroin(mumin, mumax, wMin - zu, wMax - zu, d -> w.applyAsDouble(d) - zu);
        } else {
            lower = median(x.clone());
            upper = lower;
        }
        DoubleUnaryOperator w0 = d -> oneSampleW(x, d, false);
        return new HodgesLehmannInterval(uniroot(w0, mumin, mumax), lower, upper, level, false);
    }

    /** R's W(d): standardised signed-rank statistic of x − d, zeros dropped. */
    static double oneSampleW(double[] x, double d, boolean correct) {
        double[] pos = new double[x.length];
        double[] neg = new double[x.length];
        int np = 0;
        int nn = 0;
        for (double v : x) {
            double xd = v - d;
            if (xd > 0) pos[np++] = xd;
            else if (xd < 0) neg[nn++] = -xd;
        }
        RankSums s = rankSums(Arrays.copyOf(pos, np), Arrays.copyOf(neg, nn));
        double nx = np + nn;
        double zd = s.first - nx * (nx + 1) / 4;
        double sigma = Math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - s.tieSum / 48);
        double correction = correct ? Math.signum(zd) * 0.5 : 0;
        return (zd - correction) / sigma;
    }

    /**
     * Pratt option (zeros kept): the distribution-free interval of the Walsh averages of all
     * differences, zeros included (Hollander &amp; Wolfe 1999, sec. 3.3): [W_(q), W_(M+1−q)] with
     * M = n(n+1)/2 and q R's {@code qsignrank(0.025, n)} (1 at least) for n &lt; 50, else
     * ⌊M/2 − z_0.975·√(n(n+1)(2n+1)/24)⌋. With ties and zeros the coverage is approximate.
     * The estimate is the median of the same Walsh averages.
     */
    static HodgesLehmannInterval walshInterval(double[] d) {
        int n = d.length;
        if (n == 0) return HodgesLehmannInterval.UNDEFINED;
        long m = (long) n * (n + 1) / 2;
        long q;
        double level = CONF;
        boolean exact = n < EXACT_N;
        if (exact) {
            double[] density = signRankCounts(n);
            double total = Math.pow(2, n);
            double alpha = 1 - CONF;
            int qu = quantile(density, total, alpha / 2);
            if (qu == 0) qu = 1;
            double achieved = 2 * cumulative(density, total, qu - 1);
            level = achieved - alpha > alpha / 2 ? 1 - signif2(achieved) : CONF;
            q = qu;
        } else {
            double sd = Math.sqrt(n * (n + 1.0) * (2.0 * n + 1) / 24);
            q = Math.max(1, (long) Math.floor(m / 2.0 - N01.inverseSurvivalProbability((1 - CONF) / 2) * sd));
        }
        return new HodgesLehmannInterval(HodgesLehmann.oneSample(d), HodgesLehmann.walshOrderStatistic(d, q),
                HodgesLehmann.walshOrderStatistic(d, m - q + 1), level, exact);
    }

    // ---- two samples ----

    static HodgesLehmannInterval twoSample(double[] x, double[] y, boolean exact, boolean correct) {
        if (x.length == 0 || y.length == 0) {
            return HodgesLehmannInterval.UNDEFINED;
        }
        return exact ? twoSampleExact(x, y) : twoSampleNormal(x, y, correct);
    }

    private static HodgesLehmannInterval twoSampleExact(double[] x, double[] y) {
        int nx = x.length;
        int ny = y.length;
        double[] diffs = new double[nx * ny];
        int m = 0;
        for (double vy : y) {
            for (double vx : x) {
                diffs[m++] = vx - vy;
            }
        }
        Arrays.sort(diffs);
        double alpha = 1 - CONF;
        double[] density = rankSumCounts(nx, ny);
        double total = Arrays.stream(density).sum();
        int qu = quantile(density, total, alpha / 2);
        if (qu == 0) qu = 1;
        int ql = nx * ny - qu;
        double achieved = 2 * cumulative(density, total, qu - 1);
        double level = achieved - alpha > alpha / 2 ? 1 - achieved : CONF;
        return new HodgesLehmannInterval(median(diffs), diffs[qu - 1], diffs[ql], level, true);
    }

    private static HodgesLehmannInterval twoSampleNormal(double[] x, double[] y, boolean correct) {
        double mumin = min(x) - max(y);
        double mumax = max(x) - min(y);
        DoubleUnaryOperator w = d -> twoSampleW(x, y, d, correct);
        double wMin = w.applyAsDouble(mumin);
        double wMax = w.applyAsDouble(mumax);
        double alpha = 1 - CONF;
        double lower = twoSampleRoot(w, mumin, mumax, wMin, wMax, N01.inverseSurvivalProbability(alpha / 2));
        double upper = twoSampleRoot(w, mumin, mumax, wMin, wMax, N01.inverseCumulativeProbability(alpha / 2));
        DoubleUnaryOperator w0 = d -> twoSampleW(x, y, d, false);
        return new HodgesLehmannInterval(uniroot(w0, mumin, mumax), lower, upper, CONF, false);
    }

    private static double twoSampleRoot(DoubleUnaryOperator w, double mumin, double mumax, double wMin,
                                        double wMax, double zq) {
        double fLower = wMin - zq;
        if (fLower <= 0) return mumin;
        double fUpper = wMax - zq;
        if (fUpper >= 0) return mumax;
        return zeroin(mumin, mumax, fLower, fUpper, d -> w.applyAsDouble(d) - zq);
    }

    /** R's W(d) of the rank-sum test: standardised W of (x − d, y). */
    static double twoSampleW(double[] x, double[] y, double d, boolean correct) {
        double[] shifted = new double[x.length];
        for (int i = 0; i < x.length; i++) shifted[i] = x[i] - d;
        RankSums s = rankSums(shifted, y.clone());
        double nx = x.length;
        double ny = y.length;
        double dz = s.first - nx * (nx + 1) / 2 - nx * ny / 2;
        double correction = correct ? Math.signum(dz) * 0.5 : 0;
        double sigma = Math.sqrt((nx * ny / 12) * ((nx + ny + 1) - s.tieSum / ((nx + ny) * (nx + ny - 1))));
        return (dz - correction) / sigma;
    }

    // ---- ranks ----

    private record RankSums(double first, double tieSum) {}

    /** Average ranks of a ∪ b: the sum of a's ranks and Σ(t³ − t) over tie groups. */
    private static RankSums rankSums(double[] a, double[] b) {
        Arrays.sort(a);
        Arrays.sort(b);
        int i = 0;
        int j = 0;
        double rank = 0;
        double sumA = 0;
        double ties = 0;
        while (i < a.length || j < b.length) {
            double v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            int ca = 0;
            int cb = 0;
            while (i < a.length && a[i] == v) { i++; ca++; }
            while (j < b.length && b[j] == v) { j++; cb++; }
            double t = ca + cb;
            sumA += ca * (rank + (t + 1) / 2);
            ties += t * t * t - t;
            rank += t;
        }
        return new RankSums(sumA, ties);
    }

    // ---- exact null distributions (counts) and R's quantile rule ----

    /** Counts of V = 0..n(n+1)/2 for the signed-rank statistic. */
    static double[] signRankCounts(int n) {
        int max = n * (n + 1) / 2;
        double[] c = new double[max + 1];
        c[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int s = k * (k + 1) / 2; s >= k; s--) {
                c[s] += c[s - k];
            }
        }
        return c;
    }

    /** Counts of W = 0..nx·ny for the rank-sum statistic (subsets of size nx by rank sum). */
    static double[] rankSumCounts(int nx, int ny) {
        int total = nx + ny;
        int maxSum = total * (total + 1) / 2;
        double[][] dp = new double[nx + 1][maxSum + 1];
        dp[0][0] = 1;
        for (int r = 1; r <= total; r++) {
            for (int k = Math.min(r, nx); k >= 1; k--) {
                for (int s = maxSum; s >= r; s--) {
                    dp[k][s] += dp[k - 1][s - r];
                }
            }
        }
        int offset = nx * (nx + 1) / 2;
        double[] c = new double[nx * ny + 1];
        for (int w = 0; w <= nx * ny; w++) c[w] = dp[nx][w + offset];
        return c;
    }

    /** R's qsignrank/qwilcox for p ≤ 0.5: smallest q with P(S ≤ q) ≥ p − 10ε. */
    private static int quantile(double[] counts, double total, double p) {
        double x = p - 10 * EPS;
        double cum = 0;
        for (int q = 0; ; q++) {
            cum += counts[q] / total;
            if (cum >= x) return q;
        }
    }

    private static double cumulative(double[] counts, double total, int q) {
        double cum = 0;
        for (int i = 0; i <= q && i < counts.length; i++) cum += counts[i] / total;
        return cum;
    }

    // ---- R's uniroot / zeroin ----

    /** {@code uniroot(f, lower, upper, tol = 1e-4)$root}; NaN where R stops with an error. */
    private static double uniroot(DoubleUnaryOperator f, double lower, double upper) {
        double fl = f.applyAsDouble(lower);
        double fu = f.applyAsDouble(upper);
        if (Double.isNaN(fl) || Double.isNaN(fu) || fl * fu > 0) {
            return Double.NaN;
        }
        return zeroin(lower, upper, fl, fu, f);
    }

    /** Port of R_zeroin2 (R src/library/stats/src/zeroin.c, Brent 1973). */
    static double zeroin(double ax, double bx, double fa, double fb, DoubleUnaryOperator f) {
        double a = ax;
        double b = bx;
        double c = a;
        double fc = fa;
        int maxit = MAXIT + 1;
        if (fa == 0.0) return a;
        if (fb == 0.0) return b;
        while (maxit-- > 0) {
            double prevStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b; b = c; c = a;
                fa = fb; fb = fc; fc = fa;
            }
            double tolAct = 2 * EPS * Math.abs(b) + TOL / 2;
            double newStep = (c - b) / 2;
            if (Math.abs(newStep) <= tolAct || fb == 0) {
                return b;
            }
            if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
                double p;
                double q;
                double cb = c - b;
                if (a == c) {
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                } else {
                    q = fa / fc;
                    double t1 = fb / fc;
                    double t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0) q = -q;
                else p = -p;
                if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
                    newStep = p / q;
                }
            }
            if (Math.abs(newStep) < tolAct) {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }
            a = b;
            fa = fb;
            b += newStep;
            fb = f.applyAsDouble(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
                c = a;
                fc = fa;
            }
        }
        return b;
    }

    // ---- small helpers ----

    /** R's median; sorts its argument. */
    private static double median(double[] v) {
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double signif2(double v) {
        if (v == 0) return 0;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).doubleValue();
    }
}
