package nl.samenkracht.statistics;

/**
 * The covariance-matrix formulas of psych::alpha, on a plain k × k matrix (see
 * {@link Reliability} for which matrix and why).
 */
final class AlphaFormulas {
    /** A total variance this small relative to the summed item variances counts as zero. */
    private static final double ZERO_VARIANCE = 1e-12;

    private AlphaFormulas() {}

    /** k/(k−1)·(1 − tr(C)/ΣC); NaN when ΣC is (numerically) zero. */
    static double alpha(double[][] c) {
        int k = c.length;
        double trace = 0;
        for (int a = 0; a < k; a++) {
            trace += c[a][a];
        }
        double total = sum(c);
        if (Math.abs(total) <= ZERO_VARIANCE * Math.abs(trace)) {
            return Double.NaN;
        }
        return k / (k - 1.0) * (1 - trace / total);
    }

    /** Mean off-diagonal correlation of cov2cor(C). */
    static double averageR(double[][] c) {
        int k = c.length;
        double sum = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    sum += c[a][b] / Math.sqrt(c[a][a] * c[b][b]);
                }
            }
        }
        return sum / (k * (k - 1.0));
    }

    static double sum(double[][] c) {
        double total = 0;
        for (double[] row : c) {
            for (double v : row) {
                total += v;
            }
        }
        return total;
    }

    static double[][] without(double[][] c, int drop) {
        int k = c.length;
        double[][] out = new double[k - 1][k - 1];
        for (int a = 0, ra = 0; a < k; a++) {
            if (a == drop) {
                continue;
            }
            for (int b = 0, rb = 0; b < k; b++) {
                if (b != drop) {
                    out[ra][rb++] = c[a][b];
                }
            }
            ra++;
        }
        return out;
    }
}
