package nl.samenkracht.statistics;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Fisher's exact test of two proportions, two-sided as R's {@code fisher.test}: the sum of the
 * hypergeometric probabilities of all tables no more likely than the observed one (with R's relative
 * tolerance 1e-7). The computation is Commons Statistics' {@link FisherExactTest}; this class only
 * builds the 2×2 table from counts and handles empty groups.
 */
public final class FisherExact {
    private FisherExact() {}

    public static ProportionTestResult test(long x1, long n1, long x2, long n2) {
        Proportions.check(x1, n1, x2, n2);
        if (n1 == 0 || n2 == 0)
            return new ProportionTestResult(ProportionTest.FISHER, x1, n1, x2, n2, Double.NaN, Double.NaN, NaReason.Kind.A_GROUP_EMPTY);
        int[][] table = {{Math.toIntExact(x1), Math.toIntExact(n1 - x1)}, {Math.toIntExact(x2), Math.toIntExact(n2 - x2)}};
        double p = FisherExactTest.withDefaults().with(AlternativeHypothesis.TWO_SIDED).test(table).getPValue();
        return new ProportionTestResult(ProportionTest.FISHER, x1, n1, x2, n2, Double.NaN, p, null);
    }

    /** True when any expected cell count of the 2×2 table under independence is below 5. */
    public static boolean smallExpectedCell(long x1, long n1, long x2, long n2) {
        long n = n1 + n2;
        if (n == 0) return true;
        long yes = x1 + x2;
        long no = n - yes;
        for (long rowTotal : new long[] {n1, n2})
            for (long colTotal : new long[] {yes, no})
                if ((double) rowTotal * colTotal / n < 5) return true;
        return false;
    }
}
