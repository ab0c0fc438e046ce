package nl.samenkracht.statistics;

/**
 * Year-against-year comparison of two proportions: Fisher's exact test when any expected cell is
 * below 5 (where the normal approximation is poor), else the pooled z-test.
 */
public final class Proportions {
    private Proportions() {}

    public static ProportionTestResult compare(long x1, long n1, long x2, long n2) {
        check(x1, n1, x2, n2);
        return FisherExact.smallExpectedCell(x1, n1, x2, n2) ? FisherExact.test(x1, n1, x2, n2) : TwoProportionTest.test(x1, n1, x2, n2);
    }

    static void check(long x1, long n1, long x2, long n2) {
        if (n1 < 0 || n2 < 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2)
            throw new IllegalArgumentException("counts must satisfy 0 <= x <= n, got " + x1 + "/" + n1 + " and " + x2 + "/" + n2);
    }
}
