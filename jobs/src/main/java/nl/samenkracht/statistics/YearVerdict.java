package nl.samenkracht.statistics;

/**
 * The verdict on a change against the previous year: {@link #BETTER} or {@link #WORSE} only when the
 * test's p &lt; alpha and |change| ≥ the minimum relevant difference; {@link #UNCERTAIN} when either
 * year has fewer than minN people or p is not computable; else {@link #EQUAL}. Direction follows the
 * indicator's polarity. The Dutch words are the contract values of directie_dashboard.csv.
 */
public final class YearVerdict {
    public static final String BETTER = "beter";
    public static final String WORSE = "slechter";
    public static final String EQUAL = "gelijk";
    public static final String UNCERTAIN = "onzeker";

    private YearVerdict() {}

    public static String of(double change, double p, long n, long previousN, long minN, double minRelevant,
                            double alpha, boolean higherIsBetter) {
        if (n < minN || previousN < minN || Double.isNaN(p) || Double.isNaN(change)) return UNCERTAIN;
        if (p >= alpha || Math.abs(change) < minRelevant) return EQUAL;
        return (change > 0) == higherIsBetter ? BETTER : WORSE;
    }
}
