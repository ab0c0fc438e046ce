package nl.samenkracht.statistics;

/**
 * Item statistics of a reliability analysis (psych::alpha's {@code item.stats} and
 * {@code alpha.drop}).
 *
 * @param index               column index in the input matrix (0-based)
 * @param n                   answered values of this item
 * @param mean                mean of the answered values
 * @param sd                  sd (n − 1) of the answered values
 * @param correctedItemTotalR psych's {@code r.drop}: correlation of the item with the sum of the
 *                            other items, from the pairwise covariance matrix
 * @param alphaIfDeleted      psych's {@code alpha.drop$raw_alpha}: pairwise alpha of the other items
 * @param naReason            null when every field is defined, else which field is NaN and why
 */
public record ItemReliability(
        int index,
        int n,
        double mean,
        double sd,
        double correctedItemTotalR,
        double alphaIfDeleted,
        NaReason naReason) {
}
