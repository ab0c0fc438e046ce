package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected values printed by reference/proportion_tests.R (prop.test(correct = FALSE)). */
class TwoProportionTestTest {

    /** By hand too: p̂ = 0.5, se = sqrt(0.25·0.04) = 0.1, z = 0.2/0.1 = 2. */
    @Test
    void thirtyOfFiftyAgainstTwentyOfFifty() {
        ProportionTestResult r = TwoProportionTest.test(30, 50, 20, 50);
        Approx.near(2, r.statistic());
        Approx.near(0.0455002638964, r.p());
    }

    @Test
    void matchesRForOtherTables() {
        ProportionTestResult a = TwoProportionTest.test(12, 40, 25, 45);
        Approx.near(-2.37197201738, a.statistic());
        Approx.near(0.017693430666, a.p());
        ProportionTestResult b = TwoProportionTest.test(45, 65, 30, 60);
        Approx.near(2.19264504827, b.statistic());
        Approx.near(0.0283329627848, b.p());
        Approx.near(0.061882898504, TwoProportionTest.test(9, 12, 4, 11).p());
    }

    @Test
    void notComputableWhenEmptyOrDegenerate() {
        assertFalse(TwoProportionTest.test(0, 0, 3, 10).computable());
        assertFalse(TwoProportionTest.test(10, 10, 20, 20).computable());
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> TwoProportionTest.test(11, 10, 3, 10));
    }

    /** 3/5 vs 1/5: expected cells 2 &lt; 5, so Fisher; 30/50 vs 20/50: all expected cells 25, so z. */
    @Test
    void compareChoosesFisherForSmallExpectedCells() {
        assertEquals(ProportionTest.FISHER, Proportions.compare(3, 5, 1, 5).method());
        assertEquals(ProportionTest.Z_TEST, Proportions.compare(30, 50, 20, 50).method());
    }
}
