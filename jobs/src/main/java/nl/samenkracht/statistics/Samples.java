package nl.samenkracht.statistics;

import java.util.Arrays;

/** Small array helpers shared by the rank statistics in this package. */
final class Samples {
    private Samples() {}

    /** The non-NaN values of {@code values}, in order. */
    static double[] withoutNaN(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** True when every value equals the first (also for length 0 or 1). */
    static boolean allEqual(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tie term {@code Σ (t³ − t)} over the groups of equal values, as used by every
     * tie-corrected rank statistic here (Wilcoxon, Mann-Whitney, Kruskal-Wallis, Dunn).
     */
    static double tieSum(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }

    static void requireSameLength(double[] x, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y are required");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "paired samples differ in length: " + x.length + " vs " + y.length);
        }
    }
}
