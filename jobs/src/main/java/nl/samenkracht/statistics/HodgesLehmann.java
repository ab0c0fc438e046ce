package nl.samenkracht.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Hodges-Lehmann location estimates as medians of pairwise averages or differences.
 *
 * <p>Survey answers take few distinct values, so the pairs are counted per pair of distinct
 * values instead of being materialised: memory is O(m²) for m distinct values, not O(n²). The
 * median follows R's {@code median}: the mean of the two middle values when the count is even.
 */
final class HodgesLehmann {
    private HodgesLehmann() {}

    /** One-sample/paired estimate: median of the Walsh averages (d_i + d_j)/2, i ≤ j. */
    static double oneSample(double[] d) {
        if (d.length == 0) {
            return Double.NaN;
        }
        return weightedMedian(walsh(d));
    }

    /** The k-th smallest (1-based) Walsh average of d, counted as in {@link #oneSample}. */
    static double walshOrderStatistic(double[] d, long k) {
        TreeMap<Double, Long> walsh = walsh(d);
        long seen = 0;
        for (Map.Entry<Double, Long> e : walsh.entrySet()) {
            seen += e.getValue();
            if (seen >= k) return e.getKey();
        }
        throw new IllegalArgumentException("k = " + k + " beyond the " + seen + " Walsh averages");
    }

    /** The Walsh averages (d_i + d_j)/2, i ≤ j, as value → count, from the counts of the distinct values. */
    private static TreeMap<Double, Long> walsh(double[] d) {
        Map<Double, Long> counts = countDistinct(d);
        double[] values = counts.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        long[] c = counts.values().stream().mapToLong(Long::longValue).toArray();
        TreeMap<Double, Long> walsh = new TreeMap<>();
        for (int a = 0; a < values.length; a++) {
            walsh.merge(values[a], c[a] * (c[a] + 1) / 2, Long::sum);
            for (int b = a + 1; b < values.length; b++) {
                walsh.merge((values[a] + values[b]) / 2, c[a] * c[b], Long::sum);
            }
        }
        return walsh;
    }

    /** Two-sample estimate: median of all differences x_i − y_j. */
    static double twoSample(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            return Double.NaN;
        }
        Map<Double, Long> cx = countDistinct(x);
        Map<Double, Long> cy = countDistinct(y);
        TreeMap<Double, Long> diffs = new TreeMap<>();
        cx.forEach((vx, nx) -> cy.forEach((vy, ny) -> diffs.merge(vx - vy, nx * ny, Long::sum)));
        return weightedMedian(diffs);
    }

    private static Map<Double, Long> countDistinct(double[] values) {
        TreeMap<Double, Long> counts = new TreeMap<>();
        for (double v : values) {
            counts.merge(v + 0.0, 1L, Long::sum); // + 0.0 folds -0.0 into 0.0
        }
        return counts;
    }

    /** Median of a sorted multiset given as value → count. */
    private static double weightedMedian(TreeMap<Double, Long> sorted) {
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        // 1-based positions of the middle element(s)
        long lowPos = (total + 1) / 2;
        long highPos = total / 2 + 1;
        double low = Double.NaN;
        long seen = 0;
        for (Map.Entry<Double, Long> e : sorted.entrySet()) {
            long before = seen;
            seen += e.getValue();
            if (before < lowPos && lowPos <= seen) {
                low = e.getKey();
            }
            if (before < highPos && highPos <= seen) {
                return (low + e.getKey()) / 2;
            }
        }
        throw new IllegalStateException("unreachable: median position beyond total " + total);
    }
}
