package nl.samenkracht.indicators.stats;

import nl.samenkracht.report.figures.StatisticsFigures;
import nl.samenkracht.report.methods.StatisticsMethods;
import nl.samenkracht.report.tables.StatisticsTables;

import nl.samenkracht.config.OptionsConfig;
import nl.samenkracht.report.chart.ChartPng;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.methods.PMethodText;
import nl.samenkracht.statistics.PMethod;
import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics stage on the hand-built fixture src/test/resources/stats-stage/responses.csv
 * (8 respondents × 6 items, ties, missing answers, a reverse-keyed item, a one-item scale, a
 * constant item, respondents in only one wave, an earlier school year with only a voormeting).
 *
 * <p>Expected values: printed by src/test/resources/reference/stage_reference.py (numpy 2.4.6,
 * scipy 1.17.1), which reads the same CSV and computes everything independently: psych::alpha
 * written out with numpy, scipy.stats.wilcoxon(zero_method='wilcox', correction=False,
 * method='approx'), mannwhitneyu(use_continuity=False, method='asymptotic'), kruskal, Dunn and
 * Holm written out. Counts (pairs, NA rows, analyses) are derived by hand in the comments.
 */
class StatisticsStageTest {
    private static final double TOL = 1e-9;
    private static StatisticsResults named;
    private static StatisticsResults anonymous;
    private static StatisticsResults continuity;
    /** Options with the continuity correction. */
    private static final OptionsConfig CONTINUITY = new OptionsConfig(null, null, null, true, null, null);

    @BeforeAll
    static void run() {
        SparkSession spark = SharedSpark.get();
        Dataset<Row> responses = StageFixture.responses(spark, false);
        Dataset<Row> scores = StageFixture.scaleScores(spark, responses);
        named = StatisticsStage.compute(spark, responses, scores, StageFixture.CODEBOOK, OptionsConfig.DEFAULT);
        continuity = StatisticsStage.compute(spark, responses, scores, StageFixture.CODEBOOK, CONTINUITY);
        Dataset<Row> anon = StageFixture.responses(spark, true);
        anonymous = StatisticsStage.compute(spark, anon, StageFixture.scaleScores(spark, anon), StageFixture.CODEBOOK,
                OptionsConfig.DEFAULT);
    }

    // ------------------------------------------------------------------ contract

    @Test
    void tablesHaveTheContractColumns() {
        assertEquals(List.of("instrument", "scale", "school_year", "wave", "n_items", "n_complete", "alpha_listwise",
                "alpha_pairwise", "feldt_lower", "feldt_upper", "average_r", "n_rows", "na_reason", "warnings"),
                StatisticsTables.reliability(named).columnNames());
        assertEquals(List.of("instrument", "scale", "school_year", "wave", "item", "n", "mean", "sd",
                "corrected_item_total_r", "alpha_if_deleted", "reverse", "na_reason"),
                StatisticsTables.reliabilityItems(named).columnNames());
        assertEquals(List.of("instrument", "scale_or_item", "design", "n_pre", "n_post", "n_pairs", "median_pre",
                "median_post", "mean_pre", "mean_post", "statistic", "z", "p", "effect_r", "rank_biserial",
                "school_year", "subset", "level", "rank_biserial_lower", "rank_biserial_upper", "hodges_lehmann",
                "p_method", "n_zero_differences", "p_holm", "design_reason", "n_linked", "n_unlinked", "na_reason",
                "hodges_lehmann_lower", "hodges_lehmann_upper", "sd_pre", "sd_post"),
                StatisticsTables.prepost(named).columnNames());
        assertEquals(List.of("instrument", "scale_or_item", "grouping", "group_a", "group_b", "n_a", "n_b", "U", "z",
                "p", "rank_biserial", "school_year", "wave", "level", "test", "H", "df", "epsilon_squared",
                "hodges_lehmann", "p_holm", "na_reason", "rank_biserial_lower", "rank_biserial_upper",
                "hodges_lehmann_lower", "hodges_lehmann_upper", "p_method"), StatisticsTables.groups(named).columnNames());
        assertEquals(List.of("reliability", "reliability_items", "prepost", "groups"),
                StatisticsTables.reportTables(named).stream().map(t -> t.id()).toList());
    }

