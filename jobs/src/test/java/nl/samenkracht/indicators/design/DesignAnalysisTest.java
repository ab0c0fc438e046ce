package nl.samenkracht.indicators.design;

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
        Table t = DesignAnalysis.compute(data(), SCALES, new DesignConfig("school_year", "2023", "2024", null),
                "pre", "post", RankTestOptions.DEFAULT);
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
        Table t = DesignAnalysis.compute(data(), SCALES, new DesignConfig("school_year", "2023", "2024", "grp"),
                "pre", "post", RankTestOptions.DEFAULT);
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

    @Test
    void noDesignNoRows() {
        assertEquals(0, DesignAnalysis.compute(data(), SCALES, DesignConfig.NONE, "pre", "post",
                RankTestOptions.DEFAULT).rowCount());
    }
}
