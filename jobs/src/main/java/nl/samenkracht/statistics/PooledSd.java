package nl.samenkracht.statistics;

import java.util.List;

/**
 * The pooled standard deviation of several groups: sqrt(Σ (n_i − 1)·s_i² / Σ (n_i − 1)), with s_i the
 * sample SD (n − 1 in the denominator) of group i; the within-group spread an ANOVA's MSE estimates.
 * Groups of one value add nothing (n − 1 = 0). Checked against R in PooledSdTest
 * (src/test/resources/reference/funnel_reference.R).
 */
public final class PooledSd {
    private PooledSd() {}

    /** NaN when no group has two or more values. */
    public static double of(List<double[]> groups) {
        double sumSquares = 0;
        long df = 0;
        for (double[] g : groups) {
            if (g == null || g.length < 2) continue;
            double mean = 0;
            for (double x : g) mean += x;
            mean /= g.length;
            for (double x : g) sumSquares += (x - mean) * (x - mean);
            df += g.length - 1;
        }
        return df == 0 ? Double.NaN : Math.sqrt(sumSquares / df);
    }
}
