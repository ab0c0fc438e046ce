package nl.samenkracht.statistics;

/**
 * Options for the Wilcoxon signed-rank and Mann-Whitney tests.
 *
 * @param continuityCorrection apply the ±0.5 continuity correction of R's {@code correct = TRUE}
 *                             to the normal approximation (and to the reported z)
 * @param exactWhenPossible    use the exact null distribution when R would: no ties, no zero
 *                             differences and fewer than 50 observations (per sample)
 */
public record RankTestOptions(boolean continuityCorrection, boolean exactWhenPossible) {
    /**
     * The design default: normal approximation with tie correction and no continuity correction,
     * i.e. R's {@code wilcox.test(exact = FALSE, correct = FALSE)}.
     */
    public static final RankTestOptions DEFAULT = new RankTestOptions(false, false);
}
