package nl.samenkracht.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Holm's step-down adjustment, as R's {@code p.adjust(p, method = "holm")}. */
public final class Holm {
    private Holm() {}

    /**
     * Adjusted p-values in the input order. NaN entries stay NaN and do not count towards the
     * family size m (R's default {@code n = length(p[!is.na(p)])}). With the m non-NaN values
     * sorted ascending, {@code adj_(i) = min(1, max_{j ≤ i} (m − j + 1)·p_(j))}.
     */
    public static double[] adjust(double[] p) {
        if (p == null) {
            throw new IllegalArgumentException("p is required");
        }
        int[] order = IntStream.range(0, p.length)
                .filter(i -> !Double.isNaN(p[i]))
                .boxed()
                .sorted(Comparator.comparingDouble(i -> p[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, (m - rank) * p[order[rank]]);
            adjusted[order[rank]] = Math.min(1, running);
        }
        return adjusted;
    }
}
