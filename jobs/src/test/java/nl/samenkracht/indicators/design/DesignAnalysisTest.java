package nl.samenkracht.indicators.design;

import nl.samenkracht.report.tables.DesignTables;

import nl.samenkracht.config.DesignConfig;
import nl.samenkracht.indicators.design.DesignAnalysis.Score;
import nl.samenkracht.statistics.RankTestOptions;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-worked: cohort 2024 changes {1, 2, 3}, cohort 2023 changes {0, 0.5} (plus an unlinked and an
 * anonymous score that must not count as changes).
 * U for x = {1,2,3} vs y = {0,0.5}: every x is larger, U = 6, rank-biserial = 2·6/6 − 1 = 1;
 * HL = median of {1,0.5,2,1.5,3,2.5} = 1.75. Means: 2 and 0.25; CI of {1,2,3}:
 * 2 ± t(0.975, 2)·(1/√3) = 2 ± 4.302653·0.577350 = [−0.484138, 4.484138].
 */
class DesignAnalysisTest {
    private static final List<String[]> SCALES = List.<String[]>of(new String[]{"v", "s"});

    private static List<Score> data() {
        List<Score> d = new ArrayList<>();
        // 2024-2025: linked respondents a, b, c
        add(d, "2024", "a", "nieuw", 2, 3);
        add(d, "2024", "b", "nieuw", 1, 3);
        add(d, "2024", "c", "ervaren", 1, 4);
        // 2023-2024: linked d, e; the pseudonym "a" again is another case (other year)
        add(d, "2023", "d", "nieuw", 3, 3);
        add(d, "2023", "e", "ervaren", 2, 2.5);
        d.add(new Score("v", "s", "2023", "pre", "nieuw", "f", 1));       // unlinked
        d.add(new Score("v", "s", "2023", "post", "nieuw", null, 5));     // anonymous
        return d;
    }

    private static void add(List<Score> d, String year, String who, String grp, double pre, double post) {
        d.add(new Score("v", "s", year, "pre", grp, who, pre));
        d.add(new Score("v", "s", year, "post", grp, who, post));
    }

    @Test
    void cohortsComparedOnLinkedChange() {
        Table t = DesignTables.table(DesignAnalysis.compute(data(), SCALES, new DesignConfig("school_year", "2023", "2024", null),
                "pre", "post", RankTestOptions.DEFAULT));
        assertEquals(1, t.rowCount());
        assertEquals("linked", t.stringColumn("basis").get(0));
        assertEquals(3, t.intColumn("n_a").get(0));
        assertEquals(2, t.intColumn("n_b").get(0));
        assertEquals(2.0, t.doubleColumn("mean_a").get(0), 1e-12);
        assertEquals(0.25, t.doubleColumn("mean_b").get(0), 1e-12);
        assertEquals(-0.484138, t.doubleColumn("ci_lower_a").get(0), 1e-5);
        assertEquals(4.484138, t.doubleColumn("ci_upper_a").get(0), 1e-5);
        assertEquals(6.0, t.doubleColumn("u").get(0), 1e-12);
        assertEquals(1.0, t.doubleColumn("rank_biserial").get(0), 1e-12);
        assertEquals(1.75, t.doubleColumn("hodges_lehmann").get(0), 1e-12);
    }

    @Test
    void perGroupRowsAndIndependentFallback() {
        Table t = DesignTables.table(DesignAnalysis.compute(data(), SCALES, new DesignConfig("school_year", "2023", "2024", "grp"),
                "pre", "post", RankTestOptions.DEFAULT));
        // all respondents, ervaren, nieuw
        assertEquals(3, t.rowCount());
        assertEquals("groep: nieuw", t.stringColumn("subset").get(2));
        // nieuw 2023 has one linked change (d): too few, so the post scores are compared: 2024 {3,3} vs 2023 {3,5}
        assertEquals("independent", t.stringColumn("basis").get(2));
        assertEquals(2, t.intColumn("n_a").get(2));
        assertEquals(2, t.intColumn("n_b").get(2));
        assertEquals(3.0, t.doubleColumn("mean_a").get(2), 1e-12);
        assertEquals(4.0, t.doubleColumn("mean_b").get(2), 1e-12);
        // x = {3,3} vs y = {3,5}: pairs (3,3) ×2 count 0.5 each, (3,5) ×2 count 0: U = 1; rb = 2/4 − 1 = −0.5
        assertEquals(1.0, t.doubleColumn("u").get(2), 1e-12);
        assertEquals(-0.5, t.doubleColumn("rank_biserial").get(2), 1e-12);
        assertTrue(t.doubleColumn("p").get(2) > 0.05);
    }

