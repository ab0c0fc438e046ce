package nl.samenkracht.comparison;

import nl.samenkracht.statistics.ProportionTest;

/** The test behind a {@link TestResult}; {@code report.audience.TestNames} names it in Dutch (the column test). */
public enum TestKind {
    MANN_WHITNEY, Z_TEST, FISHER, NOT_TESTED;

    static TestKind of(ProportionTest test) {
        return switch (test) {
            case Z_TEST -> Z_TEST;
            case FISHER -> FISHER;
        };
    }
}
