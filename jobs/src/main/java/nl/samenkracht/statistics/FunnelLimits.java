package nl.samenkracht.statistics;

/**
 * Funnel-plot control limits around a board value for a unit of size n (Spiegelhalter 2005,
 * normal approximation): proportions p ± z·sqrt(p(1−p)/n), means m ± z·sd/sqrt(n).
 */
public final class FunnelLimits {
    /** Two-sided 95 % limit. */
    public static final double Z95 = 1.959963984540054;
    /** Two-sided 99.8 % limit. */
    public static final double Z998 = 3.090232306167813;

    private FunnelLimits() {}

    public static Band proportion(double boardValue, long n, double z) {
        requireN(n);
        double half = z * Math.sqrt(boardValue * (1 - boardValue) / n);
        // A proportion cannot leave [0, 1]; clamp so the drawn funnel stays on the axis.
        return new Band(Math.max(0, boardValue - half), Math.min(1, boardValue + half));
    }

    public static Band mean(double boardMean, double boardSd, long n, double z) {
        requireN(n);
        double half = z * boardSd / Math.sqrt(n);
        return new Band(boardMean - half, boardMean + half);
    }

    private static void requireN(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive");
        }
    }

    public record Band(double lower, double upper) {
        public boolean contains(double value) {
            return value >= lower && value <= upper;
        }
    }
}
