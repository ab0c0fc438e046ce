package nl.samenkracht.statistics;

/**
 * Options for the Wilcoxon signed-rank and Mann-Whitney tests.
 *
 * @param continuityCorrection apply the ±0.5 continuity correction of R's {@code correct = TRUE}
 *                             to the normal approximation (and to the reported z)
 * @param exactWhenPossible    use the exact null distribution when R would: no ties, no zero
 *                             differences and fewer than 50 observations (per sample); R's
 *                             {@code exact = NULL}
 * @param zeroMethod           what the signed-rank test does with zero differences
 */
public record RankTestOptions(boolean continuityCorrection, boolean exactWhenPossible, ZeroMethod zeroMethod) {
    /** Zero differences in the paired test. */
    public enum ZeroMethod {
        /**
         * Dropped before ranking (Wilcoxon 1945; R's {@code wilcox.test}). The Hodges-Lehmann shift
         * and its interval use the same non-zero differences.
         */
        WILCOX,
        /**
         * Ranked with the others, then left out of V (Pratt 1959); the normal approximation is
         * adjusted for the zeros (Cureton 1967), as SciPy's {@code zero_method = "pratt"} and R's
         * {@code coin::wilcoxsign_test(zero.method = "Pratt")}. The Hodges-Lehmann shift keeps
         * the zeros among the Walsh averages. p is never exact when there are zeros.
         */
        PRATT
    }

    /**
     * The library default: normal approximation with tie correction, no continuity correction,
     * zeros dropped, i.e. R's {@code wilcox.test(exact = FALSE, correct = FALSE)}. The study
     * config's default differs: {@code options.exact_p} is on, as R's {@code exact = NULL}.
     */
    public static final RankTestOptions DEFAULT = new RankTestOptions(false, false, ZeroMethod.WILCOX);

    public RankTestOptions {
        if (zeroMethod == null) zeroMethod = ZeroMethod.WILCOX;
    }

    public RankTestOptions(boolean continuityCorrection, boolean exactWhenPossible) {
        this(continuityCorrection, exactWhenPossible, ZeroMethod.WILCOX);
    }
}
