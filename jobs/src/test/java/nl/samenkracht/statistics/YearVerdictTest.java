package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hand-worked boundary cases of the verdict rule (alpha 0.05, minimum group 5, minimum difference 0.2). */
class YearVerdictTest {
    private static YearVerdict v(double change, double p, long n, long prevN, boolean higherIsBetter) {
        return YearVerdict.of(change, p, n, prevN, 5, 0.2, 0.05, higherIsBetter);
    }

    @Test
    void significantAndRelevantFollowsPolarity() {
        assertEquals(YearVerdict.BETTER, v(0.5, 0.001, 40, 40, true));
        assertEquals(YearVerdict.WORSE, v(-0.5, 0.001, 40, 40, true));
        assertEquals(YearVerdict.BETTER, v(-0.5, 0.001, 40, 40, false));
    }

    /** p = 0.05 is not below 0.05; |change| exactly 0.2 is relevant, 0.19 is not. */
    @Test
    void boundaries() {
        assertEquals(YearVerdict.EQUAL, v(0.5, 0.05, 40, 40, true));
        assertEquals(YearVerdict.BETTER, v(0.2, 0.01, 40, 40, true));
        assertEquals(YearVerdict.EQUAL, v(0.19, 0.001, 40, 40, true));
        assertEquals(YearVerdict.EQUAL, v(-0.1, 0.001, 40, 40, true));
    }

    /** n = 4 in either year is below the minimum group of 5: onzeker; n = 5 is enough. NaN p: onzeker. */
    @Test
    void smallGroupsAndMissingP() {
        assertEquals(YearVerdict.UNCERTAIN, v(1.0, 0.001, 4, 40, true));
        assertEquals(YearVerdict.UNCERTAIN, v(1.0, 0.001, 40, 4, true));
        assertEquals(YearVerdict.BETTER, v(1.0, 0.001, 5, 5, true));
        assertEquals(YearVerdict.UNCERTAIN, v(1.0, Double.NaN, 40, 40, true));
    }
}
