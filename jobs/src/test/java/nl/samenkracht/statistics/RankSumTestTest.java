package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class RankSumTestTest {

    /** R ?wilcox.test two-sample example (Hollander &amp; Wolfe 1973, p. 69f): permeability. */
    static final double[] TERM = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    static final double[] EARLY = {1.15, 0.88, 0.90, 0.74, 1.21};

    /** stats_reference.py, section "rank-sum": two Likert groups with NaN. */
    static final double[] X = {2.0, 1.0, 4.0, Double.NaN, 1.0, 3.0, 5.0, 3.0, 3.0, 4.0, 5.0, 1.0,
        1.0, 4.0, 3.0, 4.0, 1.0, Double.NaN, 4.0, 3.0, 1.0, 3.0, 2.0, 2.0, 4.0, 4.0, 3.0, 2.0,
        2.0, 2.0};
    static final double[] Y = {Double.NaN, 3.0, 1.0, 5.0, 4.0, 4.0, 1.0, 4.0, 4.0, 4.0, 4.0, 2.0,
        1.0, 2.0, 4.0, 2.0, 3.0, 4.0, 4.0, 2.0, 5.0, 2.0, 2.0, 2.0, 5.0};

    /**
     * R: {@code wilcox.test(x, y, alternative = "g")} prints W = 35, p-value = 0.1272 (exact);
     * two-sided exact = 0.2544122544122544 (scipy mannwhitneyu method='exact'). Hodges-Lehmann
     * = median of the 50 differences = 0.30500000000000005 (numpy).
     */
    @Test
    void permeabilityExampleExact() {
        RankSumResult r = RankSumTest.test(TERM, EARLY, new RankTestOptions(false, true));
        assertEquals(35, r.u(), 0);
        Approx.near(0.2544122544122544, r.p());
        assertEquals(PMethod.EXACT, r.pMethod());
        Approx.near(0.30500000000000005, r.hodgesLehmann());
        Approx.near(2 * 35.0 / 50 - 1, r.rankBiserial());
        assertNull(r.naReason());
    }

    /** Same data, scipy mannwhitneyu(method='asymptotic', use_continuity=False): p 0.22067136191984693. */
    @Test
    void permeabilityExampleNormal() {
        RankSumResult r = RankSumTest.test(TERM, EARLY);
        Approx.near(0.22067136191984693, r.p());
        assertTrue(r.z() > 0, "term values tend to be larger");
        assertEquals(PMethod.NORMAL, r.pMethod());
    }

    /**
     * Hand-worked: x = 1, 2; y = 3, 4. Ranks of x 1 + 2 → U = 3 − 3 = 0; mean nX·nY/2 = 2;
     * sd = √(2·2·5/12) = √(5/3); z = −2/√(5/3) = −1.5491933384829668; p = 0.12133525035848211
     * (scipy asymptotic agrees). Rank-biserial 2·0/4 − 1 = −1. Differences x_i − y_j: −2, −3,
     * −1, −2 → Hodges-Lehmann −2. r = |z|/√4.
     */
    @Test
    void handWorked() {
        RankSumResult r = RankSumTest.test(new double[] {1, 2}, new double[] {3, 4});
        assertEquals(0, r.u(), 0);
        Approx.near(-1.5491933384829668, r.z());
        Approx.near(0.12133525035848211, r.p());
        assertEquals(-1, r.rankBiserial(), 0);
        assertEquals(-2, r.hodgesLehmann(), 0);
        Approx.near(1.5491933384829668 / 2, r.effectR());
    }

    /**
     * Likert with ties and NaN, scipy mannwhitneyu(method='asymptotic', use_continuity=False)
     * (stats_reference.py): nX 28, nY 24, U 285.5, p 0.3401415392726641; tie-corrected z
     * written out in numpy −0.9538856277470182; rank-biserial −0.15029761904761907;
     * Hodges-Lehmann 0.0; r 0.13228013622192422.
     */
    @Test
    void likertWithTies() {
        RankSumResult r = RankSumTest.test(X, Y);
        assertEquals(28, r.nX());
        assertEquals(24, r.nY());
        assertEquals(285.5, r.u(), 0);
        Approx.near(-0.9538856277470182, r.z());
        Approx.near(0.3401415392726641, r.p());
        Approx.near(-0.15029761904761907, r.rankBiserial());
        assertEquals(0, r.hodgesLehmann(), 0);
        Approx.near(0.13228013622192422, r.effectR());
    }

    /** scipy use_continuity=True: p 0.34494422812636116; p matches the reported z's tail. */
    @Test
    void likertWithContinuityCorrection() {
        RankSumResult r = RankSumTest.test(X, Y, new RankTestOptions(true, true));
        Approx.near(0.34494422812636116, r.p());
        assertEquals(PMethod.NORMAL_CONTINUITY, r.pMethod());
        Approx.near(2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(r.z())), r.p());
    }

    @Test
    void emptyGroup() {
        RankSumResult r = RankSumTest.test(new double[] {Double.NaN}, new double[] {1, 2});
        assertEquals(NaReason.Kind.A_SAMPLE_WITHOUT_VALUES, r.naReason());
        assertEquals(0, r.nX());
        assertTrue(Double.isNaN(r.p()));
    }

    @Test
    void allValuesEqual() {
        RankSumResult r = RankSumTest.test(new double[] {3, 3}, new double[] {3, 3, 3});
        assertEquals(NaReason.Kind.ALL_VALUES_EQUAL, r.naReason());
        assertTrue(Double.isNaN(r.z()));
    }
}
