package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected values printed by reference/proportion_tests.R (fisher.test, two-sided). */
class FisherExactTestTest {

    /**
     * By hand: margins 5/5 rows, 4 successes of 10. P(x1 = k) = C(5,k)C(5,4−k)/C(10,4), C(10,4) = 210:
     * k = 0..4 → 5, 50, 100, 50, 5. Observed k = 3 (50/210); tables no more likely: 0, 1, 3, 4 →
     * (5 + 50 + 50 + 5)/210 = 110/210 = 0.5238095.
     */
    @Test
    void threeOfFiveAgainstOneOfFive() {
        Approx.near(110.0 / 210, FisherExact.test(3, 5, 1, 5).p());
        Approx.near(0.52380952381, FisherExact.test(3, 5, 1, 5).p());
    }

    @Test
    void matchesRForOtherTables() {
        Approx.near(0.0713424034882, FisherExact.test(30, 50, 20, 50).p());
        Approx.near(0.0278945401863, FisherExact.test(12, 40, 25, 45).p());
        Approx.near(0.0995327192662, FisherExact.test(9, 12, 4, 11).p());
        Approx.near(0.0439370413741, FisherExact.test(45, 65, 30, 60).p());
    }

    /** Expected cell = row total × column total / N: 5·4/10 = 2 &lt; 5; 50·50/100 = 25. */
    @Test
    void smallExpectedCell() {
        assertTrue(FisherExact.smallExpectedCell(3, 5, 1, 5));
        assertFalse(FisherExact.smallExpectedCell(30, 50, 20, 50));
        assertFalse(FisherExact.test(0, 0, 1, 5).computable());
    }
}
