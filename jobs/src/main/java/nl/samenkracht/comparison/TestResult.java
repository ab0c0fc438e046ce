package nl.samenkracht.comparison;

/**
 * One two-sample test of key figures.
 *
 * @param test   the test, or {@link TestKind#NOT_TESTED}
 * @param p      two-sided p; NaN when not tested or not computable
 * @param effect the effect size: r = |z|/√N for Mann-Whitney, Cohen's h for proportions; NaN when none
 * @param reason why there is no p, else null
 */
public record TestResult(TestKind test, double p, double effect, UntestedReason reason) {

    static TestResult notTested(UntestedReason reason) {
        return new TestResult(TestKind.NOT_TESTED, Double.NaN, Double.NaN, reason);
    }

    public boolean tested() {
        return !Double.isNaN(p);
    }
}