    @Test
    void noSurveysGiveEmptyTablesWithTheContractColumns() {
        SparkSession spark = SharedSpark.get();
        // a study without surveys gets a typed, empty responses table from the ingest, and scale scores from it
        Dataset<Row> none = spark.createDataFrame(java.util.List.<Row>of(), nl.samenkracht.canonical.KeyCodes.of(java.util.Map.of())
                .attach(nl.samenkracht.canonical.CanonicalTable.RESPONSES.schema()));
        StatisticsResults r = StatisticsStage.compute(spark, none, StageFixture.scaleScores(spark, none),
                StageFixture.CODEBOOK, OptionsConfig.DEFAULT);
        assertEquals(0, StatisticsTables.reliability(r).rowCount());
        assertEquals(0, StatisticsTables.prepost(r).rowCount());
        assertEquals(0, StatisticsTables.groups(r).rowCount());
        assertEquals(32, StatisticsTables.prepost(r).columnCount()); // + hodges_lehmann_lower/upper, sd_pre/sd_post (issue 16)
        assertTrue(StatisticsFigures.build(r, StageFixture.CODEBOOK, OptionsConfig.DEFAULT.preWave(), OptionsConfig.DEFAULT.postWave()).isEmpty());
    }

    /** Only the 2023-2024 voormeting: nothing to compare, every pre/post row says why, no charts. */
    @Test
    void onlyAVoormetingGivesReasonsAndNoComparison() {
        SparkSession spark = SharedSpark.get();
        Dataset<Row> responses = nl.samenkracht.canonical.KeyCodes.encodeFound(StageFixture.labelled(spark, false)
                .filter(org.apache.spark.sql.functions.col("school_year").equalTo("2023-2024")));
        StatisticsResults r = StatisticsStage.compute(spark, responses, StageFixture.scaleScores(spark, responses),
                StageFixture.CODEBOOK, OptionsConfig.DEFAULT);
        Table t = StatisticsTables.prepost(r);
        assertEquals(18, t.rowCount()); // (Alle respondenten, groep: nieuw) × (3 scales + 6 items)
        for (int i = 0; i < t.rowCount(); i++) {
            assertTrue(t.stringColumn("design").isMissing(i));
            assertFalse(t.stringColumn("na_reason").isMissing(i));
        }
        assertEquals(0, StatisticsTables.groups(r).rowCount());
        assertTrue(StatisticsFigures.build(r, StageFixture.CODEBOOK, OptionsConfig.DEFAULT.preWave(), OptionsConfig.DEFAULT.postWave()).isEmpty());
        String text = String.join("\n", StatisticsMethods.paragraphs(r, OptionsConfig.DEFAULT));
        assertTrue(text.contains("Geen schooljaar had scores in zowel de voormeting als de nameting"), text);
        assertFalse(text.contains("Effectmaten"), text);
        assertFalse(text.contains("Groepsvergelijkingen"), text);
    }

    // ------------------------------------------------------------------ reliability

    /** stage_reference.py "reliability of scale sa": 7 rows (r7 pre, r8 post each one missing). */
    @Test
    void reliabilityOfEachWaveAsPsychAlpha() {
        Table t = StatisticsTables.reliability(named);
        int pre = row(t, "scale", "sa", "school_year", "2024-2025", "wave", "voormeting");
        assertEquals(3, t.intColumn("n_items").getInt(pre));
        assertEquals(7, t.intColumn("n_rows").getInt(pre));
        assertEquals(5, t.intColumn("n_complete").getInt(pre));
        near(0.9073795180722891, t, "alpha_pairwise", pre);
        near(0.8970588235294117, t, "alpha_listwise", pre);
        near(0.8108348989028379, t, "average_r", pre);
        near(0.6546837875050613, t, "feldt_lower", pre);
        near(0.9827401655990939, t, "feldt_upper", pre);
        assertTrue(t.stringColumn("na_reason").isMissing(pre));

        int post = row(t, "scale", "sa", "school_year", "2024-2025", "wave", "nameting");
        assertEquals(7, t.intColumn("n_rows").getInt(post));
        assertEquals(5, t.intColumn("n_complete").getInt(post));
        near(0.9861691862335158, t, "alpha_pairwise", post);
        near(0.96242774566474, t, "alpha_listwise", post);
        near(0.9484346860849547, t, "feldt_lower", post);
        near(0.9974226267206685, t, "feldt_upper", post);

        // "alle": every submission of every wave and year is a row; 2023-2024 had no sa answers.
        int all = row(t, "scale", "sa", "school_year", "alle", "wave", "alle");
        assertEquals(14, t.intColumn("n_rows").getInt(all));
        assertEquals(10, t.intColumn("n_complete").getInt(all));
        near(0.9443140973079502, t, "alpha_pairwise", all);
        near(0.9304123711340206, t, "alpha_listwise", all);
        near(0.8619168724665371, t, "average_r", all);
        near(0.8634862840209528, t, "feldt_lower", all);
        near(0.9806097794360492, t, "feldt_upper", all);
    }

