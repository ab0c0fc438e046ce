package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DunnTestTest {

    /**
     * Hand-worked on R's ?kruskal.test data (no ties, N = 14): mean ranks 36/5 = 7.2, 36/4 = 9,
     * 33/5 = 6.6; rank variance N(N+1)/12 = 17.5. Groups 0–1: z = (7.2 − 9)/√(17.5·(1/5 + 1/4))
     * = −0.6414269805898185, p = 0.5212453081148147 (scipy norm.sf).
     */
    @Test
    void handWorkedWithoutTies() {
        List<DunnComparison> c = DunnTest.test(KruskalWallisTest.HOLLANDER_WOLFE);
        assertEquals(3, c.size());
        assertEquals(0, c.get(0).groupA());
        assertEquals(1, c.get(0).groupB());
        Approx.near(-0.6414269805898185, c.get(0).z());
        Approx.near(0.5212453081148147, c.get(0).p());
        assertNull(c.get(0).naReason());
        // The other pairs and Holm, from Dunn's formula written out in base R
        // (stage_exact_reference.R, "dunn hw"): 0–2 z 0.22677868380553654 p 0.82059583975544081,
        // 1–2 z 0.85523597411975816 p 0.39242052447658171; p.adjust(holm) = 1, 1, 1.
        Approx.near(0.22677868380553654, c.get(1).z());
        Approx.near(0.82059583975544081, c.get(1).p());
        Approx.near(0.85523597411975816, c.get(2).z());
        Approx.near(0.39242052447658171, c.get(2).p());
        for (DunnComparison d : c) Approx.near(1, d.pHolm());
    }

    /**
     * Likert with ties: Dunn's formula with tie term written out in numpy and Holm step-down
     * written out (stats_reference.py): 0–1 z 0.03403237982298472 p 0.9728513302842183;
     * 0–2 z 4.349673779064917 p 1.363402028870032e-05; 1–2 z 4.008990555754527
     * p 6.0978854982336155e-05; Holm 0.9728513302842183, 4.090206086610096e-05,
     * 0.00012195770996467231.
     */
    @Test
    void likertWithTiesAndHolm() {
        List<DunnComparison> c = DunnTest.test(KruskalWallisTest.LIKERT);
        double[][] expected = {
            {0.03403237982298472, 0.9728513302842183, 0.9728513302842183},
            {4.349673779064917, 1.363402028870032e-05, 4.090206086610096e-05},
            {4.008990555754527, 6.0978854982336155e-05, 0.00012195770996467231}};
        for (int i = 0; i < 3; i++) {
            Approx.near(expected[i][0], c.get(i).z(), "z " + i);
            Approx.near(expected[i][1], c.get(i).p(), "p " + i);
            Approx.near(expected[i][2], c.get(i).pHolm(), "pHolm " + i);
        }
    }

    /** Group indices refer to the caller's list, skipping an empty group. */
    @Test
    void indicesSkipEmptyGroups() {
        List<DunnComparison> c = DunnTest.test(List.of(KruskalWallisTest.LIKERT.get(0),
                new double[0], KruskalWallisTest.LIKERT.get(2)));
        assertEquals(1, c.size());
        assertEquals(0, c.get(0).groupA());
        assertEquals(2, c.get(0).groupB());
    }

    @Test
    void fewerThanTwoGroupsGivesNoComparisons() {
        assertTrue(DunnTest.test(List.of(new double[] {1, 2, 3})).isEmpty());
    }

    @Test
    void allValuesEqual() {
        List<DunnComparison> c = DunnTest.test(List.of(new double[] {4, 4}, new double[] {4}));
        assertEquals(1, c.size());
        assertEquals(NaReason.Kind.ALL_VALUES_EQUAL, c.get(0).naReason());
        assertTrue(Double.isNaN(c.get(0).z()));
        assertTrue(Double.isNaN(c.get(0).pHolm()));
    }
}
