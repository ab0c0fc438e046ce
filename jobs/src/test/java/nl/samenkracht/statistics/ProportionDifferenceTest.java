package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected values from jobs/src/test/resources/reference/proportion_difference.R (R prop.test, correct = FALSE). */
class ProportionDifferenceTest {

    @Test
    void beekLikeHomeVisitGapMatchesR() {
        ProportionDifference.Result r = ProportionDifference.test(3, 30, 27, 90);
        Approx.near(4.8, r.z() * r.z(), "X-squared");
        Approx.near(0.0284597369163, r.p(), "p");
        assertTrue(r.z() < 0, "first proportion is lower");
    }

    @Test
    void nonSignificantCasesMatchR() {
        ProportionDifference.Result a = ProportionDifference.test(15, 40, 10, 45);
        Approx.near(2.38078703704, a.z() * a.z(), "X-squared");
        Approx.near(0.122835647737, a.p(), "p");
        assertTrue(a.z() > 0);
        ProportionDifference.Result b = ProportionDifference.test(1, 5, 20, 60);
        Approx.near(0.540193972311, b.p(), "p");
    }

    @Test
    void equalProportionsGiveOne() {
        assertEquals(1.0, ProportionDifference.test(50, 100, 50, 100).p(), 1e-12);
        assertEquals(1.0, ProportionDifference.test(0, 10, 0, 20).p(), 1e-12);
    }

    @Test
    void invalidCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProportionDifference.test(6, 5, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> ProportionDifference.test(0, 0, 1, 5));
    }
}
