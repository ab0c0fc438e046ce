package nl.samenkracht.statistics;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Kruskal-Wallis test for three or more groups, equal to R's {@code kruskal.test}:
 * {@code H = (12/(N(N+1)) Σ n_i·Rbar_i² − 3(N+1)) / (1 − Σ(t³−t)/(N³−N))}, p from the
 * chi-square distribution with k − 1 degrees of freedom. Effect size epsilon² =
 * H/((N²−1)/(N+1)) (Tomczak &amp; Tomczak 2014; R's {@code effectsize::rank_epsilon_squared}).
 */
public final class KruskalWallis {
    private KruskalWallis() {}

    /** One array per group; NaN values are ignored and groups without values are skipped. */
    public static KruskalWallisResult test(List<double[]> groups) {
        PooledRanks ranks = PooledRanks.of(groups);
        int k = ranks.k();
        int n = ranks.n();
        int df = Math.max(k - 1, 0);
        if (k < 2) {
            return undefined(ranks, df, NaReason.Kind.FEWER_THAN_TWO_GROUPS);
        }
        if (ranks.allEqual()) {
            return undefined(ranks, df, NaReason.Kind.ALL_VALUES_EQUAL);
        }
        double sum = 0;
        for (int g = 0; g < k; g++) {
            sum += ranks.sizes()[g] * ranks.meanRanks()[g] * ranks.meanRanks()[g];
        }
        double nn = n;
        double uncorrected = 12 / (nn * (nn + 1)) * sum - 3 * (nn + 1);
        double h = uncorrected / (1 - ranks.tieSum() / (nn * nn * nn - nn));
        double p = ChiSquaredDistribution.of(df).survivalProbability(h);
        return new KruskalWallisResult(n, k, h, df, p, h / ((nn * nn - 1) / (nn + 1)),
                ranks.emptyGroups(), null);
    }

    private static KruskalWallisResult undefined(PooledRanks ranks, int df, NaReason reason) {
        return new KruskalWallisResult(ranks.n(), ranks.k(), Double.NaN, df, Double.NaN,
                Double.NaN, ranks.emptyGroups(), reason);
    }
}
