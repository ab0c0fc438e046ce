package nl.samenkracht.statistics;

/**
 * How a test's p-value was computed. Typed: {@code report.methods.PMethodText} words it in Dutch for the
 * tables (column p_method) and the methods text.
 */
public enum PMethod {
    /** Exact null distribution (only without ties and zero differences, n &lt; 50, as R). */
    EXACT,
    /** Normal approximation with tie correction. */
    NORMAL,
    /** Normal approximation with tie and continuity correction. */
    NORMAL_CONTINUITY,
    /** Pratt's treatment of zero differences, normal approximation adjusted for the zeros. */
    PRATT,
    /** As {@link #PRATT}, with continuity correction. */
    PRATT_CONTINUITY,
    /** Kruskal-Wallis H against the chi-square distribution, with tie correction. */
    CHI_SQUARE;

    static PMethod pratt(boolean continuity) {
        return continuity ? PRATT_CONTINUITY : PRATT;
    }

    static PMethod normal(boolean continuity) {
        return continuity ? NORMAL_CONTINUITY : NORMAL;
    }
}
