package nl.samenkracht.statistics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Exact descriptives from a frequency table (value → count): Likert answers and scale scores take
 * few distinct values, so Spark only has to count, and the moments and R's type-7 quantiles are
 * computed here without ever holding every value of a group in memory.
 */
public final class FrequencyStatistics {
    private final TreeMap<Double, Long> counts = new TreeMap<>();

    public void add(double value, long count) {
        counts.merge(value, count, Long::sum);
    }

    public long n() {
        long n = 0;
        for (long c : counts.values()) n += c;
        return n;
    }

    public double mean() {
        double sum = 0;
        for (Map.Entry<Double, Long> e : counts.entrySet()) sum += e.getKey() * e.getValue();
        return sum / n();
    }

    /** Sample standard deviation (n − 1), two-pass for accuracy; NaN below two values. */
    public double sd() {
        long n = n();
        if (n < 2) return Double.NaN;
        double mean = mean();
        double ss = 0;
        for (Map.Entry<Double, Long> e : counts.entrySet()) ss += (e.getKey() - mean) * (e.getKey() - mean) * e.getValue();
        return Math.sqrt(ss / (n - 1));
    }

    /** R's type 7: h = (n − 1)p on 0-based sorted positions, linear between neighbours. */
    public double quantile(double p) {
        long n = n();
        if (n == 0) return Double.NaN;
        double h = (n - 1) * p;
        long lo = (long) Math.floor(h);
        double xLo = at(lo);
        double xHi = at(Math.min(lo + 1, n - 1));
        return xLo + (h - lo) * (xHi - xLo);
    }

    /** The value at a 0-based position of the sorted values. */
    private double at(long position) {
        long seen = 0;
        for (Map.Entry<Double, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (position < seen) return e.getKey();
        }
        return counts.lastKey();
    }

    public double min() {
        return counts.firstKey();
    }

    public double max() {
        return counts.lastKey();
    }

    public double shareAtLeast(double threshold) {
        long k = 0;
        for (Map.Entry<Double, Long> e : counts.tailMap(threshold - 1e-9, true).entrySet()) k += e.getValue();
        return (double) k / n();
    }

    public double shareAtMost(double threshold) {
        long k = 0;
        for (Map.Entry<Double, Long> e : counts.headMap(threshold + 1e-9, true).entrySet()) k += e.getValue();
        return (double) k / n();
    }
}
