package nl.samenkracht.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Cronbach's alpha with item statistics, equal to R's {@code psych::AlphaFormulas.alpha(x)} (defaults:
 * {@code use = "pairwise"}, {@code delete = TRUE}) on data the caller has already reverse-keyed.
 *
 * <p>With C the pairwise covariance matrix of the k non-constant items (see
 * {@link PairwiseCovariance}) and R = cov2cor(C):
 * <ul>
 *   <li>alpha = k/(k−1) · (1 − tr(C)/ΣC) — psych's {@code raw_alpha}; listwise alpha is the same
 *       formula on the covariance of the rows with every item answered;</li>
 *   <li>average inter-item r = (ΣR − k)/(k(k−1)) — psych's {@code average_r}; note that psych
 *       takes R from cov2cor of the pairwise C (item variances from all answers), not from
 *       {@code cor(use = "pairwise")}, and so do we;</li>
 *   <li>corrected item-total r of item i = (Σ_j C_ij − C_ii) / sqrt(C_ii · ΣC_{−i,−i}) —
 *       psych's {@code r.drop}: the correlation of the item with the sum of the other items,
 *       built from C;</li>
 *   <li>alpha if item i deleted = the alpha formula on C without row and column i — psych's
 *       {@code alpha.drop$raw_alpha}. For k = 2 the rest is one item, whose alpha is undefined:
 *       we report NaN where psych prints C_12/C_jj (not an alpha);</li>
 *   <li>Feldt 95% interval as psych's {@code alpha.ci(raw_alpha, nsub, nvar)}:
 *       1 − (1 − alpha)·F⁻¹(0.975 | n−1, (n−1)(k−1)) and 1 − (1 − alpha)·F⁻¹(0.025 | …), on the
 *       pairwise alpha with n = all input rows (psych's {@code nsub}) and k = items used.</li>
 * </ul>
 * Items without variance (one distinct answer, or fewer than 2 answers) are left out with a
 * warning, as psych's {@code delete = TRUE}; they keep their row in {@code items} with NaN
 * r and alpha-if-deleted and reason {@link NaReason.Kind#CONSTANT_ITEM}. psych's own check for negative
 * items uses the first principal component; ours is the plainer {@code r.drop < 0}.
 */
public final class Reliability {
    private Reliability() {}

    /** Items labelled "item 1", "item 2", … in reasons and warnings. */
    public static ReliabilityResult of(double[][] data) {
        int k = data == null || data.length == 0 ? 0 : data[0].length;
        return of(data, IntStream.rangeClosed(1, k).mapToObj(i -> "item " + i).toList());
    }

    /**
     * @param data       rows × items, NaN = missing, already reverse-keyed
     * @param itemLabels one label per column, named in reasons and warnings
     */
    public static ReliabilityResult of(double[][] data, List<String> itemLabels) {
        validate(data, itemLabels);
        int nItems = itemLabels.size();
        int nRows = data.length;
        List<ReliabilityWarning> warnings = new ArrayList<>();
        ItemBasics[] basics = new ItemBasics[nItems];
        List<Integer> usedList = new ArrayList<>();
        for (int j = 0; j < nItems; j++) {
            basics[j] = ItemBasics.of(data, j);
            if (basics[j].reason() == null) {
                usedList.add(j);
            } else {
                warnings.add(new ReliabilityWarning.ItemLeftOut(itemLabels.get(j), basics[j].reason()));
            }
        }
        int[] used = usedList.stream().mapToInt(Integer::intValue).toArray();
        int[] allRows = IntStream.range(0, nRows).toArray();
        int[] completeRows = IntStream.range(0, nRows)
                .filter(r -> IntStream.of(used).noneMatch(j -> Double.isNaN(data[r][j])))
                .toArray();

        NaReason reason = scaleReason(nItems, nRows, used, basics, itemLabels);
        PairwiseCovariance pairwise = null;
        if (reason == null) {
            pairwise = PairwiseCovariance.of(data, used, allRows);
            int[] pair = pairwise.firstShortPair();
            if (pair != null) {
                reason = new NaReason.TooFewPairs(itemLabels.get(pair[0]), itemLabels.get(pair[1]));
            } else if (Double.isNaN(AlphaFormulas.alpha(pairwise.matrix()))) {
                reason = NaReason.Kind.TOTAL_VARIANCE_ZERO;
            }
        }
        if (reason != null) {
            List<ItemReliability> items = new ArrayList<>();
            for (int j = 0; j < nItems; j++) {
                NaReason own = basics[j].reason();
                items.add(basics[j].withoutScale(own != null ? own : new NaReason.ScaleUndefined(reason)));
            }
            double nan = Double.NaN;
            return new ReliabilityResult(nItems, nRows, completeRows.length, nan, nan, nan, nan,
                    nan, items, warnings, reason);
        }

        double[][] c = pairwise.matrix();
        int k = used.length;
        double alpha = AlphaFormulas.alpha(c);
        FDistribution f = FDistribution.of(nRows - 1, (nRows - 1.0) * (k - 1));
        double feldtLower = 1 - (1 - alpha) * f.inverseCumulativeProbability(0.975);
        double feldtUpper = 1 - (1 - alpha) * f.inverseCumulativeProbability(0.025);
        double alphaListwise = listwiseAlpha(data, used, completeRows, warnings);
        List<ItemReliability> items = itemStatistics(c, used, basics, itemLabels, warnings);
        return new ReliabilityResult(nItems, nRows, completeRows.length, alphaListwise, alpha,
                feldtLower, feldtUpper, AlphaFormulas.averageR(c), items, warnings, null);
    }

    private static void validate(double[][] data, List<String> itemLabels) {
        if (data == null || itemLabels == null) {
            throw new IllegalArgumentException("data and item labels are required");
        }
        for (int r = 0; r < data.length; r++) {
            if (data[r] == null || data[r].length != itemLabels.size()) {
                throw new IllegalArgumentException("row " + r + " does not have "
                        + itemLabels.size() + " items");
            }
        }
    }

    private static NaReason scaleReason(int nItems, int nRows, int[] used, ItemBasics[] basics,
                                      List<String> labels) {
        if (nItems == 0) {
            return NaReason.Kind.SCALE_WITHOUT_ITEMS;
        }
        if (nItems == 1) {
            return NaReason.Kind.SCALE_OF_ONE_ITEM;
        }
        if (nRows < 2) {
            return NaReason.Kind.FEWER_THAN_TWO_ROWS;
        }
        if (used.length < 2) {
            List<NaReason.LeftOut> left = new ArrayList<>();
            for (int j = 0; j < basics.length; j++) {
                if (basics[j].reason() != null) {
                    left.add(new NaReason.LeftOut(labels.get(j), basics[j].reason()));
                }
            }
            return new NaReason.TooFewItemsWithVariance(left);
        }
        return null;
    }

    private static double listwiseAlpha(double[][] data, int[] used, int[] completeRows,
                                        List<ReliabilityWarning> warnings) {
        if (completeRows.length < 2) {
            warnings.add(ReliabilityWarning.Listwise.TOO_FEW_COMPLETE_ROWS);
            return Double.NaN;
        }
        double[][] c = PairwiseCovariance.of(data, used, completeRows).matrix();
        double alpha = AlphaFormulas.alpha(c);
        if (Double.isNaN(alpha)) {
            warnings.add(ReliabilityWarning.Listwise.NO_VARIANCE_IN_COMPLETE_ROWS);
        }
        return alpha;
    }

    private static List<ItemReliability> itemStatistics(double[][] c, int[] used,
                                                        ItemBasics[] basics, List<String> labels,
                                                        List<ReliabilityWarning> warnings) {
        List<ItemReliability> items = new ArrayList<>();
        int k = used.length;
        int position = 0;
        for (int j = 0; j < basics.length; j++) {
            if (position >= k || used[position] != j) {
                items.add(basics[j].withoutScale(basics[j].reason()));
                continue;
            }
            int i = position++;
            double[][] rest = AlphaFormulas.without(c, i);
            double restVariance = AlphaFormulas.sum(rest);
            double covWithRest = 0;
            for (int b = 0; b < k; b++) {
                covWithRest += b == i ? 0 : c[b][i];
            }
            NaReason itemReason = null;
            double rDrop = Double.NaN;
            if (restVariance > 0) {
                rDrop = covWithRest / Math.sqrt(c[i][i] * restVariance);
                if (rDrop < 0) {
                    warnings.add(new ReliabilityWarning.NegativeItem(labels.get(j)));
                }
            } else {
                itemReason = NaReason.Kind.REST_VARIANCE_ZERO;
            }
            double alphaIfDeleted = Double.NaN;
            if (k == 2) {
                itemReason = NaReason.and(itemReason, NaReason.Kind.ALPHA_IF_DELETED_ONE_ITEM);
            } else {
                alphaIfDeleted = AlphaFormulas.alpha(rest);
                if (Double.isNaN(alphaIfDeleted)) {
                    itemReason = NaReason.and(itemReason, NaReason.Kind.ALPHA_IF_DELETED_VARIANCE_ZERO);
                }
            }
            ItemBasics b = basics[j];
            items.add(new ItemReliability(j, b.n(), b.mean(), b.sd(), rDrop, alphaIfDeleted,
                    itemReason));
        }
        return items;
    }
}
