package nl.samenkracht.comparison;

/**
 * One two-sample test of key figures.
 *
 * @param test   {@link #MANN_WHITNEY}, a proportion test's method, or {@link #NOT_TESTED}
 * @param p      two-sided p; NaN when not tested or not computable
 * @param effect the effect size: r = |z|/√N for Mann-Whitney, Cohen's h for proportions; NaN when none
 * @param reason why there is no p, else null
 */
public record TestResult(String test, double p, double effect, UntestedReason reason) {
    public static final String MANN_WHITNEY = "Mann-Whitney U";
    public static final String NOT_TESTED = "niet getoetst";

    static TestResult notTested(UntestedReason reason) {
        return new TestResult(NOT_TESTED, Double.NaN, Double.NaN, reason);
    }

    public boolean tested() {
        return !Double.isNaN(p);
    }
}
