package nl.samenkracht.indicators.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * A sample sent from Spark as value → count. Likert answers and scale scores take few distinct
 * values, so Spark ships a few counts per analysis instead of one number per respondent; the
 * driver expands them into the vector the rank tests take.
 */
final class ValueCounts {
    private final TreeMap<Double, Long> counts = new TreeMap<>();
    private long total;

    void add(double value, long count) {
        counts.merge(value + 0.0, count, Long::sum); // + 0.0 folds -0.0 into 0.0
        total += count;
    }

    long total() {
        return total;
    }

    /** The values in ascending order, each repeated by its count. */
    double[] values() {
        double[] out = new double[Math.toIntExact(total)];
        int at = 0;
        for (Map.Entry<Double, Long> e : counts.entrySet()) {
            for (long i = 0; i < e.getValue(); i++) out[at++] = e.getKey();
        }
        return out;
    }
}
