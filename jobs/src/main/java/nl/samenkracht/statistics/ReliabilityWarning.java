package nl.samenkracht.statistics;

/**
 * A warning about a scale whose alpha is defined (psych::alpha's messages). Typed: {@code
 * report.methods.NaReasonText} words it in Dutch for the column warnings of tables/reliability.csv.
 */
public sealed interface ReliabilityWarning permits ReliabilityWarning.ItemLeftOut, ReliabilityWarning.NegativeItem,
        ReliabilityWarning.Listwise {

    /** An item without variance, left out of alpha ({@link NaReason.Kind#FEWER_THAN_TWO_VALUES} or {@link NaReason.Kind#CONSTANT_ITEM}). */
    record ItemLeftOut(String item, NaReason.Kind reason) implements ReliabilityWarning {}

    /** An item whose correlation with the rest of the scale is negative: check the reverse keying. */
    record NegativeItem(String item) implements ReliabilityWarning {}

    /** Why listwise alpha is undefined next to a defined pairwise alpha. */
    enum Listwise implements ReliabilityWarning {
        /** Fewer than two rows with every item answered. */
        TOO_FEW_COMPLETE_ROWS,
        /** The complete rows have total variance 0. */
        NO_VARIANCE_IN_COMPLETE_ROWS
    }
}
