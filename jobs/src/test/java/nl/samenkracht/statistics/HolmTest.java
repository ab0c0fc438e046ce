package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HolmTest {

    /**
     * R: {@code p.adjust(c(0.01,0.02,0.03,0.04,0.05), "holm")} = 0.05 0.08 0.09 0.09 0.09.
     * By hand: 5·0.01, 4·0.02, 3·0.03, max(0.09, 2·0.04), max(0.09, 1·0.05).
     */
    @Test
    void matchesRExample() {
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.02, 0.03, 0.04, 0.05});
        assertArrayEquals(new double[] {0.05, 0.08, 0.09, 0.09, 0.09}, adjusted, 1e-15);
    }

    /** Input order is kept: the same values shuffled give the same adjusted values per entry. */
    @Test
    void keepsInputOrder() {
        double[] adjusted = Holm.adjust(new double[] {0.04, 0.01, 0.05, 0.03, 0.02});
        assertArrayEquals(new double[] {0.09, 0.05, 0.09, 0.09, 0.08}, adjusted, 1e-15);
    }

    /**
     * R keeps NA and counts only the non-NA p-values: {@code p.adjust(c(0.01, NA, 0.04, 0.03),
     * "holm")} → m = 3, sorted 0.01, 0.03, 0.04 → 3·0.01 = 0.03, 2·0.03 = 0.06,
     * max(0.06, 1·0.04) = 0.06 → 0.03 NA 0.06 0.06.
     */
    @Test
    void nanStaysNaNAndDoesNotCount() {
        double[] adjusted = Holm.adjust(new double[] {0.01, Double.NaN, 0.04, 0.03});
        assertEquals(0.03, adjusted[0], 1e-15);
        assertTrue(Double.isNaN(adjusted[1]));
        assertEquals(0.06, adjusted[2], 1e-15);
        assertEquals(0.06, adjusted[3], 1e-15);
    }

    /** Capped at 1: 2·0.5 = 1 and max(1, 0.6) = 1 (R: p.adjust(c(0.5, 0.6), "holm") = 1 1). */
    @Test
    void capsAtOne() {
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.5, 0.6}), 0);
    }

    @Test
    void emptyAndAllNaN() {
        assertEquals(0, Holm.adjust(new double[0]).length);
        assertTrue(Double.isNaN(Holm.adjust(new double[] {Double.NaN})[0]));
    }
}
