package nl.samenkracht.statistics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.ranking.NaturalRanking;

/**
 * Groups ranked together (average ranks for ties), shared by Kruskal-Wallis and Dunn so both
 * see the same groups, ranks and tie term. NaN values are dropped; groups left empty are skipped.
 *
 * @param groupIndex index of each kept group in the caller's list
 * @param sizes      values per kept group
 * @param meanRanks  mean pooled rank per kept group
 * @param n          total values
 * @param tieSum     Σ(t³ − t) over the pooled values
 * @param allEqual   true when every pooled value is the same (no variation to rank)
 * @param emptyGroups groups skipped because they held no values
 */
record PooledRanks(int[] groupIndex, int[] sizes, double[] meanRanks, int n, double tieSum,
                   boolean allEqual, int emptyGroups) {

    static PooledRanks of(List<double[]> groups) {
        if (groups == null) {
            throw new IllegalArgumentException("groups are required");
        }
        List<double[]> kept = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double[] values = Samples.withoutNaN(groups.get(g));
            if (values.length > 0) {
                kept.add(values);
                index.add(g);
            }
        }
        int n = kept.stream().mapToInt(v -> v.length).sum();
        double[] pooled = new double[n];
        int at = 0;
        for (double[] values : kept) {
            System.arraycopy(values, 0, pooled, at, values.length);
            at += values.length;
        }
        double[] ranks = new NaturalRanking().apply(pooled);
        int k = kept.size();
        int[] sizes = new int[k];
        double[] meanRanks = new double[k];
        at = 0;
        for (int g = 0; g < k; g++) {
            sizes[g] = kept.get(g).length;
            double sum = 0;
            for (int i = 0; i < sizes[g]; i++) {
                sum += ranks[at++];
            }
            meanRanks[g] = sum / sizes[g];
        }
        return new PooledRanks(index.stream().mapToInt(Integer::intValue).toArray(), sizes,
                meanRanks, n, Samples.tieSum(pooled), Samples.allEqual(pooled),
                groups.size() - k);
    }

    int k() {
        return sizes.length;
    }

    /** Tie-corrected variance of a single rank: N(N+1)/12 − Σ(t³−t)/(12(N−1)). */
    double rankVariance() {
        return n * (n + 1.0) / 12 - tieSum / (12.0 * (n - 1));
    }
}
