package nl.samenkracht.coverage;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.report.figures.CoverageFigures;
import nl.samenkracht.report.tables.CoverageTables;
import nl.samenkracht.report.tables.InterviewTables;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.ScaleScores;
import nl.samenkracht.indicators.interviews.InterviewResults;
import nl.samenkracht.indicators.interviews.InterviewStage;
import nl.samenkracht.ingest.survey.SurveyData;
import nl.samenkracht.ingest.survey.SurveyIngest;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.chart.ChartPng;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.model.Tables;
import nl.samenkracht.testing.SharedSpark;
import nl.samenkracht.testing.StudyFixture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The sample study of data-samples/ end to end through the interview and coverage stages. */
class SampleCoverageTest {
    static final String Y = "2024-2025";
    static Study study;
    static InterviewResults interviews;
    static CoverageResults coverage;
    /** Figures and tables are also written here, to look at. */
    static final Path OUT = Path.of("target", "coverage-sample");

    @BeforeAll
    static void runSample() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("data-samples"))) root = root.getParent();
        study = StudyLoader.load(root.resolve("data-samples/study.yaml"));
        StudyConfig c = study.config();
        SparkSession spark = SharedSpark.get();
        Map<String, AnswerScale> scales = AnswerScales.of(c);
        Codebook codebook = Codebook.of(c, scales);
        Path work = Files.createTempDirectory("sk-sample-coverage");
        SurveyData surveys = new SurveyIngest(spark, study, scales, StudyFixture.TEST_KEY, work, c.locations()).ingest();
        Dataset<Row> responses = surveys.responses().cache();
        Dataset<Row> scores = ScaleScores.of(nl.samenkracht.indicators.Submissions.of(responses), codebook, c.options().minAnsweredShare());
        List<nl.samenkracht.indicators.DescriptiveRow> descriptives = Descriptives.compute(spark, scores, responses, codebook);
        interviews = InterviewStage.run(spark, study, c.interviews(), CoverageStage.waves(study, c.coverage()), StudyFixture.TEST_KEY);
        coverage = CoverageStage.compute(study, c.coverage(), codebook, descriptives, interviews.evidence(), List.of());
        // what the pipeline will do with them: rejects in one table, segments as Parquet by school year
        assertEquals(1, surveys.rejects().unionByName(interviews.rejects()).filter("source = 'interviews'").count());
        Path parquet = work.resolve("interview_segments");
        interviews.segments().write().mode("overwrite").partitionBy("school_year").parquet(parquet.toString());
        assertEquals(108, spark.read().parquet(parquet.toString()).count()); // 109 rows, one image segment rejected
        responses.unpersist();
        Files.createDirectories(OUT);
        for (Figure f : CoverageFigures.build(coverage)) ChartPng.write(f.chart(), OUT.resolve(f.id() + ".png"), f.width(), f.height());
        for (ReportTable t : CoverageTables.reportTables(coverage)) t.table().write().csv(OUT.resolve(t.id() + ".csv").toString());
        for (ReportTable t : InterviewTables.reportTables(interviews)) t.table().write().csv(OUT.resolve(t.id() + ".csv").toString());
    }

    static Map<String, String> statuses(String year, String location) {
        Table t = CoverageTables.coverage(coverage);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < t.rowCount(); i++)
            if (t.stringColumn("school_year").get(i).equals(year) && t.stringColumn("location").get(i).equals(location))
                out.put(t.stringColumn("factor").get(i), t.stringColumn("status").get(i));
        return out;
    }

    @Test
    void interviewCountsFollowTheGeneratorsPlan() {
        Table codes = InterviewTables.codes(interviews);
        int checked = 0;
        for (int i = 0; i < codes.rowCount(); i++) {
            if (!codes.stringColumn("role").get(i).equals(InterviewStage.ALL_ROLES) || codes.intColumn("level").get(i) != 2) continue;
            int[] plan = nl.samenkracht.generate.InterviewSampleGenerator.PLAN.get(codes.stringColumn("code").get(i));
            int wave = codes.stringColumn("wave").get(i).equals("voormeting") ? 0 : 1;
            assertEquals(plan[wave], codes.longColumn("respondents").get(i), codes.stringColumn("code").get(i));
            assertEquals(12, codes.longColumn("interviewed").get(i));
            checked++;
        }
        assertEquals(16, checked);
        // the one image segment is rejected, everything else accepted
        assertEquals(1, interviews.accounts().size());
        assertEquals(Map.of(RejectReason.NO_TEXT, 1L), interviews.accounts().get(0).rejectsByReason());
    }

    /**
     * Nameting 2024-2025, all locations, 12 new colleagues interviewed (plan in InterviewSampleGenerator):
     * houvast 3/12 = 0.25 ≤ 0.3 and "in het diepe gegooid" 2/12 ≤ 0.3 → op orde; orde 5/12 = 0.42 > 0.3 →
     * aandacht; structuur 2/12 → op orde; weten wie te vragen 1/12 → op orde; voorbeeld 4/12 = 0.33 > 0.3 →
     * aandacht; meedraaien 6/12 → aandacht; buddy 10/12 = 0.83 ≥ 0.6 → op orde. Kotter phases from the
     * Kotter log (logs/kotter_inwerkprotocol.csv, reference 2025-06-30): phase 1 started in October 2023 → op
     * orde; NJI competences have no evidence rule → geen gegevens, and are not counted.
     */
    @Test
    void sampleCoverageShowsAllThreeStatuses() {
        Map<String, String> s = statuses(Y, EvidenceValue.ALL_LOCATIONS);
        assertEquals("op orde", s.get("behoefte-houvast"));
        assertEquals("aandacht", s.get("behoefte-orde"));
        assertEquals("op orde", s.get("behoefte-structuur"));
        assertEquals("op orde", s.get("behoefte-weten-wie-te-vragen"));
        assertEquals("aandacht", s.get("behoefte-voorbeeld"));
        assertEquals("aandacht", s.get("behoefte-meedraaien"));
        assertEquals("op orde", s.get("buddy-systeem"));
        // Kotter log up to 2025-06-30: phases 1–6 have activities, 7 starts 1-9-2025 (after the reference date).
        assertEquals("op orde", s.get("kotter-1"));
        assertEquals("op orde", s.get("kotter-6"), "the highest phase started is bezig (0.5): started counts");
        assertEquals("aandacht", s.get("kotter-7"));
        assertEquals("aandacht", statuses("2023-2024", EvidenceValue.ALL_LOCATIONS).get("kotter-5"),
                "at the end of 2023-2024 (31 July 2024) phase 5 had not started (first activity 26-8-2024)");
        assertEquals("geen gegevens", s.get("nji-7"));
        // 2023-2024 had no interviews
        assertEquals("geen gegevens", statuses("2023-2024", EvidenceValue.ALL_LOCATIONS).get("behoefte-houvast"));
        assertTrue(coverage.warnings().isEmpty(), coverage.warnings().toString());
    }

    /**
     * Survey evidence = share (helemaal) eens of the new colleagues' nameting scale scores, all locations.
     * Counted independently by jobs/src/test/python/share_agree_sample.py (python3, the exports read with
     * zipfile/csv): 2023-2024 continuiteit 8/18, duidelijkheid 0/18, structuur 0/18; 2024-2025 5/19, 7/19,
     * 9/19. With survey_target 0.4: 8/18 = 0.44 and 9/19 = 0.47 are op orde, the others aandacht.
     */
    @Test
    void surveyEvidenceIsTheNewColleaguesShareAgreeInTheNameting() {
        Table t = CoverageTables.coverage(coverage);
        Map<String, double[]> expected = Map.of(
                "2023-2024/leeromgeving-continuiteit", new double[]{8, 18}, "2023-2024/leeromgeving-duidelijkheid", new double[]{0, 18},
                "2023-2024/leeromgeving-structuur", new double[]{0, 18}, "2024-2025/leeromgeving-continuiteit", new double[]{5, 19},
                "2024-2025/leeromgeving-duidelijkheid", new double[]{7, 19}, "2024-2025/leeromgeving-structuur", new double[]{9, 19});
        int checked = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            String key = t.stringColumn("school_year").get(i) + "/" + t.stringColumn("factor").get(i);
            if (!expected.containsKey(key) || !t.stringColumn("location").get(i).equals(EvidenceValue.ALL_LOCATIONS)) continue;
            double[] e = expected.get(key);
            assertEquals(e[0] / e[1], t.doubleColumn("value").get(i), 1e-12, key);
            assertEquals(0.4, t.doubleColumn("target").get(i), 0.0, key);
            assertEquals(e[0] / e[1] >= 0.4 ? "op orde" : "aandacht", t.stringColumn("status").get(i), key);
            checked++;
        }
        assertEquals(6, checked);
        Table d = CoverageTables.details(coverage);
        for (int i = 0; i < d.rowCount(); i++)
            if (d.stringColumn("ref").get(i).equals("inwerken/structuur") && d.stringColumn("school_year").get(i).equals(Y)
                    && d.stringColumn("location").get(i).equals(EvidenceValue.ALL_LOCATIONS))
                assertEquals(19, d.intColumn("n").get(i));
    }

    @Test
    void kotterProgressOnTheReferenceDate() {
        Table k = CoverageTables.kotter(coverage);
        assertNotNull(k);
        // log: phases 1-5 before 2025-06-30, phase 6 in January and June 2025, phase 7 planned for September 2025
        assertEquals(List.of("gedaan", "gedaan", "gedaan", "gedaan", "gedaan", "bezig", "nog niet gestart", "nog niet gestart"),
                k.stringColumn("status").asList());
        assertEquals(List.of(3, 2, 3, 2, 2, 2, 0, 0), k.intColumn("activities").asList());
    }
}
