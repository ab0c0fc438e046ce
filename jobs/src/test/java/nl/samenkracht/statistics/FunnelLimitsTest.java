package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hand-worked limits. Proportion p = 0.3, n = 30: sqrt(0.21/30) = 0.0836660;
 * 95 %: ×1.959964 = 0.163982 → [0.136018, 0.463982]; 99.8 %: ×3.090232 = 0.258548 → [0.041452, 0.558548].
 * Mean 3.5, sd 0.8, n = 16: sd/√n = 0.2; 95 %: 0.391993 → [3.108007, 3.891993]; 99.8 %: 0.618046 → [2.881954, 4.118046].
 */
class FunnelLimitsTest {
    private static final double TOL = 1e-6;

    @Test
    void proportionLimits() {
        FunnelLimits.Band b95 = FunnelLimits.proportion(0.3, 30, FunnelLimits.Z95);
        assertEquals(0.136018, b95.lower(), TOL);
        assertEquals(0.463982, b95.upper(), TOL);
        FunnelLimits.Band b998 = FunnelLimits.proportion(0.3, 30, FunnelLimits.Z998);
        assertEquals(0.041452, b998.lower(), TOL);
        assertEquals(0.558548, b998.upper(), TOL);
        // Beek-like: 10 % at n = 30 against a board of 30 % lies below the 95 % limit.
        assertFalse(b95.contains(0.10));
        assertTrue(b998.contains(0.10));
    }

    @Test
    void meanLimits() {
        FunnelLimits.Band b95 = FunnelLimits.mean(3.5, 0.8, 16, FunnelLimits.Z95);
        assertEquals(3.108007, b95.lower(), TOL);
        assertEquals(3.891993, b95.upper(), TOL);
        FunnelLimits.Band b998 = FunnelLimits.mean(3.5, 0.8, 16, FunnelLimits.Z998);
        assertEquals(2.881954, b998.lower(), TOL);
        assertEquals(4.118046, b998.upper(), TOL);
    }

    @Test
    void proportionLimitsStayInsideZeroOne() {
        FunnelLimits.Band b = FunnelLimits.proportion(0.05, 5, FunnelLimits.Z998);
        assertEquals(0.0, b.lower(), 0.0);
        assertTrue(b.upper() < 1);
    }
}
