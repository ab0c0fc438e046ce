package nl.samenkracht.statistics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Dunn's (1964) pairwise comparisons after Kruskal-Wallis, with tie correction, as R's
 * {@code dunn.test} / {@code FSA::dunnTest}:
 * {@code z = (Rbar_A − Rbar_B) / sqrt((N(N+1)/12 − Σ(t³−t)/(12(N−1))) · (1/n_A + 1/n_B))},
 * ranks from all non-empty groups pooled, two-sided normal p, Holm adjustment within the family
 * of all pairs of one call (one table).
 */
public final class DunnTest {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private DunnTest() {}

    /**
     * @param groups one array per group; NaN values are ignored, empty groups skipped
     * @return one comparison per pair of non-empty groups, in order (0,1), (0,2), …, (1,2), …;
     *         empty when fewer than two groups have values
     */
    public static List<DunnComparison> test(List<double[]> groups) {
        PooledRanks ranks = PooledRanks.of(groups);
        int k = ranks.k();
        double variance = ranks.rankVariance();
        NaReason reason = ranks.allEqual() ? NaReason.Kind.ALL_VALUES_EQUAL : null;
        int pairs = k * (k - 1) / 2;
        double[] z = new double[pairs];
        double[] p = new double[pairs];
        int at = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (reason == null) {
                    double se = Math.sqrt(variance
                            * (1.0 / ranks.sizes()[a] + 1.0 / ranks.sizes()[b]));
                    z[at] = (ranks.meanRanks()[a] - ranks.meanRanks()[b]) / se;
                    p[at] = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z[at]));
                } else {
                    z[at] = Double.NaN;
                    p[at] = Double.NaN;
                }
                at++;
            }
        }
        double[] holm = Holm.adjust(p);
        List<DunnComparison> result = new ArrayList<>(pairs);
        at = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                result.add(new DunnComparison(ranks.groupIndex()[a], ranks.groupIndex()[b],
                        z[at], p[at], holm[at], reason));
                at++;
            }
        }
        return result;
    }
}
