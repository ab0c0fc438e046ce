package nl.samenkracht.report.audience;

import nl.samenkracht.comparison.TestKind;

/** Cell texts about tests that the audience tables share. */
final class TestNames {
    static final String NOT_TESTED = dutch(TestKind.NOT_TESTED);

    private TestNames() {}

    /** The test's Dutch name (column test of the audience tables). */
    static String dutch(TestKind test) {
        return switch (test) {
            case MANN_WHITNEY -> "Mann-Whitney U";
            case Z_TEST -> "z-toets twee proporties";
            case FISHER -> "Fisher exact";
            case NOT_TESTED -> "niet getoetst";
        };
    }
}
