package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hodges-Lehmann estimates and 95% intervals against R 4.x {@code wilcox.test(conf.int = TRUE)}:
 * every expected value below is printed by
 * {@code Rscript jobs/src/test/resources/reference/hodges_lehmann_reference.R}.
 */
class RankIntervalsTest {
    static final double[] BUG_POST = {3, 4, 2, 5, 3, 4, 3, 2};
    static final double[] BUG_PRE = {3, 3, 2, 3, 3, 5, 2, 2};

    /** R: paired exact, V = 40, estimate 0.46, CI [0.01, 0.786]. */
    @Test
    void pairedExact() {
        SignedRankResult r = SignedRankTest.test(SignedRankTestTest.DEPRESSION_X,
                SignedRankTestTest.DEPRESSION_Y, new RankTestOptions(false, true));
        HodgesLehmannInterval i = r.hodgesLehmannInterval();
        assertTrue(i.exact());
        Approx.near(0.46000000000000008, i.estimate());
        Approx.near(0.010000000000000009, r.hodgesLehmannLower());
        Approx.near(0.78600000000000003, r.hodgesLehmannUpper());
        Approx.near(0.95, i.confLevel());
    }

    /** R: exact = FALSE, correct = FALSE: the interval inverts the normal statistic. */
    @Test
    void pairedNormal() {
        HodgesLehmannInterval i = SignedRankTest.test(SignedRankTestTest.DEPRESSION_X,
                SignedRankTestTest.DEPRESSION_Y).hodgesLehmannInterval();
        assertFalse(i.exact());
        Approx.near(0.46000237262956578, i.estimate());
        Approx.near(0.010012499072844752, i.lower());
        Approx.near(0.78599819437088159, i.upper());
    }

    /**
     * The bug: post − pre = 0, 1, 0, 2, 0, −1, 1, 0. With the zeros the Walsh median is
     * 0.5 (the old result); R drops them: Walsh median of 1, 2, −1, 1 = 1 (by hand: averages
     * −1, 0, 0, 0.5, 1, 1, 1, 1.5, 1.5, 2 → median 1). R's normal-approximation estimate is the
     * root 0.99997680552471957, CI [−2.685e−05, 1.50006], achieved level 0.8 (R warns that 0.95
     * is not achievable with 4 non-zero differences).
     */
    @Test
    void zerosAreDroppedAsInR() {
        SignedRankResult r = SignedRankTest.test(BUG_POST, BUG_PRE);
        assertEquals(1, r.hodgesLehmann(), 0);
        HodgesLehmannInterval i = r.hodgesLehmannInterval();
        Approx.near(0.99997680552471957, i.estimate());
        Approx.near(-2.685135124017066e-05, i.lower());
        Approx.near(1.5000600968112403, i.upper());
        Approx.near(0.79999999999999982, i.confLevel());
        HodgesLehmannInterval c = SignedRankTest.test(BUG_POST, BUG_PRE,
                new RankTestOptions(true, true)).hodgesLehmannInterval();
        Approx.near(-4.756378278022957e-05, c.lower());
        Approx.near(1.5000012147192341, c.upper());
    }

    /** R: d = 1, −2, 3, 0; estimate 0.92162049544490299, CI [−2, 3] at level 0.8. */
    @Test
    void handWorkedZero() {
        HodgesLehmannInterval i = SignedRankTest.test(new double[] {2, 1, 5, 4},
                new double[] {1, 3, 2, 4}).hodgesLehmannInterval();
        Approx.near(0.92162049544490299, i.estimate());
        Approx.near(-2, i.lower());
        Approx.near(3, i.upper());
        Approx.near(0.79999999999999982, i.confLevel());
    }

    /** Likert pairs with ties and zeros (R normal approximation, both corrections). */
    @Test
    void likertPaired() {
        SignedRankResult r = SignedRankTest.test(SignedRankTestTest.POST, SignedRankTestTest.PRE);
        assertEquals(1, r.hodgesLehmann(), 0);
        HodgesLehmannInterval i = r.hodgesLehmannInterval();
        Approx.near(0.99999676705916873, i.estimate());
        Approx.near(3.2184666677517325e-06, i.lower());
        Approx.near(1.0000498781430225, i.upper());
        HodgesLehmannInterval c = SignedRankTest.test(SignedRankTestTest.POST, SignedRankTestTest.PRE,
                new RankTestOptions(true, true)).hodgesLehmannInterval();
        Approx.near(3.6662930868427014e-05, c.lower());
        Approx.near(1.0000147643102759, c.upper());
    }

    /** R: n = 6 without ties: exact p 0.09375, estimate 1, CI [−0.3, 1.9]. */
    @Test
    void smallPairedExact() {
        SignedRankResult r = SignedRankTest.test(new double[] {5.1, 3.2, 4.8, 6.0, 2.9, 4.4},
                new double[] {4.0, 3.5, 3.1, 4.2, 1.0, 4.3}, new RankTestOptions(true, true));
        assertEquals(PMethod.EXACT, r.pMethod());
        Approx.near(0.093750000000000042, r.p());
        Approx.near(1.0000000000000002, r.hodgesLehmannInterval().estimate());
        Approx.near(-0.29999999999999982, r.hodgesLehmannLower());
        Approx.near(1.8999999999999999, r.hodgesLehmannUpper());
    }

    /** R: two samples exact, W = 35, estimate 0.305, CI [−0.15, 0.76]. */
    @Test
    void twoSampleExact() {
        RankSumResult r = RankSumTest.test(RankSumTestTest.TERM, RankSumTestTest.EARLY,
                new RankTestOptions(false, true));
        HodgesLehmannInterval i = r.hodgesLehmannInterval();
        assertTrue(i.exact());
        Approx.near(0.30500000000000005, i.estimate());
        Approx.near(-0.15000000000000002, i.lower());
        Approx.near(0.7599999999999999, i.upper());
    }

    @Test
    void twoSampleNormal() {
        HodgesLehmannInterval i = RankSumTest.test(RankSumTestTest.TERM, RankSumTestTest.EARLY)
                .hodgesLehmannInterval();
        Approx.near(0.30250833904157232, i.estimate());
        Approx.near(-0.14998084629011074, i.lower());
        Approx.near(0.7599750662215724, i.upper());
    }

    /** Two Likert groups with ties and NaN. */
    @Test
    void twoSampleLikert() {
        HodgesLehmannInterval i = RankSumTest.test(RankSumTestTest.X, RankSumTestTest.Y)
                .hodgesLehmannInterval();
        Approx.near(-1.7874317025758691e-05, i.estimate());
        Approx.near(-1.0000210358139709, i.lower());
        Approx.near(7.8462400659679826e-05, i.upper());
        HodgesLehmannInterval c = RankSumTest.test(RankSumTestTest.X, RankSumTestTest.Y,
                new RankTestOptions(true, true)).hodgesLehmannInterval();
        Approx.near(-1.0000550128192018, c.lower());
        Approx.near(7.4950535233441097e-05, c.upper());
    }
}