    /** Item statistics of sa, 2024-2025 voormeting; a3 is reverse-keyed and described after reversing. */
    @Test
    void itemStatisticsUseTheReverseKeyedScore() {
        Table t = StatisticsTables.reliabilityItems(named);
        int a1 = row(t, "scale", "sa", "school_year", "2024-2025", "wave", "voormeting", "item", "a1");
        assertEquals(7, t.intColumn("n").getInt(a1));
        near(2.857142857142857, t, "mean", a1);
        near(1.3451854182690985, t, "sd", a1);
        near(0.8825464533725903, t, "corrected_item_total_r", a1);
        near(0.8388017118402282, t, "alpha_if_deleted", a1);
        assertFalse(t.booleanColumn("reverse").get(a1));
        int a3 = row(t, "scale", "sa", "school_year", "2024-2025", "wave", "voormeting", "item", "a3");
        assertEquals(5, t.intColumn("n").getInt(a3));
        near(2.8, t, "mean", a3); // scores 2, 3, 2, 3, 4; as answered it would be 3.2
        near(0.8366600265340756, t, "sd", a3);
        near(0.9097816785925638, t, "corrected_item_total_r", a3);
        near(0.8468468468468466, t, "alpha_if_deleted", a3);
        assertTrue(t.booleanColumn("reverse").get(a3));
    }

    @Test
    void undefinedReliabilityHasADutchReason() {
        Table t = StatisticsTables.reliability(named);
        int one = row(t, "scale", "sb", "school_year", "2024-2025", "wave", "voormeting");
        assertEquals("schaal met 1 item", t.stringColumn("na_reason").get(one));
        assertTrue(t.doubleColumn("alpha_pairwise").isMissing(one));

        int constant = row(t, "scale", "sc", "school_year", "2024-2025", "wave", "nameting");
        assertTrue(t.stringColumn("na_reason").get(constant).startsWith("minder dan 2 items met variantie"),
                t.stringColumn("na_reason").get(constant));
        assertTrue(t.stringColumn("warnings").get(constant).contains("c2: constant item (variantie 0)"));
        // The terminal line is English and points at the row; the Dutch warning is the table's.
        assertTrue(named.warnings().contains("inw / sc, 2024-2025 nameting: 1 reliability warning (column warnings of"
                + " tables/reliability.csv)"), named.warnings().toString());

        // 2023-2024 voormeting: r1 and r2 answered only b1, c1, c2, so nobody answered sa.
        int empty = row(t, "scale", "sa", "school_year", "2023-2024", "wave", "voormeting");
        assertEquals(0, t.intColumn("n_rows").getInt(empty));
        assertEquals("geen respondenten met antwoorden op deze schaal", t.stringColumn("na_reason").get(empty));
        assertTrue(t.stringColumn("warnings").isMissing(empty));
        Table items = StatisticsTables.reliabilityItems(named);
        int emptyItem = row(items, "scale", "sa", "school_year", "2023-2024", "wave", "voormeting", "item", "a2");
        assertEquals("geen respondenten met antwoorden op deze schaal", items.stringColumn("na_reason").get(emptyItem));
    }

    // ------------------------------------------------------------------ pre/post

