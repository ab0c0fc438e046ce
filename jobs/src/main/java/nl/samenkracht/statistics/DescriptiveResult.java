package nl.samenkracht.statistics;

/**
 * Descriptives of one item or scale score.
 *
 * @param n             answered (non-NaN) values
 * @param nMissing      NaN values
 * @param mean          arithmetic mean
 * @param sd            sample standard deviation (n − 1)
 * @param median        type-7 median
 * @param q1            type-7 first quartile (R default)
 * @param q3            type-7 third quartile
 * @param min           smallest value
 * @param max           largest value
 * @param shareAgree    share of answered values ≥ the agree threshold (top-2 box on 1–5)
 * @param shareDisagree share of answered values ≤ the disagree threshold
 * @param naReason      null when every field is defined; {@link NaReason.Kind#NO_VALUES} (all NaN) or
 *                      {@link NaReason.Kind#SD_NEEDS_TWO_VALUES} (n = 1, only sd NaN)
 */
public record DescriptiveResult(
        long n,
        long nMissing,
        double mean,
        double sd,
        double median,
        double q1,
        double q3,
        double min,
        double max,
        double shareAgree,
        double shareDisagree,
        NaReason naReason) {
}
