package nl.samenkracht.statistics;

/** The {@code pMethod} labels of the rank tests, in Dutch for the methods text of a report. */
public final class PValueMethods {
    /** Exact null distribution (only without ties and zero differences, n &lt; 50, as R). */
    public static final String EXACT = "exact";
    /** Normal approximation with tie correction. */
    public static final String NORMAL = "normale benadering (correctie voor knopen)";
    /** Normal approximation with tie and continuity correction. */
    public static final String NORMAL_CONTINUITY =
            "normale benadering (correctie voor knopen en continuïteitscorrectie)";

    /** Pratt's treatment of zero differences, normal approximation adjusted for the zeros. */
    public static final String PRATT = "normale benadering, nulverschillen meegerangschikt (Pratt; correctie voor knopen)";
    /** As {@link #PRATT}, with continuity correction. */
    public static final String PRATT_CONTINUITY =
            "normale benadering, nulverschillen meegerangschikt (Pratt; correctie voor knopen en continuïteitscorrectie)";

    private PValueMethods() {}

    static String pratt(boolean continuity) {
        return continuity ? PRATT_CONTINUITY : PRATT;
    }

    static String normal(boolean continuity) {
        return continuity ? NORMAL_CONTINUITY : NORMAL;
    }
}