    /**
     * sa, all respondents: r1–r6 are linked; r7 (only voormeting) and r8 (only nameting) are not.
     * Differences post − pre (scale scores): 1, 1/3, 2/3, −1/3, 5/6, 2/3 — the ties matter: as
     * doubles r3's 13/3 − 11/3 and r6's 5 − 13/3 differ in the last bit (see ExactGridTest), and
     * without ExactGrid z would be 1.89212 instead of 1.89737.
     * scipy: V 19.5, |z| 1.8973665961010275, p 0.057779571123597245; rank-biserial 6/7 with CI
     * (0.3732103361808457, 0.9744044390572817); HL 2/3; medians/means of the 6 pairs.
     */
    @Test
    void linkedRespondentsGetTheSignedRankTest() {
        Table t = StatisticsTables.prepost(named);
        int sa = prepostRow(t, "2024-2025", StatisticsStage.ALL_RESPONDENTS, "schaal", "sa");
        assertEquals("paired", t.stringColumn("design").get(sa));
        assertEquals("6 gekoppelde paren", t.stringColumn("design_reason").get(sa));
        assertEquals(6, t.intColumn("n_pairs").getInt(sa));
        assertEquals(6, t.intColumn("n_pre").getInt(sa));
        assertEquals(6, t.intColumn("n_post").getInt(sa));
        assertEquals(6, t.intColumn("n_linked").getInt(sa));
        assertEquals(2, t.intColumn("n_unlinked").getInt(sa));
        assertEquals(0, t.intColumn("n_zero_differences").getInt(sa));
        near(19.5, t, "statistic", sa);
        near(1.8973665961010275, t, "z", sa); // positive: higher in the nameting
        near(0.057779571123597245, t, "p", sa);
        near(0.7745966692414834, t, "effect_r", sa);
        near(0.8571428571428572, t, "rank_biserial", sa);
        near(0.3732103361808457, t, "rank_biserial_lower", sa);
        near(0.9744044390572817, t, "rank_biserial_upper", sa);
        near(2.0 / 3, t, "hodges_lehmann", sa);
        // R's wilcox.test(d * 6, conf.int = TRUE, exact = FALSE, correct = FALSE)$conf.int / 6
        // (hodges_lehmann_reference.R): the stage ranks on ExactGrid's whole-number grid
        near(-5.638716297616773e-06, t, "hodges_lehmann_lower", sa);
        near(0.91667782105884699, t, "hodges_lehmann_upper", sa);
        near(2.8333333333333335, t, "median_pre", sa);
        near(3.4166666666666665, t, "median_post", sa);
        near(2.9444444444444446, t, "mean_pre", sa);
        near(3.472222222222222, t, "mean_post", sa);
        // SD (n − 1) of the same 6 linked respondents (stage_exact_reference.R, R's sd)
        near(0.95257934441568026, t, "sd_pre", sa);
        near(1.2401463473973395, t, "sd_post", sa);
        assertEquals(PMethodText.dutch(PMethod.NORMAL), t.stringColumn("p_method").get(sa));

        // a1: r8 skipped a1, so only r7 is unlinked; 2 of the 6 differences are 0 and dropped.
        int a1 = prepostRow(t, "2024-2025", StatisticsStage.ALL_RESPONDENTS, "item", "a1");
        assertEquals(6, t.intColumn("n_pairs").getInt(a1));
        assertEquals(1, t.intColumn("n_unlinked").getInt(a1));
        assertEquals(2, t.intColumn("n_zero_differences").getInt(a1));
        near(7.5, t, "statistic", a1);
        near(1.0, t, "z", a1);
        near(0.31731050786291415, t, "p", a1);
        near(0.5, t, "effect_r", a1);
        near(-0.4809430236368617, t, "rank_biserial_lower", a1);
        near(0.9250326311618631, t, "rank_biserial_upper", a1);

        // a3: r2 pre and r5 post are missing → 4 pairs; unlinked = 5 + 6 − 2·4 = 3.
        int a3 = prepostRow(t, "2024-2025", StatisticsStage.ALL_RESPONDENTS, "item", "a3");
        assertEquals(4, t.intColumn("n_pairs").getInt(a3));
        assertEquals(3, t.intColumn("n_unlinked").getInt(a3));
        near(7.5, t, "statistic", a3);
        near(0.31731050786291415, t, "p", a3);
        near(1.0, t, "hodges_lehmann", a3);
    }

