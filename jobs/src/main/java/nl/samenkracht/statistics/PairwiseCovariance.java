package nl.samenkracht.statistics;

/**
 * Covariance matrix as R's {@code cov(x, use = "pairwise.complete.obs")}: entry (i, j) uses only
 * the rows where both items are present, centred on the means of those rows, divided by
 * n_ij − 1. Entries with n_ij &lt; 2 are NaN; {@link #firstShortPair()} names the first such pair.
 */
final class PairwiseCovariance {
    private final double[][] cov;
    private final int[] shortPair;

    private PairwiseCovariance(double[][] cov, int[] shortPair) {
        this.cov = cov;
        this.shortPair = shortPair;
    }

    /**
     * @param data    rows × items, NaN = missing
     * @param columns the items to use, in order
     * @param rows    the rows to use (all rows for pairwise, complete rows for listwise)
     */
    static PairwiseCovariance of(double[][] data, int[] columns, int[] rows) {
        int k = columns.length;
        double[][] cov = new double[k][k];
        int[] shortPair = null;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double c = pair(data, columns[a], columns[b], rows);
                if (Double.isNaN(c) && shortPair == null) {
                    shortPair = new int[] {columns[a], columns[b]};
                }
                cov[a][b] = c;
                cov[b][a] = c;
            }
        }
        return new PairwiseCovariance(cov, shortPair);
    }

    private static double pair(double[][] data, int i, int j, int[] rows) {
        int n = 0;
        double sumI = 0;
        double sumJ = 0;
        for (int r : rows) {
            double x = data[r][i];
            double y = data[r][j];
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                n++;
                sumI += x;
                sumJ += y;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double meanI = sumI / n;
        double meanJ = sumJ / n;
        double products = 0;
        for (int r : rows) {
            double x = data[r][i];
            double y = data[r][j];
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                products += (x - meanI) * (y - meanJ);
            }
        }
        return products / (n - 1);
    }

    /** The matrix, indexed by position in {@code columns}. */
    double[][] matrix() {
        return cov;
    }

    /** Data column indices of the first pair with fewer than 2 shared rows, or null. */
    int[] firstShortPair() {
        return shortPair;
    }
}
