package nl.samenkracht.statistics;

/**
 * The verdict on a change against the previous year: {@link #BETTER} or {@link #WORSE} only when the
 * test's p &lt; alpha and |change| ≥ the minimum relevant difference; {@link #UNCERTAIN} when either
 * year has fewer than minN people or p is not computable; else {@link #EQUAL}. Direction follows the
 * indicator's polarity. Typed: {@code report.audience.Change} words it in Dutch (beter / slechter / gelijk /
 * onzeker, the contract values of directie_dashboard.csv's verdict).
 */
public enum YearVerdict {
    BETTER, WORSE, EQUAL, UNCERTAIN;

    public static YearVerdict of(double change, double p, long n, long previousN, long minN, double minRelevant,
                                 double alpha, boolean higherIsBetter) {
        if (n < minN || previousN < minN || Double.isNaN(p) || Double.isNaN(change)) return UNCERTAIN;
        if (p >= alpha || Math.abs(change) < minRelevant) return EQUAL;
        return (change > 0) == higherIsBetter ? BETTER : WORSE;
    }

    /** A tested change in either direction. */
    public boolean changed() {
        return this == BETTER || this == WORSE;
    }
}
