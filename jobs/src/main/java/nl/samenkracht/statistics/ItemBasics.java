package nl.samenkracht.statistics;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/** n, mean and sd of one item over its answered values; reason set when it has no variance. */
record ItemBasics(int index, int n, double mean, double sd, NaReason.Kind reason) {
    static ItemBasics of(double[][] data, int column) {
        double[] values = new double[data.length];
        int n = 0;
        for (double[] row : data) {
            if (!Double.isNaN(row[column])) {
                values[n++] = row[column];
            }
        }
        double[] answered = Arrays.copyOf(values, n);
        double mean = n == 0 ? Double.NaN : Mean.of(answered).getAsDouble();
        double sd = n < 2 ? Double.NaN : StandardDeviation.of(answered).getAsDouble();
        NaReason.Kind reason = null;
        if (n < 2) {
            reason = NaReason.Kind.FEWER_THAN_TWO_VALUES;
        } else if (Samples.allEqual(answered)) {
            reason = NaReason.Kind.CONSTANT_ITEM;
        }
        return new ItemBasics(column, n, mean, sd, reason);
    }

    ItemReliability withoutScale(NaReason why) {
        return new ItemReliability(index, n, mean, sd, Double.NaN, Double.NaN, why);
    }
}
