package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class SignedRankTestTest {

    /** R ?wilcox.test paired example (Hollander &amp; Wolfe 1973, p. 29f): depression scale. */
    static final double[] DEPRESSION_X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    static final double[] DEPRESSION_Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    /** stats_reference.py, section "signed-rank": 40 Likert pairs, 24 of them unchanged. */
    static final double[] POST = {3.0, 5.0, 4.0, 3.0, 5.0, 4.0, 4.0, 1.0, 1.0, 1.0, 4.0, 1.0, 4.0,
        1.0, 3.0, 4.0, 5.0, 2.0, 4.0, 3.0, 1.0, 3.0, 4.0, 5.0, 5.0, 5.0, 5.0, 2.0, 2.0, 3.0, 4.0,
        2.0, 5.0, 5.0, 2.0, 3.0, 3.0, 1.0, 2.0, 2.0};
    static final double[] PRE = {2.0, 5.0, 3.0, 1.0, 5.0, 3.0, 4.0, 1.0, 1.0, 1.0, 4.0, 1.0, 5.0,
        1.0, 1.0, 3.0, 5.0, 3.0, 5.0, 2.0, 1.0, 3.0, 4.0, 5.0, 5.0, 5.0, 5.0, 1.0, 2.0, 3.0, 4.0,
        2.0, 5.0, 4.0, 1.0, 3.0, 3.0, 2.0, 1.0, 1.0};

    /**
     * R: {@code wilcox.test(x, y, paired = TRUE, alternative = "greater")} prints V = 40,
     * p-value = 0.01953 (exact); the two-sided exact p is twice that, 0.0390625
     * (scipy.stats.wilcoxon(x, y, method='exact') = 0.0390625). No ties, no zeros, n = 9 &lt; 50.
     * Hodges-Lehmann 0.46 = median of the 45 Walsh averages (stats_reference.py).
     */
    @Test
    void depressionExampleExact() {
        SignedRankResult r = SignedRankTest.test(DEPRESSION_X, DEPRESSION_Y,
                new RankTestOptions(false, true));
        assertEquals(40, r.v(), 0);
        Approx.near(0.0390625, r.p());
        assertEquals(PMethod.EXACT, r.pMethod());
        assertEquals(9, r.nPairs());
        assertEquals(9, r.nNonZero());
        assertEquals(0, r.nZero());
        Approx.near(0.4600000000000001, r.hodgesLehmann());
        assertNull(r.naReason());
    }

    /**
     * Same data, default options = R {@code wilcox.test(x, y, paired = TRUE, exact = FALSE,
     * correct = FALSE)}; scipy.stats.wilcoxon(x, y, correction=False, method='approx'):
     * |z| = 2.073221072156823, p = 0.038151710173415135. z positive because x tends to exceed y.
     * Rank-biserial by hand: S = 9·10/2 = 45, r = 2·40/45 − 1 = 0.7777…; its CI from
     * effectsize's SE = sqrt((2·9³ + 3·9² + 9)/6)/45 = √285/45, tanh(atanh(r) ± 1.959964·SE),
     * evaluated with numpy: 0.29536312933624176, 0.9441559019200815.
     */
    @Test
    void depressionExampleNormal() {
        SignedRankResult r = SignedRankTest.test(DEPRESSION_X, DEPRESSION_Y);
        Approx.near(2.073221072156823, r.z());
        Approx.near(0.038151710173415135, r.p());
        assertEquals(PMethod.NORMAL, r.pMethod());
        Approx.near(7.0 / 9, r.rankBiserial());
        Approx.near(0.29536312933624176, r.rankBiserialLower());
        Approx.near(0.9441559019200815, r.rankBiserialUpper());
        Approx.near(2.073221072156823 / 3, r.effectR());
    }

    /**
     * Hand-worked: x − y = 1, −2, 3, 0. The zero is dropped before ranking → |d| 1, 2, 3 get
     * ranks 1, 2, 3; V = 1 + 3 = 4; mean n(n+1)/4 = 3; variance 3·4·7/24 = 3.5;
     * z = 1/√3.5 = 0.5345224838248488; p = 2(1 − Φ(z)) = 0.5929800980174267.
     * Hodges-Lehmann drops the zero as the test does (R): Walsh averages of 1, −2, 3 are
     * −2, −0.5, 0.5, 1, 2, 3 → median 0.75 (with the zero it would have been 0.5). Rank-biserial 2·4/6 − 1 = 1/3; r = z/√3.
     */
    @Test
    void handWorkedWithZero() {
        SignedRankResult r = SignedRankTest.test(new double[] {2, 1, 5, 4},
                new double[] {1, 3, 2, 4});
        assertEquals(4, r.nPairs());
        assertEquals(3, r.nNonZero());
        assertEquals(1, r.nZero());
        assertEquals(4, r.v(), 0);
        Approx.near(0.5345224838248488, r.z());
        Approx.near(0.5929800980174267, r.p());
        Approx.near(0.75, r.hodgesLehmann());
        Approx.near(1.0 / 3, r.rankBiserial());
        Approx.near(0.5345224838248488 / Math.sqrt(3), r.effectR());
    }

    /**
     * Likert pre/post with many ties and zeros, scipy.stats.wilcoxon(post, pre,
     * zero_method='wilcox', correction=False, method='approx') (stats_reference.py):
     * nNonZero 16, nZero 24, V 106, |z| 2.1342926339465755, p 0.032818833869802284;
     * rank-biserial 0.5588235294117647 CI 0.07357736269912893 .. 0.8301227630484882 (effectsize
     * formula in numpy); Hodges-Lehmann of the 16 non-zero differences 1.0
     * (hodges_lehmann_reference.R, "likert walsh median without zeros"); r = |z|/√16.
     */
    @Test
    void likertWithTiesAndZeros() {
        SignedRankResult r = SignedRankTest.test(POST, PRE);
        assertEquals(40, r.nPairs());
        assertEquals(16, r.nNonZero());
        assertEquals(24, r.nZero());
        assertEquals(106, r.v(), 0);
        Approx.near(2.1342926339465755, r.z());
        Approx.near(0.032818833869802284, r.p());
        Approx.near(0.5588235294117647, r.rankBiserial());
        Approx.near(0.07357736269912893, r.rankBiserialLower());
        Approx.near(0.8301227630484882, r.rankBiserialUpper());
        assertEquals(1, r.hodgesLehmann(), 0);
        Approx.near(2.1342926339465755 / 4, r.effectR());
    }

    /**
     * Continuity correction: scipy.stats.wilcoxon(..., correction=True, method='approx'):
     * |z| 2.106209836131489, p 0.035186129129224315 (= R's default correct = TRUE, exact = FALSE).
     * Asking for exact p changes nothing here: the data have ties and zeros.
     */
    @Test
    void likertWithContinuityCorrection() {
        SignedRankResult r = SignedRankTest.test(POST, PRE, new RankTestOptions(true, true));
        Approx.near(2.106209836131489, r.z());
        Approx.near(0.035186129129224315, r.p());
        assertEquals(PMethod.NORMAL_CONTINUITY, r.pMethod());
    }

    private static final RankTestOptions PRATT = new RankTestOptions(false, true, RankTestOptions.ZeroMethod.PRATT);

    /**
     * Pratt, hand-worked: d = 1, −2, 3, 0. All |d| ranked: 0→1, 1→2, 2→3, 3→4; V = 2 + 4 = 6;
     * N = 4, one zero: mean (4·5 − 1·2)/4 = 4.5, variance (4·5·9 − 1·2·3)/24 = 7.25,
     * z = 1.5/√7.25 = 0.5570860145311556 and p = 0.5774686624272996 (pratt_reference.py, SciPy
     * zero_method="pratt"). Rank-biserial (6 − 3)/(6 + 3) = 1/3. Hodges-Lehmann with the zero
     * kept: Walsh averages of 1, −2, 3, 0 → median 0.5 (pratt_reference.py); interval: with n = 4
     * qsignrank(0.025, 4) = 0 → q = 1, so the smallest and largest Walsh averages, [−2, 3]
     * (researcher_reference.R). Exact p is asked for but impossible with a zero.
     */
    @Test
    void prattHandWorked() {
        SignedRankResult r = SignedRankTest.test(new double[] {2, 1, 5, 4}, new double[] {1, 3, 2, 4}, PRATT);
        assertEquals(4, r.nPairs());
        assertEquals(1, r.nZero());
        assertEquals(6, r.v(), 0);
        Approx.near(0.5570860145311556, r.z());
        Approx.near(0.5774686624272996, r.p());
        assertEquals(PMethod.PRATT, r.pMethod());
        Approx.near(1.0 / 3, r.rankBiserial());
        Approx.near(0.5, r.hodgesLehmann());
        Approx.near(-2, r.hodgesLehmannLower());
        Approx.near(3, r.hodgesLehmannUpper());
    }

    /**
     * Pratt on the 40 Likert pairs (24 zeros, ties): pratt_reference.py gives V = 394,
     * p = 0.039904018375279716, |z| = 2.05474109530324; with continuity correction p =
     * 0.04065080454392806, |z| = 2.04707415091778. Walsh median with the zeros kept = 0.
     * Interval (researcher_reference.R, Walsh order statistics q = 265 and M + 1 − q): [0, 0.5].
     */
    @Test
    void prattLikert() {
        SignedRankResult r = SignedRankTest.test(POST, PRE, PRATT);
        assertEquals(394, r.v(), 0);
        Approx.near(2.05474109530324, r.z());
        Approx.near(0.039904018375279716, r.p());
        assertEquals(0, r.hodgesLehmann(), 0);
        assertEquals(0, r.hodgesLehmannLower(), 0);
        assertEquals(0.5, r.hodgesLehmannUpper(), 0);
        SignedRankResult c = SignedRankTest.test(POST, PRE,
                new RankTestOptions(true, true, RankTestOptions.ZeroMethod.PRATT));
        Approx.near(2.04707415091778, c.z());
        Approx.near(0.04065080454392806, c.p());
        assertEquals(PMethod.PRATT_CONTINUITY, c.pMethod());
    }

    /** Without zeros Pratt is the ordinary test, and exact p stays possible (R's choice). */
    @Test
    void prattWithoutZerosIsWilcoxon() {
        SignedRankResult p = SignedRankTest.test(DEPRESSION_X, DEPRESSION_Y, PRATT);
        SignedRankResult w = SignedRankTest.test(DEPRESSION_X, DEPRESSION_Y, new RankTestOptions(false, true));
        assertEquals(w, p);
        assertEquals(PMethod.EXACT, p.pMethod());
    }

    /** Under the normal approximation p is the two-sided tail of the reported z. */
    @Test
    void zIsConsistentWithP() {
        for (RankTestOptions o : new RankTestOptions[] {RankTestOptions.DEFAULT,
                new RankTestOptions(true, false)}) {
            SignedRankResult r = SignedRankTest.test(PRE, POST, o);
            assertTrue(r.z() < 0, "pre tends to be lower than post");
            Approx.near(2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(r.z())),
                    r.p());
        }
    }

    /** Pairs with a missing value are skipped: same result as without them. */
    @Test
    void skipsIncompletePairs() {
        SignedRankResult r = SignedRankTest.test(new double[] {2, 1, Double.NaN, 5, 4, 3},
                new double[] {1, 3, 4, 2, 4, Double.NaN});
        assertEquals(4, r.nPairs());
        assertEquals(4, r.v(), 0);
    }

    /**
     * One non-zero difference (d = 1, 0): V = 1, mean 0.5, variance 1·2·3/24 = 0.25 → z = 1,
     * p = 2(1 − Φ(1)) = 0.3173105078629141 (R: wilcox.test(c(1,1), c(0,1), paired = TRUE,
     * exact = FALSE, correct = FALSE) gives V = 1, p-value = 0.3173). Rank-biserial 1 with the
     * degenerate interval [1, 1], as effectsize (atanh(1) = ∞).
     */
    @Test
    void singleNonZeroDifference() {
        SignedRankResult r = SignedRankTest.test(new double[] {1, 1}, new double[] {0, 1});
        assertNull(r.naReason());
        assertEquals(1, r.v(), 0);
        Approx.near(1, r.z());
        Approx.near(0.3173105078629141, r.p());
        assertEquals(1, r.rankBiserial(), 0);
        assertEquals(1, r.rankBiserialLower(), 0);
        assertEquals(1, r.rankBiserialUpper(), 0);
    }

    @Test
    void fewerThanTwoPairs() {
        SignedRankResult r = SignedRankTest.test(new double[] {3}, new double[] {1});
        assertEquals(NaReason.Kind.FEWER_THAN_TWO_PAIRS, r.naReason());
        assertTrue(Double.isNaN(r.p()));
        assertTrue(Double.isNaN(r.z()));
    }

    @Test
    void allDifferencesZero() {
        SignedRankResult r = SignedRankTest.test(new double[] {3, 4, 2}, new double[] {3, 4, 2});
        assertEquals(NaReason.Kind.ALL_DIFFERENCES_ZERO, r.naReason());
        assertEquals(3, r.nZero());
        assertTrue(Double.isNaN(r.p()));
        assertTrue(Double.isNaN(r.rankBiserial()));
    }

    @Test
    void differentLengthsAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> SignedRankTest.test(new double[] {1, 2}, new double[] {1}));
    }
}