    private static final RankTestOptions R_DEFAULT = new RankTestOptions(false, true);

    /**
     * With exact p (the study default, R's exact = NULL): {1,2,3} vs {0,0.5} has no ties, so R's
     * wilcox.test(c(1,2,3), c(0,0.5), conf.int = TRUE) is exact: p = 0.2, HL 1.75, interval
     * [0.5, 3] (R warns the 95% level is not achievable with 3 + 2 values; researcher_reference.R).
     * Rank-biserial 1: its Fisher-z interval is the degenerate [1, 1].
     */
    @Test
    void cohortsWithExactPAndIntervals() {
        Table t = DesignTables.table(DesignAnalysis.compute(data(), SCALES, new DesignConfig("school_year", "2023", "2024", null),
                "pre", "post", R_DEFAULT));
        assertEquals(0.2, t.doubleColumn("p").get(0), 1e-12);
        assertEquals("exact", t.stringColumn("p_method").get(0));
        assertEquals(1.75, t.doubleColumn("hodges_lehmann").get(0), 1e-12);
        assertEquals(0.5, t.doubleColumn("hodges_lehmann_lower").get(0), 1e-12);
        assertEquals(3.0, t.doubleColumn("hodges_lehmann_upper").get(0), 1e-12);
        assertEquals(1.0, t.doubleColumn("rank_biserial_lower").get(0), 1e-12);
        assertEquals(1.0, t.doubleColumn("rank_biserial_upper").get(0), 1e-12);
    }

    /**
     * Changes of 1/3 reached as 10/3 − 3 and as 4/3 − 1 differ in the last bits as doubles but are
     * a tie, so p is not exact: R on the exact fractions, wilcox.test(c(1, 1/3, 2),
     * c(1/3, 0, -1/3, 0.5), conf.int = TRUE, correct = FALSE): W 10.5, p 0.10840829998146519,
     * interval [−1/6, 7/3]; rank-biserial 0.75 with interval [0.048979966897904112,
     * 0.95597050042986642] (researcher_reference.R).
     */
    @Test
    void equalChangesAreTiesSoPIsNormal() {
        List<Score> d = new ArrayList<>();
        add(d, "2024", "a", "nieuw", 1, 2);
        add(d, "2024", "b", "nieuw", 3, 10.0 / 3);
        add(d, "2024", "c", "nieuw", 2, 4);
        add(d, "2023", "d", "nieuw", 1, 4.0 / 3);
        add(d, "2023", "e", "nieuw", 3, 3);
        add(d, "2023", "f", "nieuw", 2, 5.0 / 3);
        add(d, "2023", "g", "nieuw", 2, 2.5);
        Table t = DesignTables.table(DesignAnalysis.compute(d, SCALES, new DesignConfig("school_year", "2023", "2024", null),
                "pre", "post", R_DEFAULT));
        assertEquals(10.5, t.doubleColumn("u").get(0), 1e-12);
        assertEquals(0.10840829998146519, t.doubleColumn("p").get(0), 1e-9);
        assertTrue(t.stringColumn("p_method").get(0).startsWith("normale benadering"));
        assertEquals(-1.0 / 6, t.doubleColumn("hodges_lehmann_lower").get(0), 1e-4);
        assertEquals(7.0 / 3, t.doubleColumn("hodges_lehmann_upper").get(0), 1e-4);
        assertEquals(0.048979966897904112, t.doubleColumn("rank_biserial_lower").get(0), 1e-9);
        assertEquals(0.95597050042986642, t.doubleColumn("rank_biserial_upper").get(0), 1e-9);
    }

    @Test
    void noDesignNoRows() {
        assertEquals(0, DesignAnalysis.compute(data(), SCALES, DesignConfig.NONE, "pre", "post",
                RankTestOptions.DEFAULT).size());
    }
}