    /** The groups are linked within the group: nieuw = r1, r2, r4 linked, r7 and r8 not. */
    @Test
    void groupSubsetsArePairedWithinTheGroup() {
        Table t = StatisticsTables.prepost(named);
        int nieuw = prepostRow(t, "2024-2025", "groep: nieuw", "schaal", "sa");
        assertEquals(3, t.intColumn("n_pairs").getInt(nieuw));
        assertEquals(2, t.intColumn("n_unlinked").getInt(nieuw));
        near(4.5, t, "statistic", nieuw);
        near(0.816496580927726, t, "z", nieuw);
        near(0.4142161782425252, t, "p", nieuw);
        near(1.0 / 3, t, "hodges_lehmann", nieuw);
        near(-0.5869145112559886, t, "rank_biserial_lower", nieuw);
        int ervaren = prepostRow(t, "2024-2025", "groep: ervaren", "schaal", "sa");
        assertEquals(0, t.intColumn("n_unlinked").getInt(ervaren));
        near(6, t, "statistic", ervaren);
        near(0.10247043485974937, t, "p", ervaren);
        near(0.7083333333333334, t, "hodges_lehmann", ervaren);
        // Subsets in order: all respondents, then the groups by name.
        List<String> subsets = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("school_year").get(i).equals("2024-2025")
                    && !subsets.contains(t.stringColumn("subset").get(i))) subsets.add(t.stringColumn("subset").get(i));
        }
        assertEquals(List.of("Alle respondenten", "groep: ervaren", "groep: nieuw"), subsets);
    }

    @Test
    void undefinedPrePostHasADutchReason() {
        Table t = StatisticsTables.prepost(named);
        // c2 is 3 for everybody: all 6 differences are 0.
        int c2 = prepostRow(t, "2024-2025", StatisticsStage.ALL_RESPONDENTS, "item", "c2");
        assertEquals("alle verschillen zijn 0", t.stringColumn("na_reason").get(c2));
        assertEquals(6, t.intColumn("n_zero_differences").getInt(c2));
        assertTrue(t.doubleColumn("p").isMissing(c2));
        assertTrue(t.doubleColumn("p_holm").isMissing(c2));
        // 2023-2024 has only a voormeting (r1, r2 answered b1).
        int noPost = prepostRow(t, "2023-2024", StatisticsStage.ALL_RESPONDENTS, "schaal", "sb");
        assertEquals("geen scores in de nameting", t.stringColumn("na_reason").get(noPost));
        assertTrue(t.stringColumn("design").isMissing(noPost));
        assertEquals(2, t.intColumn("n_pre").getInt(noPost));
        assertEquals(0, t.intColumn("n_post").getInt(noPost));
        near(3.5, t, "median_pre", noPost);
        int neither = prepostRow(t, "2023-2024", StatisticsStage.ALL_RESPONDENTS, "schaal", "sa");
        assertEquals("geen scores in voormeting en nameting", t.stringColumn("na_reason").get(neither));
    }

    /** Holm within 2024-2025 × Alle respondenten × level; stage_reference.py "holm schaal" / "holm item". */
    @Test
    void holmWithinSchoolYearSubsetAndLevel() {
        Table t = StatisticsTables.prepost(named);
        String all = StatisticsStage.ALL_RESPONDENTS;
        near(0.13650079168907517, t, "p_holm", prepostRow(t, "2024-2025", all, "schaal", "sa"));
        near(0.13650079168907517, t, "p_holm", prepostRow(t, "2024-2025", all, "schaal", "sb"));
        near(0.15729920705028502, t, "p_holm", prepostRow(t, "2024-2025", all, "schaal", "sc"));
        // c2 has no p and does not count towards m = 5.
        near(0.6346210157258283, t, "p_holm", prepostRow(t, "2024-2025", all, "item", "a1"));
        near(0.12673659338734125, t, "p_holm", prepostRow(t, "2024-2025", all, "item", "a2"));
        near(0.6346210157258283, t, "p_holm", prepostRow(t, "2024-2025", all, "item", "a3"));
        near(0.18200105558543356, t, "p_holm", prepostRow(t, "2024-2025", all, "item", "b1"));
        near(0.4718976211508551, t, "p_holm", prepostRow(t, "2024-2025", all, "item", "c1"));
    }

    /** scipy wilcoxon(correction=True): |z| 1.7919573407620815, p 0.07313979965890892. */
    @Test
    void continuityCorrectionOptionReachesTheTest() {
        Table t = StatisticsTables.prepost(continuity);
        int sa = prepostRow(t, "2024-2025", StatisticsStage.ALL_RESPONDENTS, "schaal", "sa");
        near(19.5, t, "statistic", sa);
        near(1.7919573407620815, t, "z", sa);
        near(0.07313979965890892, t, "p", sa);
        assertEquals(PMethodText.dutch(PMethod.NORMAL_CONTINUITY), t.stringColumn("p_method").get(sa));
        String text = String.join("\n", StatisticsMethods.paragraphs(continuity, CONTINUITY));
        assertTrue(text.contains("met continuïteitscorrectie (optie continuity_correction: aan)"), text);
        assertTrue(text.contains("wilcox.test(exact = NULL, correct = TRUE)"), text);
        String plain = String.join("\n", StatisticsMethods.paragraphs(named, OptionsConfig.DEFAULT));
        assertTrue(plain.contains("zonder continuïteitscorrectie (optie continuity_correction: uit)"), plain);
        // exact_p is on by default (R's exact = NULL): the text counts the exact tests of each table.
        Table pp = StatisticsTables.prepost(named);
        long tested = pp.stringColumn("p_method").asList().stream().filter(m -> m != null && !m.isEmpty()).count();
        long exact = pp.stringColumn("p_method").asList().stream().filter(PMethodText.dutch(PMethod.EXACT)::equals).count();
        assertTrue(plain.contains("(optie exact_p: aan; " + exact + " van de " + tested + " toetsen in deze tabel)"), plain);
        assertTrue(plain.contains("wilcox.test(exact = NULL, correct = FALSE)"), plain);
        Table g = StatisticsTables.groups(named);
        long mwExact = 0, mw = 0;
        for (int i = 0; i < g.rowCount(); i++) {
            if (!"mann-whitney".equals(g.stringColumn("test").get(i)) || g.stringColumn("p_method").isMissing(i)) continue;
            mw++;
            if (PMethodText.dutch(PMethod.EXACT).equals(g.stringColumn("p_method").get(i))) mwExact++;
        }
        assertTrue(mwExact > 0, "the fixture has Mann-Whitney tests without ties");
        assertTrue(plain.contains("De p-waarden van de Mann-Whitney-toetsen zijn tweezijdig. Een exacte p-waarde is gebruikt"
                + " waar R dat standaard ook doet: zonder knopen en nulverschillen en bij minder dan 50 waarnemingen (optie"
                + " exact_p: aan; " + mwExact + " van de " + mw + " toetsen in deze tabel)."), plain);
    }

    /**
     * Anonymous waves cannot be linked: Mann-Whitney on all 7 + 7 scale scores, x = nameting.
     * scipy mannwhitneyu(post, pre): U 34.5, p 0.20034450727201136; rank-biserial 2U/49 − 1 =
     * 0.40816326530612246; HL (median of all post − pre) 1; medians of all scores 8/3 and 3.5.
     * a1: 7 + 6 scores, U 27, p 0.3800044447503502.
     */
    @Test
    void anonymousWavesSwitchToMannWhitney() {
        Table t = StatisticsTables.prepost(anonymous);
        int sa = prepostRow(t, "2024-2025", StatisticsStage.ALL_RESPONDENTS, "schaal", "sa");
        assertEquals("independent", t.stringColumn("design").get(sa));
        assertEquals("anonieme metingen: niet te koppelen", t.stringColumn("design_reason").get(sa));
        assertEquals(7, t.intColumn("n_pre").getInt(sa));
        assertEquals(7, t.intColumn("n_post").getInt(sa));
        assertTrue(t.intColumn("n_pairs").isMissing(sa));
        assertEquals(0, t.intColumn("n_linked").getInt(sa));
        assertEquals(14, t.intColumn("n_unlinked").getInt(sa));
        near(34.5, t, "statistic", sa);
        near(0.20034450727201136, t, "p", sa);
        near(0.40816326530612246, t, "rank_biserial", sa);
        near(1.0, t, "hodges_lehmann", sa);
        near(8.0 / 3, t, "median_pre", sa);
        near(3.5, t, "median_post", sa);
        // effectsize's independent-samples SE, evaluated in hodges_lehmann_reference.R
        near(-0.19033254533462746, t, "rank_biserial_lower", sa);
        near(0.78546968522557448, t, "rank_biserial_upper", sa);
        assertTrue(t.intColumn("n_zero_differences").isMissing(sa));
        assertTrue(t.doubleColumn("z").getDouble(sa) > 0);
        int a1 = prepostRow(t, "2024-2025", StatisticsStage.ALL_RESPONDENTS, "item", "a1");
        assertEquals(6, t.intColumn("n_post").getInt(a1));
        near(27, t, "statistic", a1);
        near(0.3800044447503502, t, "p", a1);
        String text = String.join("\n", StatisticsMethods.paragraphs(anonymous, OptionsConfig.DEFAULT));
        assertTrue(text.contains("Mann-Whitney U-toets voor onafhankelijke steekproeven"), text);
        assertTrue(text.contains("anonieme metingen: niet te koppelen"), text);
        assertFalse(text.contains("Wilcoxon-rangtekentoets"), text);
    }

    // ------------------------------------------------------------------ groups

    /**
     * sa, 2024-2025 voormeting, by location: L1 = r1, r2, r7; L2 = r3, r4; L3 = r5, r6.
     * scipy kruskal: H 1.607142857142854, p 0.44772708002679074; epsilon² = H/((49 − 1)/8);
     * Dunn (written out, tie-corrected) with Holm over the 3 pairs; Holm of the KW rows over
     * sa, sb, sc: 0.5521752194816075. The Dunn rows agree with R as well (stage_exact_reference.R,
     * Dunn's formula in base R with p.adjust(holm); kruskal.test H 1.6071428571428577):
     * L1–L3 z −1.2677313820927749, p 0.20489389381637854, Holm 0.6146816814491356;
     * L1–L2 z −0.50709255283710997, Holm 0.9749065807280699; L2–L3 z −0.69436507482941356,
     * p 0.48745329036403495, Holm 0.9749065807280699.
     */
    @Test
    void kruskalWallisAndDunnForThreeLocations() {
        Table t = StatisticsTables.groups(named);
        int kw = row(t, "scale_or_item", "sa", "grouping", "locatie", "wave", "voormeting", "test", "kruskal-wallis");
        assertEquals(StatisticsStage.ALL_GROUPS, t.stringColumn("group_a").get(kw));
        assertEquals(7, t.intColumn("n_a").getInt(kw));
        assertEquals(2, t.intColumn("df").getInt(kw));
        near(1.607142857142854, t, "H", kw);
        near(0.44772708002679074, t, "p", kw);
        near(0.26785714285714235, t, "epsilon_squared", kw);
        near(0.5521752194816075, t, "p_holm", kw);
        near(0.5213218303513364, t, "p_holm",
                row(t, "scale_or_item", "sb", "grouping", "locatie", "wave", "voormeting", "test", "kruskal-wallis"));

        int l1l3 = row(t, "scale_or_item", "sa", "grouping", "locatie", "wave", "voormeting", "test", "dunn",
                "group_a", "L1", "group_b", "L3");
        assertEquals(3, t.intColumn("n_a").getInt(l1l3));
        assertEquals(2, t.intColumn("n_b").getInt(l1l3));
        near(-1.267731382092775, t, "z", l1l3);
        near(0.20489389381637868, t, "p", l1l3);
        near(0.614681681449136, t, "p_holm", l1l3);
        int l1l2 = row(t, "scale_or_item", "sa", "grouping", "locatie", "wave", "voormeting", "test", "dunn",
                "group_a", "L1", "group_b", "L2");
        near(-0.50709255283711, t, "z", l1l2);
        near(0.9749065807280699, t, "p_holm", l1l2);
        int l2l3 = row(t, "scale_or_item", "sa", "grouping", "locatie", "wave", "voormeting", "test", "dunn",
                "group_a", "L2", "group_b", "L3");
        near(-0.69436507482941356, t, "z", l2l3);
        near(0.48745329036403495, t, "p", l2l3);
        near(0.9749065807280699, t, "p_holm", l2l3);
    }

    /**
     * sa, 2024-2025 voormeting, by group: ervaren (first by name) = r3, r5, r6; nieuw = r1, r2,
     * r4, r7. No ties, 3 + 4 values: with exact_p on (the default) p is exact, as R's default
     * wilcox.test(ervaren, nieuw): W 11, p 0.11428571428571428 (= 8/35), HL 4/3 with the exact
     * interval [−1/3, 17/6] (stage_exact_reference.R). Normal p would have been 0.07709987174354177
     * (scipy mannwhitneyu, stage_reference.py). Rank-biserial 2·11/12 − 1. sb and sc have ties and
     * stay normal (R: 0.061368829139402191, 0.047678103136021881); Holm over sa, sb, sc:
     * 0.14303430940806564 (R p.adjust).
     */
    @Test
    void mannWhitneyForTwoGroups() {
        Table t = StatisticsTables.groups(named);
        int mw = row(t, "scale_or_item", "sa", "grouping", "groep", "wave", "voormeting");
        assertEquals("mann-whitney", t.stringColumn("test").get(mw));
        assertEquals("ervaren", t.stringColumn("group_a").get(mw));
        assertEquals("nieuw", t.stringColumn("group_b").get(mw));
        assertEquals(3, t.intColumn("n_a").getInt(mw));
        assertEquals(4, t.intColumn("n_b").getInt(mw));
        near(11, t, "U", mw);
        near(0.11428571428571428, t, "p", mw);
        assertEquals(PMethodText.dutch(PMethod.EXACT), t.stringColumn("p_method").get(mw));
        near(-1.0 / 3, t, "hodges_lehmann_lower", mw);
        near(17.0 / 6, t, "hodges_lehmann_upper", mw);
        near(0.061368829139402191, t, "p", row(t, "scale_or_item", "sb", "grouping", "groep", "wave", "voormeting"));
        near(0.047678103136021881, t, "p", row(t, "scale_or_item", "sc", "grouping", "groep", "wave", "voormeting"));
        near(0.8333333333333333, t, "rank_biserial", mw);
        near(4.0 / 3, t, "hodges_lehmann", mw);
        near(0.14303430940806555, t, "p_holm", mw);
        near(0.14303430940806555, t, "p_holm", row(t, "scale_or_item", "sc", "grouping", "groep", "wave", "voormeting"));
        int c2 = row(t, "scale_or_item", "c2", "grouping", "groep", "wave", "voormeting");
        assertEquals("alle waarden zijn gelijk", t.stringColumn("na_reason").get(c2));
        // 2023-2024: r1 and r2 are both nieuw at L1: nothing to compare, no rows.
        for (int i = 0; i < t.rowCount(); i++) assertEquals("2024-2025", t.stringColumn("school_year").get(i));
    }

    // ------------------------------------------------------------------ methods text

    /**
     * Every number in the default-options text, derived by hand from the fixture:
     * reliability rows per wave with respondents have n_rows and n_complete 2 (2023-2024 sb, sc)
     * to 7; alpha 0,91 and 0,99 (sa voormeting, nameting); 7 of the 9 scale × wave rows have no
     * alpha (sb ×3, sc ×3, sa 2023-2024). Pre/post: 3 subsets × 9 measures = 27 paired analyses
     * in 2024-2025 with 2 (a3 within a group) to 6 pairs, 0 to 3 unlinked, 0 to 6 zero
     * differences. Groups: 2 waves × 9 measures Mann-Whitney (18) and Kruskal-Wallis (18), 54
     * Dunn pairs. 50% = min_answered_share. NA rows: reliability 9 (sa 2023-2024; sb, sc × 3
     * waves + alle), pre/post 21 (18 in 2023-2024, c2 × 3 subsets), groups 10 (c2: 2 MW, 2 KW,
     * 6 Dunn) = 40. Fixed numbers of the text: 95(%), 0 (difference), 2014 (Kerby), 1 (formula).
     */
    @Test
    void methodsTextNumbersComeFromTheResults() {
        String text = String.join("\n", StatisticsMethods.paragraphs(named, OptionsConfig.DEFAULT));
        assertTrue(text.contains("2 tot 7 per schaal en meting, van wie 2 tot 7 alle items"), text);
        assertTrue(text.contains("tussen 0,91 en 0,99"), text);
        assertTrue(text.contains("Bij 7 van de 9 combinaties"), text);
        assertTrue(text.contains("(27 analyses, 2 tot 6 paren)"), text);
        assertTrue(text.contains("(0 tot 3 per analyse)"), text);
        assertTrue(text.contains("(0 tot 6 per analyse; optie zero_method: wilcox)"), text);
        assertTrue(text.contains("Mann-Whitney U-toets (Mann & Whitney, 1947) gebruikt (18 toetsen)"), text);
        assertTrue(text.contains("Kruskal-Wallistoets (Kruskal & Wallis, 1952) gebruikt (18 toetsen"), text);
        assertTrue(text.contains("(Dunn, 1964; 54 paren, elk met z, p en de volgens Holm gecorrigeerde p)"), text);
        assertTrue(text.contains("minder dan 50% van de items"), text);
        assertTrue(text.contains("(40 regels)"), text);
        assertTrue(text.contains("zoals R's wilcox.test doet"), text);
        assertFalse(text.contains("Mann-Whitney U-toets voor onafhankelijke steekproeven"), text);

        Set<String> numbers = new TreeSet<>();
        Matcher m = Pattern.compile("[0-9]+(,[0-9]+)?").matcher(text);
        while (m.find()) numbers.add(m.group());
        Set<String> expected = new TreeSet<>(Set.of("0", "1", "2", "3", "6", "7", "9", "18", "27", "40", "50", "54", "95",
                "0,91", "0,99"));
        // the years of the cited methods (Wilcoxon 1945 ... Kerby 2014)
        expected.addAll(Set.of("1945", "1947", "1951", "1952", "1963", "1964", "1965", "1979", "2014"));
        // exact and tested counts per table, counted here from the tables' p_method
        expected.addAll(pCounts(StatisticsTables.prepost(named), null));
        expected.addAll(pCounts(StatisticsTables.groups(named), "mann-whitney"));
        assertEquals(expected, numbers);
    }

    /** "exact", "tested" and "tested − exact" of a table (rows of one test, or all rows with a p_method). */
    private static Set<String> pCounts(Table t, String test) {
        int tested = 0, exact = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            if (test != null && !test.equals(t.stringColumn("test").get(i))) continue;
            if (t.stringColumn("p_method").isMissing(i)) continue;
            tested++;
            if (PMethodText.dutch(PMethod.EXACT).equals(t.stringColumn("p_method").get(i))) exact++;
        }
        Set<String> out = new TreeSet<>(Set.of(String.valueOf(exact), String.valueOf(tested)));
        if (exact < tested && exact > 0) out.add(String.valueOf(tested - exact));
        return out;
    }

    // ------------------------------------------------------------------ figures

    /** 2023-2024 has one wave (no pre/post chart) and no computable alpha (no reliability chart). */
    @Test
    void figuresPerSchoolYear() {
        List<Figure> figures = StatisticsFigures.build(named, StageFixture.CODEBOOK, OptionsConfig.DEFAULT.preWave(), OptionsConfig.DEFAULT.postWave());
        assertEquals(List.of("prepost_inw_2024-2025", "betrouwbaarheid_inw_2024-2025"),
                figures.stream().map(Figure::id).toList());
        assertEquals(StatisticsFigures.SHEET_PREPOST, figures.get(0).sheetTitle());
        assertEquals(StatisticsFigures.SHEET_RELIABILITY, figures.get(1).sheetTitle());
        for (Figure f : figures) {
            // Rendered for a look: target/test-figures/<id>.png
            ChartPng.write(f.chart(), Path.of("target", "test-figures", f.id() + ".png"), f.width(), f.height(), 1);
            assertTrue(ChartPng.toBytes(f.chart(), f.width(), f.height(), 1).length > 10_000);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static int prepostRow(Table t, String year, String subset, String level, String measure) {
        return row(t, "school_year", year, "subset", subset, "level", level, "scale_or_item", measure);
    }

    /** The one row whose string columns have the given values (pairs of column, value). */
    private static int row(Table t, String... columnValues) {
        int found = -1;
        for (int i = 0; i < t.rowCount(); i++) {
            boolean match = true;
            for (int c = 0; c < columnValues.length && match; c += 2) {
                Column<?> col = t.column(columnValues[c]);
                match = !col.isMissing(i) && columnValues[c + 1].equals(col.getString(i));
            }
            if (match) {
                assertEquals(-1, found, "more than one row for " + List.of(columnValues));
                found = i;
            }
        }
        assertTrue(found >= 0, "no row for " + List.of(columnValues));
        return found;
    }

    private static void near(double expected, Table t, String column, int row) {
        double actual = t.doubleColumn(column).getDouble(row);
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), column + " row " + row);
    }
}
