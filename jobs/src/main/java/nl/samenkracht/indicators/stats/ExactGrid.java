package nl.samenkracht.indicators.stats;

/**
 * Puts scale scores on a whole-number grid before a signed-rank test.
 *
 * <p>A scale score is a mean of answers (10/3, 5/3, 3), stored as a double. Two differences
 * that are equal as fractions, such as 10/3 − 3 and 4/3 − 5/3, differ in the last bits as
 * doubles, so the test would rank them apart instead of as a tie (and a "zero" difference might
 * not be 0). Multiplying every score by the least common multiple L of their denominators makes
 * them whole numbers, whose differences are exact. Ranks, V, z, p and the rank-biserial
 * correlation do not change under this scaling; a shift (Hodges-Lehmann) is divided by L again.
 * Values that are not small fractions (no denominator up to {@value #MAX_DENOMINATOR}) leave
 * the data as they are (L = 1).
 */
public final class ExactGrid {
    static final int MAX_DENOMINATOR = 60;
    /** Largest |value| × L kept: whole numbers up to here are exact doubles with room to spare. */
    private static final double MAX_SCALED = 1e12;

    private ExactGrid() {}

    /** The factor L for all values of the samples (1 when they are not all small fractions). */
    public static long factor(double[]... samples) {
        long l = 1;
        double maxAbs = 0;
        for (double[] sample : samples) {
            for (double v : sample) {
                if (!Double.isFinite(v)) continue;
                int q = denominator(v);
                if (q == 0) return 1;
                l = lcm(l, q);
                maxAbs = Math.max(maxAbs, Math.abs(v));
                if (l * Math.max(maxAbs, 1) > MAX_SCALED) return 1;
            }
        }
        return l;
    }

    /** The values times {@code factor}, rounded to the whole number they are meant to be. */
    public static double[] scale(double[] values, long factor) {
        if (factor == 1) return values;
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = Math.rint(values[i] * factor);
        return out;
    }

    /** Smallest q ≤ {@value #MAX_DENOMINATOR} with v·q whole (up to rounding), or 0. */
    static int denominator(double v) {
        for (int q = 1; q <= MAX_DENOMINATOR; q++) {
            double s = v * q;
            if (Math.abs(s - Math.rint(s)) <= 1e-9 * Math.max(1, Math.abs(s))) return q;
        }
        return 0;
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }
}
