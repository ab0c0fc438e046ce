package nl.samenkracht.report.audience;

/** Cell texts about tests that the audience tables share. */
final class TestNames {
    static final String NOT_TESTED = nl.samenkracht.comparison.TestResult.NOT_TESTED;

    private TestNames() {}
}
