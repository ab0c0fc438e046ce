package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {
    private static final double NaN = Double.NaN;

    /** 4 respondents × 3 items, complete; worked out by hand below. */
    private static final double[][] HAND = {{1, 2, 1}, {2, 3, 3}, {3, 3, 2}, {4, 4, 4}};

    /**
     * stats_reference.py, section "reliability": 30 rows × 5 Likert items, ~10% missing,
     * item 5 keyed the wrong way on purpose.
     */
    private static final double[][] LIKERT = {
        {3.0, 3.0, 5.0, 2.0, 1.0}, {3.0, NaN, 2.0, 2.0, 5.0}, {NaN, 1.0, NaN, 3.0, 3.0},
        {3.0, 5.0, 4.0, 4.0, 2.0}, {1.0, 1.0, 4.0, 3.0, 3.0}, {3.0, 3.0, 3.0, NaN, 2.0},
        {1.0, 1.0, 2.0, 3.0, NaN}, {2.0, NaN, 2.0, 3.0, 4.0}, {4.0, 4.0, 4.0, 4.0, 3.0},
        {4.0, 4.0, 4.0, 5.0, 2.0}, {5.0, 5.0, NaN, NaN, 1.0}, {1.0, 1.0, 1.0, 1.0, 5.0},
        {3.0, 2.0, 3.0, 3.0, 1.0}, {3.0, 3.0, 4.0, 4.0, 3.0}, {2.0, 2.0, 1.0, 2.0, 5.0},
        {NaN, 4.0, 3.0, 2.0, 4.0}, {3.0, 4.0, 4.0, 3.0, 2.0}, {3.0, 4.0, 4.0, 4.0, 3.0},
        {5.0, 5.0, 5.0, 5.0, 1.0}, {2.0, 3.0, 4.0, NaN, 2.0}, {NaN, 2.0, 2.0, 2.0, 2.0},
        {4.0, 2.0, 3.0, 3.0, 3.0}, {2.0, 1.0, 2.0, 1.0, 5.0}, {3.0, 3.0, 3.0, 2.0, 1.0},
        {5.0, 3.0, 2.0, 3.0, 3.0}, {2.0, 3.0, NaN, NaN, 3.0}, {3.0, 4.0, 4.0, 3.0, 3.0},
        {1.0, 2.0, 2.0, 2.0, 3.0}, {3.0, 3.0, 3.0, 3.0, 2.0}, {4.0, 5.0, 4.0, 3.0, NaN}};

    /**
     * Hand-worked. Item variances 5/3, 2/3, 5/3; covariances C12 = 3/3 = 1, C13 = 4/3, C23 = 1.
     * tr(C) = 4, ΣC = 4 + 2·(1 + 4/3 + 1) = 32/3 → alpha = 3/2·(1 − 12/32) = 0.9375.
     * cov2cor: r12 = r23 = 1/√(10/9) = 3/√10, r13 = 0.8 → average r = (6/√10 + 0.8)/3.
     * r.drop item 1 = (1 + 4/3)/√(5/3 · (2/3 + 5/3 + 2)) = 7/√65; item 2 = 2/√(2/3 · 6) = 1;
     * item 3 = 7/√65. alpha.drop item 1 = 2·(1 − (7/3)/(13/3)) = 12/13; item 2 = 2·(1 − 10/18)
     * = 8/9; item 3 = 12/13. Feldt (n = 4, k = 3, df 3 and 6), F quantiles from scipy.stats.f.ppf:
     * 1 − 0.0625·F(0.975) = 0.5875750923777205, 1 − 0.0625·F(0.025) = 0.9957583173123491.
     */
    @Test
    void handWorkedComplete() {
        ReliabilityResult r = Reliability.of(HAND);
        assertNull(r.naReason());
        assertEquals(3, r.nItems());
        assertEquals(4, r.nRows());
        assertEquals(4, r.nComplete());
        Approx.near(0.9375, r.alphaPairwise());
        Approx.near(0.9375, r.alphaListwise());
        Approx.near((6 / Math.sqrt(10) + 0.8) / 3, r.averageInterItemR());
        Approx.near(0.5875750923777205, r.feldtLower());
        Approx.near(0.9957583173123491, r.feldtUpper());
        double[] rDrop = {7 / Math.sqrt(65), 1, 7 / Math.sqrt(65)};
        double[] alphaDrop = {12.0 / 13, 8.0 / 9, 12.0 / 13};
        for (int i = 0; i < 3; i++) {
            ItemReliability item = r.items().get(i);
            assertEquals(i, item.index());
            assertEquals(4, item.n());
            Approx.near(rDrop[i], item.correctedItemTotalR(), "r.drop " + i);
            Approx.near(alphaDrop[i], item.alphaIfDeleted(), "alpha.drop " + i);
            assertNull(item.naReason());
        }
        Approx.near(2.5, r.items().get(0).mean());
        Approx.near(Math.sqrt(2.0 / 3), r.items().get(1).sd());
        assertTrue(r.warnings().isEmpty());
    }

    /**
     * Likert with missing values: psych::alpha's formulas written out in numpy with R-style
     * pairwise covariance (stats_reference.py): alpha pairwise 0.45406926678022363, listwise
     * 0.45625000000000016 (19 complete rows), average_r 0.16445278000460667, Feldt
     * 0.0696487350005095 .. 0.7109497327327747 (n = 30, k = 5), and per item n, mean, sd,
     * r.drop, alpha.drop as printed there.
     */
    @Test
    void likertWithMissingMatchesPsychFormulas() {
        ReliabilityResult r = Reliability.of(LIKERT);
        assertNull(r.naReason());
        assertEquals(30, r.nRows());
        assertEquals(19, r.nComplete());
        Approx.near(0.45406926678022363, r.alphaPairwise());
        Approx.near(0.45625000000000016, r.alphaListwise());
        Approx.near(0.16445278000460667, r.averageInterItemR());
        Approx.near(0.0696487350005095, r.feldtLower());
        Approx.near(0.7109497327327747, r.feldtUpper());
        double[][] expected = { // n, mean, sd, r.drop, alpha.drop
            {27, 2.888888888888889, 1.1875421719907089, 0.600411224475747, 0.10742831831180973},
            {28, 2.9642857142857144, 1.3188699668344825, 0.7780602663220341, -0.1331212315899049},
            {27, 3.111111111111111, 1.1208970766356101, 0.47163085676124145, 0.23254761415795483},
            {26, 2.8846153846153846, 1.0325472609783275, 0.6450140140970163, 0.1227576179176523},
            {28, 2.75, 1.2656428610993908, -0.6196876176145886, 0.8694560796723332}};
        for (int i = 0; i < 5; i++) {
            ItemReliability item = r.items().get(i);
            assertEquals((int) expected[i][0], item.n());
            Approx.near(expected[i][1], item.mean(), "mean " + i);
            Approx.near(expected[i][2], item.sd(), "sd " + i);
            Approx.near(expected[i][3], item.correctedItemTotalR(), "r.drop " + i);
            Approx.near(expected[i][4], item.alphaIfDeleted(), "alpha.drop " + i);
        }
        assertEquals(List.of(new ReliabilityWarning.NegativeItem("item 5")), r.warnings());
    }

    /** Labels name the item in the warning. */
    @Test
    void warningUsesLabel() {
        ReliabilityResult r = Reliability.of(LIKERT, List.of("a", "b", "c", "d", "omgekeerd"));
        assertEquals(new ReliabilityWarning.NegativeItem("omgekeerd"), r.warnings().get(0));
    }

    /**
     * A constant item is left out as psych (delete = TRUE): alpha equals that of the other three
     * items (0.9375, hand-worked above), the item keeps n/mean/sd and gets a reason.
     */
    @Test
    void constantItemIsLeftOut() {
        double[][] data = {{1, 2, 5, 1}, {2, 3, 5, 3}, {3, 3, 5, 2}, {4, 4, 5, 4}};
        ReliabilityResult r = Reliability.of(data);
        assertNull(r.naReason());
        assertEquals(4, r.nItems());
        Approx.near(0.9375, r.alphaPairwise());
        Approx.near(0.5875750923777205, r.feldtLower()); // k = 3 items used
        ItemReliability constant = r.items().get(2);
        assertEquals(NaReason.Kind.CONSTANT_ITEM, constant.naReason());
        assertEquals(4, constant.n());
        assertEquals(5, constant.mean(), 0);
        assertEquals(0, constant.sd(), 0);
        assertTrue(Double.isNaN(constant.correctedItemTotalR()));
        assertTrue(Double.isNaN(constant.alphaIfDeleted()));
        Approx.near(12.0 / 13, r.items().get(3).alphaIfDeleted());
        assertEquals(List.of(new ReliabilityWarning.ItemLeftOut("item 3", NaReason.Kind.CONSTANT_ITEM)), r.warnings());
    }

    @Test
    void singleItemScale() {
        ReliabilityResult r = Reliability.of(new double[][] {{1}, {2}, {3}});
        assertEquals(NaReason.Kind.SCALE_OF_ONE_ITEM, r.naReason());
        assertTrue(Double.isNaN(r.alphaPairwise()));
        assertTrue(Double.isNaN(r.alphaListwise()));
        assertEquals(1, r.items().size());
        Approx.near(2, r.items().get(0).mean());
    }

    @Test
    void noItems() {
        assertEquals(NaReason.Kind.SCALE_WITHOUT_ITEMS, Reliability.of(new double[0][]).naReason());
    }

    @Test
    void fewerThanTwoRows() {
        ReliabilityResult r = Reliability.of(new double[][] {{1, 2, 3}});
        assertEquals(NaReason.Kind.FEWER_THAN_TWO_ROWS, r.naReason());
        assertTrue(Double.isNaN(r.feldtLower()));
    }

    /** Two items of which one is constant leave one item: no alpha. */
    @Test
    void onlyOneItemWithVariance() {
        ReliabilityResult r = Reliability.of(new double[][] {{1, 4}, {2, 4}, {3, 4}});
        assertEquals(new NaReason.TooFewItemsWithVariance(List.of(new NaReason.LeftOut("item 2", NaReason.Kind.CONSTANT_ITEM))),
                r.naReason());
        assertTrue(Double.isNaN(r.alphaPairwise()));
        assertEquals(NaReason.Kind.CONSTANT_ITEM, r.items().get(1).naReason());
    }

    /** Item 1 and item 2 are never answered together: their covariance does not exist. */
    @Test
    void fewerThanTwoPairs() {
        double[][] data = {{1, NaN, 1}, {2, NaN, 2}, {3, 1, NaN}, {NaN, 2, 3}, {NaN, 4, 5}};
        ReliabilityResult r = Reliability.of(data);
        assertEquals(new NaReason.TooFewPairs("item 1", "item 2"), r.naReason());
        assertTrue(Double.isNaN(r.alphaPairwise()));
        assertTrue(Double.isNaN(r.averageInterItemR()));
    }

    /**
     * Two items exactly opposite with equal variance: C = [[1, −1], [−1, 1]], ΣC = 0, so the
     * sum score has no variance and alpha is undefined.
     */
    @Test
    void zeroTotalVariance() {
        ReliabilityResult r = Reliability.of(new double[][] {{1, 3}, {2, 2}, {3, 1}});
        assertEquals(NaReason.Kind.TOTAL_VARIANCE_ZERO, r.naReason());
        assertTrue(Double.isNaN(r.alphaPairwise()));
    }

    /**
     * Every row misses one item, so no row is complete: listwise alpha is undefined (explained
     * in the warnings) while pairwise alpha exists. Hand-worked: each item has the answers
     * 1, 2, 3, 4 in some order (variance 5/3); each pair shares two rows whose values differ
     * by 2 in both items, e.g. items 1 and 2 in rows 1 and 4: (1, 2), (3, 4) → covariance
     * ((−1)(−1) + (1)(1))/1 = 2; likewise 2 for the other pairs. tr(C) = 5, ΣC = 5 + 6·2 = 17,
     * alpha = 3/2·(1 − 5/17) = 18/17 — above 1, which pairwise alpha (psych's default) allows
     * because a pairwise covariance matrix need not be positive semidefinite (numpy with the
     * pairwise_cov of stats_reference.py: 1.0588235294117645).
     */
    @Test
    void noCompleteRowsButPairwiseDefined() {
        double[][] data = {{1, 2, NaN}, {2, NaN, 1}, {NaN, 1, 2}, {3, 4, NaN}, {4, NaN, 3},
            {NaN, 3, 4}};
        ReliabilityResult r = Reliability.of(data);
        assertNull(r.naReason());
        assertEquals(0, r.nComplete());
        assertTrue(Double.isNaN(r.alphaListwise()));
        assertTrue(r.warnings().contains(ReliabilityWarning.Listwise.TOO_FEW_COMPLETE_ROWS));
        Approx.near(18.0 / 17, r.alphaPairwise());
    }

    /**
     * Two-item scale: r.drop is the plain correlation; alpha without an item would be the
     * alpha of one item, which does not exist. Data 1,2,3 / 1,3,2: C = [[1, .5], [.5, 1]] →
     * r = 0.5, alpha = 2·(1 − 2/3) = 2/3.
     */
    @Test
    void twoItemScale() {
        ReliabilityResult r = Reliability.of(new double[][] {{1, 1}, {2, 3}, {3, 2}});
        Approx.near(2.0 / 3, r.alphaPairwise());
        ItemReliability first = r.items().get(0);
        Approx.near(0.5, first.correctedItemTotalR());
        assertTrue(Double.isNaN(first.alphaIfDeleted()));
        assertEquals(NaReason.Kind.ALPHA_IF_DELETED_ONE_ITEM, first.naReason());
    }

    @Test
    void raggedMatrixIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> Reliability.of(new double[][] {{1, 2}, {3}}));
    }
}
