package nl.samenkracht.trust;

import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SurveyData;
import nl.samenkracht.testing.CliRun;
import nl.samenkracht.testing.LeakScanner;
import nl.samenkracht.testing.SharedSpark;
import nl.samenkracht.testing.StudyFixture;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A failed run leaves the previous reports exactly as they were, and privacy.include_free_text:
 * false keeps open answers out of everything. Runs a small study through the command line
 * (Main.execute), which reuses the suite's SparkSession and must leave it running.
 */
class SafeOutputTest {
    private static final String OPEN_TEXT = "Mijn buddy Jan hielp veel";

    @TempDir
    Path dir;

    private static String rows() {
        return SurveyCorpus.csv(SurveyCorpus.HEADER,
                "a@x.nl,Akker,Eens,Oneens," + OPEN_TEXT,
                "b@x.nl,Akker,Mee eens,Neutraal,",
                "c@x.nl,Beek,Neutraal,Eens,Prima zo",
                "d@x.nl,Beek,Helemaal mee eens,Oneens,",
                "e@x.nl,Akker,Oneens,Eens,",
                "f@x.nl,Beek,Eens,Eens,");
    }

    @Test
    void aFailedRunLeavesThePreviousReportsUntouched() throws Exception {
        Path exports = dir.resolve("exports/antwoorden.csv");
        HostileFiles.text(exports, rows());
        Path studyFile = dir.resolve("study.yaml");
        String yaml = SurveyCorpus.study(dir, "exports/antwoorden.csv").replace("privacy: {", "privacy: {include_free_text: false, ");
        Files.writeString(studyFile, yaml);
        Path out = dir.resolve("uitvoer");

        CliRun first = CliRun.of("run", studyFile.toString(), "--out", out.toString());
        assertEquals(0, first.exitCode(), first.all());
        assertFalse(SharedSpark.get().sparkContext().isStopped(), "the command did not stop a session it did not create");
        Path run = out.resolve("corpus/2024-2025");
        Map<String, String> before = hashes(run);
        assertTrue(before.containsKey("run.json") && before.containsKey("onderzoek.xlsx") && before.size() > 10, before.keySet().toString());

        // include_free_text: false — no open-answers sheet, and no open answer anywhere in the output
        try (Workbook wb = WorkbookFactory.create(run.resolve("onderzoek.xlsx").toFile(), null, true)) {
            assertNull(wb.getSheet("Open antwoorden"));
        }
        List<LeakScanner.Hit> hits = new LeakScanner(List.of(OPEN_TEXT, "Prima zo"), SharedSpark.get()).scan(run);
        assertEquals(List.of(), hits, LeakScanner.describe(hits));
        assertTrue(Files.readString(run.resolve("run.json")).contains("\"include_free_text\" : false"));

        // 1. the input breaks (mixed encodings: refused while reading, after the staging folder exists)
        Files.write(exports, (rows() + "g@x.nl,Beek,Eens,Eens,Zoë\n").getBytes(StandardCharsets.UTF_8));
        Files.write(exports, concat(Files.readAllBytes(exports), "h@x.nl,Beek,Eens,Eens,Daniël\n".getBytes(Charset.forName("windows-1252"))));
        CliRun broken = CliRun.of("run", studyFile.toString(), "--out", out.toString());
        assertEquals(1, broken.exitCode(), broken.all());
        assertTrue(broken.err().contains("mixed character encodings"), broken.all());
        assertEquals(before, hashes(run), "the previous reports are unchanged");
        assertEquals(List.of("2024-2025"), names(out.resolve("corpus")), "no half-written or staging folder left");

        // 2. the config breaks
        Files.writeString(studyFile, yaml.replace("instruments:", "instrumenten:"));
        CliRun badConfig = CliRun.of("run", studyFile.toString(), "--out", out.toString());
        assertEquals(2, badConfig.exitCode(), badConfig.all());
        assertEquals(before, hashes(run));
        assertEquals(List.of("2024-2025"), names(out.resolve("corpus")));
        assertFalse(SharedSpark.get().sparkContext().isStopped());
    }

    @Test
    void includeFreeTextFalseDropsOpenAnswersOnIngestAndKeepsTheAccounting() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        fx.file("exports/antwoorden.csv", rows());
        String base = SurveyCorpus.study(dir, "exports/antwoorden.csv");
        SurveyData with = fx.ingest(fx.study(base));
        SurveyData without = fx.ingest(fx.study(base.replace("privacy: {", "privacy: {include_free_text: false, ")));

        // Read off the input above: two of six rows have an open answer.
        assertEquals(List.of("Mijn buddy Jan hielp veel", "Prima zo"),
                with.openAnswers().orderBy("row").select("text").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        assertEquals(0, without.openAnswers().count(), "no text of open items is kept");
        assertFalse(without.labelledResponses().collectAsList().toString().contains("buddy Jan"));
        // open items never become (empty) Likert responses, with or without their text
        assertEquals(0, with.labelledResponses().filter(col("item").equalTo("o")).count());
        assertEquals(0, without.labelledResponses().filter(col("item").equalTo("o")).count());
        // the privacy setting does not change which rows are accepted
        RowAccount a = with.accounts().get(0), b = without.accounts().get(0);
        assertEquals(List.of(6L, 6L, 0L), List.of(a.read(), a.accepted(), a.rejected()));
        assertEquals(List.of(a.read(), a.accepted(), a.rejected()), List.of(b.read(), b.accepted(), b.rejected()));
        assertEquals(with.responses().count(), without.responses().count());
        Study s = fx.study(base);
        assertTrue(s.config().privacy().includeFreeText(), "the default is true");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Relative path → SHA-256 of every file under a folder. */
    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList())
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
        }
        return out;
    }
}
