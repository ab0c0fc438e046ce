package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The brief's tolerance: 1e-6 relative (absolute 1e-12 around an expected 0). */
final class Approx {
    static final double RELATIVE = 1e-6;

    private Approx() {}

    static void near(double expected, double actual) {
        near(expected, actual, "");
    }

    static void near(double expected, double actual, String what) {
        double tolerance = expected == 0 ? 1e-12 : Math.abs(expected) * RELATIVE;
        assertEquals(expected, actual, tolerance, what);
    }
}
