package nl.samenkracht.statistics;

/**
 * A test of two proportions x1/n1 against x2/n2.
 *
 * @param method    the z-test or Fisher's exact test
 * @param statistic z for the z-test (sign of p1 − p2); the conditional odds ratio is not computed for Fisher (NaN)
 * @param p         two-sided p; NaN when not computable (an empty group, or both proportions 0 or 1 in the z-test)
 * @param note      why p is NaN, else null
 */
public record ProportionTestResult(ProportionTest method, long x1, long n1, long x2, long n2, double statistic, double p, NaReason note) {

    public double p1() {
        return n1 == 0 ? Double.NaN : (double) x1 / n1;
    }

    public double p2() {
        return n2 == 0 ? Double.NaN : (double) x2 / n2;
    }

    public boolean computable() {
        return !Double.isNaN(p);
    }
}
