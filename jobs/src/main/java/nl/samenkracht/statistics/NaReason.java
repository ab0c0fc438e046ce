package nl.samenkracht.statistics;

import java.util.List;

/**
 * Why a statistic is undefined (its figures NaN). Typed, as {@link PMethod}: the statistics say what
 * happened and {@code report.methods.NaReasonText} words it in Dutch for the tables' na_reason columns
 * (output contract). Reasons without arguments are a {@link Kind}; the ones that name items are records.
 */
public sealed interface NaReason permits NaReason.Kind, NaReason.TooFewPairs, NaReason.TooFewItemsWithVariance,
        NaReason.ScaleUndefined, NaReason.Both {

    /** Reasons without arguments. */
    enum Kind implements NaReason {
        /** No value at all (all NaN). */
        NO_VALUES,
        /** One value: the sd (n − 1) needs two. */
        SD_NEEDS_TWO_VALUES,
        /** An item with fewer than two answered values. */
        FEWER_THAN_TWO_VALUES,
        /** An item with one distinct value (variance 0). */
        CONSTANT_ITEM,
        /** Every value of the pooled sample is the same: no ranking, no test. */
        ALL_VALUES_EQUAL,
        /** Signed-rank test: every difference is 0. */
        ALL_DIFFERENCES_ZERO,
        /** Signed-rank test: fewer than two pairs. */
        FEWER_THAN_TWO_PAIRS,
        /** Kruskal-Wallis: fewer than two groups with values. */
        FEWER_THAN_TWO_GROUPS,
        /** Rank-sum test: one of the two samples has no values. */
        A_SAMPLE_WITHOUT_VALUES,
        /** Test of two proportions: one of the two groups has n = 0. */
        A_GROUP_EMPTY,
        /** Reliability: a scale without items. */
        SCALE_WITHOUT_ITEMS,
        /** Reliability: a scale of one item. */
        SCALE_OF_ONE_ITEM,
        /** Reliability: fewer than two rows. */
        FEWER_THAN_TWO_ROWS,
        /** Reliability: the total variance is 0. */
        TOTAL_VARIANCE_ZERO,
        /** Item-rest correlation: the rest of the scale has variance 0. */
        REST_VARIANCE_ZERO,
        /** Alpha if the item is deleted: one item would be left. */
        ALPHA_IF_DELETED_ONE_ITEM,
        /** Alpha if the item is deleted: the rest has total variance 0. */
        ALPHA_IF_DELETED_VARIANCE_ZERO
    }

    /** Reliability: fewer than two rows answer both items (pairwise covariance undefined). */
    record TooFewPairs(String itemA, String itemB) implements NaReason {}

    /** Reliability: fewer than two items have variance; the items left out and why. */
    record TooFewItemsWithVariance(List<LeftOut> leftOut) implements NaReason {
        public TooFewItemsWithVariance {
            leftOut = List.copyOf(leftOut);
        }
    }

    /** An item left out of alpha, and why ({@link Kind#FEWER_THAN_TWO_VALUES} or {@link Kind#CONSTANT_ITEM}). */
    record LeftOut(String item, Kind reason) {}

    /** An item's figures are NaN because its scale's alpha is undefined, for this reason. */
    record ScaleUndefined(NaReason scale) implements NaReason {}

    /** Two reasons for one result (an item without item-rest correlation and without alpha-if-deleted). */
    record Both(NaReason first, NaReason second) implements NaReason {}

    /** {@code first} and then {@code second}; either may be null. */
    static NaReason and(NaReason first, NaReason second) {
        if (first == null) return second;
        return second == null ? first : new Both(first, second);
    }
}
