package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KruskalWallisTest {

    /** R ?kruskal.test, Hollander &amp; Wolfe (1973, p. 116): mucociliary efficiency. */
    static final List<double[]> HOLLANDER_WOLFE = List.of(
            new double[] {2.9, 3.0, 2.5, 2.6, 3.2},
            new double[] {3.8, 2.7, 4.0, 2.4},
            new double[] {2.8, 3.4, 3.7, 2.2, 2.0});

    /** stats_reference.py, section "Kruskal-Wallis and Dunn". */
    static final List<double[]> LIKERT = List.of(
            new double[] {1.0, 5.0, 3.0, 4.0, 4.0, 4.0, 5.0, 5.0, 4.0, 1.0, 4.0, 4.0, 4.0, 3.0,
                4.0, 5.0, 5.0, 5.0, 4.0, 3.0},
            new double[] {5.0, 4.0, 4.0, 2.0, 3.0, 4.0, 3.0, 5.0, 4.0, 5.0, 4.0, 4.0, 2.0, 5.0,
                4.0},
            new double[] {2.0, 2.0, 3.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 2.0, 2.0, 3.0, 1.0, 1.0,
                1.0, 3.0, 3.0, 1.0});

    /**
     * R prints "Kruskal-Wallis chi-squared = 0.77143, df = 2, p-value = 0.68". By hand (no ties,
     * N = 14): rank sums 36, 36, 33 → H = 12/(14·15)·(36²/5 + 36²/4 + 33²/5) − 3·15 = 27/35;
     * for df = 2 the chi-square tail is exp(−H/2) = 0.6799647735788938; epsilon² = H/13.
     */
    @Test
    void hollanderWolfeExample() {
        KruskalWallisResult r = KruskalWallis.test(HOLLANDER_WOLFE);
        Approx.near(27.0 / 35, r.h());
        assertEquals(0.77143, r.h(), 5e-6);
        assertEquals(2, r.df());
        Approx.near(Math.exp(-27.0 / 35 / 2), r.p());
        Approx.near(27.0 / 35 / 13, r.epsilonSquared());
        assertEquals(14, r.n());
        assertEquals(3, r.k());
        assertNull(r.naReason());
    }

    /**
     * Likert with heavy ties, scipy.stats.kruskal (stats_reference.py): H 23.57290314369357,
     * p 7.6069247679204086e-06, N 53, epsilon² = H/((N²−1)/(N+1)) = 0.4533250604556456.
     */
    @Test
    void likertWithTies() {
        KruskalWallisResult r = KruskalWallis.test(LIKERT);
        Approx.near(23.57290314369357, r.h());
        Approx.near(7.6069247679204086e-06, r.p());
        Approx.near(0.4533250604556456, r.epsilonSquared());
        assertEquals(53, r.n());
    }

    /** Empty (or all-missing) groups are left out and counted; the statistic is unchanged. */
    @Test
    void emptyGroupsIgnored() {
        KruskalWallisResult r = KruskalWallis.test(List.of(LIKERT.get(0), new double[0],
                LIKERT.get(1), new double[] {Double.NaN}, LIKERT.get(2)));
        assertEquals(2, r.emptyGroupsIgnored());
        assertEquals(3, r.k());
        Approx.near(23.57290314369357, r.h());
    }

    @Test
    void fewerThanTwoGroups() {
        KruskalWallisResult r = KruskalWallis.test(List.of(new double[] {1, 2}, new double[0]));
        assertEquals(NaReason.Kind.FEWER_THAN_TWO_GROUPS, r.naReason());
        assertEquals(1, r.emptyGroupsIgnored());
        assertTrue(Double.isNaN(r.h()));
    }

    @Test
    void allValuesEqual() {
        KruskalWallisResult r = KruskalWallis.test(List.of(new double[] {2, 2},
                new double[] {2}, new double[] {2, 2, 2}));
        assertEquals(NaReason.Kind.ALL_VALUES_EQUAL, r.naReason());
        assertTrue(Double.isNaN(r.p()));
    }
}
