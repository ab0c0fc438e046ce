package nl.samenkracht.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenkracht.run.OutputFolder;
import nl.samenkracht.testing.LeakScanner;
import nl.samenkracht.testing.RepoPaths;
import nl.samenkracht.testing.SampleIdentifiers;
import nl.samenkracht.testing.SampleRun;
import nl.samenkracht.testing.SharedSpark;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The sample study, run twice through the real pipeline (shared SparkSession, fixed test key,
 * output in temporary folders): no name or e-mail address of the inputs reaches any output, the
 * rows add up per file, and the same inputs give the same tables byte for byte. The first run is
 * the suite's shared one ({@link SampleRun}), the second is made here (the pipeline is the
 * expensive part).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleStudyTrustTest {
    private Path tmp;
    private Path runA;
    private Path runB;
    private Set<String> identifiers;

    /** Run A is the suite's shared sample run (also read by SampleStudyPipelineTest); run B is made here, with the same key. */
    @BeforeAll
    void runTwice() throws Exception {
        tmp = Files.createTempDirectory("samenkracht-trust-");
        runA = SampleRun.get().dir();
        runB = SampleRun.into(tmp.resolve("b")).dir();
        identifiers = SampleIdentifiers.in(RepoPaths.root().resolve("data-samples/exports"));
    }

    @AfterAll
    void cleanUp() throws Exception {
        OutputFolder.deleteTree(tmp);
    }

    @Test
    void noNameOrEmailAddressOfTheInputsReachesAnyOutput() throws Exception {
        // The needles, read from the exports by other code than the pipeline's: 4 files × ~65 rows,
        // each with an address and its local part, and the MS Forms "Naam" column (3 files).
        assertTrue(identifiers.contains("anouk.dekker@kompasroos.nl"), "Google Forms E-mailadres column was read");
        assertTrue(identifiers.contains("anouk.dekker"), "local parts are searched too");
        assertTrue(identifiers.contains("Lieke.Vanderlinden@Kompasroos.nl"), "the blemished spelling is a needle as well");
        long names = identifiers.stream().filter(s -> !s.contains("@") && s.contains(" ")).count();
        assertTrue(names >= 70, "MS Forms Naam column read: " + names + " full names");
        assertTrue(identifiers.size() > 250, "needles: " + identifiers.size());

        LeakScanner scanner = new LeakScanner(identifiers, SharedSpark.get());
        List<LeakScanner.Hit> hits = scanner.scan(runA);
        assertEquals(List.of(), hits, LeakScanner.describe(hits));
        // Not vacuous: the scan did open the workbook's parts and the Parquet data (see the planted-leak test too).
        assertTrue(Files.exists(runA.resolve("onderzoek.xlsx")) && Files.isDirectory(runA.resolve("data/responses")));
    }

    @Test
    void theScannerFindsALeakPlantedInAnyKindOfOutput() throws Exception {
        Path copy = tmp.resolve("planted");
        copyTree(runA, copy);
        String email = "bas.jansen@kompasroos.nl";
        String name = identifiers.stream().filter(s -> !s.contains("@") && s.contains(" ")).sorted().findFirst().orElseThrow();
        assertTrue(identifiers.contains(email));
        // 1. a CSV table with one e-mail address in a cell
        Files.writeString(copy.resolve("tables/planted.csv"), "respondent,value\n" + email + ",3\n");
        // 2. a workbook (zip of compressed XML: invisible to a plain byte search) with a name in a cell
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(copy.resolve("planted.xlsx"))) {
            wb.createSheet("x").createRow(0).createCell(0).setCellValue("Opmerking over " + name);
            wb.write(o);
        }
        // 3. a Parquet dataset with a name in a row
        StructType schema = new StructType().add("who", DataTypes.StringType);
        SharedSpark.get().createDataFrame(List.of(RowFactory.create(name.toUpperCase())), schema)
                .write().parquet(copy.resolve("data/planted").toString());

        List<LeakScanner.Hit> hits = new LeakScanner(identifiers, SharedSpark.get()).scan(copy);
        Set<String> where = new java.util.TreeSet<>();
        for (LeakScanner.Hit h : hits) where.add(copy.relativize(h.file()) + " : " + h.needle());
        assertTrue(where.contains("tables/planted.csv : " + email), where.toString());
        assertTrue(where.contains("tables/planted.csv : bas.jansen"), "the local part alone is a hit: " + where);
        assertTrue(where.contains("planted.xlsx : " + name.toLowerCase()), where.toString());
        assertTrue(where.contains("data/planted : " + name.toLowerCase()), "Parquet read back: " + where);
        // and nothing else: only the planted files are reported
        for (LeakScanner.Hit h : hits) assertTrue(copy.relativize(h.file()).toString().contains("planted"), h.toString());
    }

    @Test
    void everyRowOfEveryFileIsAccountedFor() throws Exception {
        // Data rows per export, counted here with POI / a CSV parser (header excluded; the Google Forms
        // CSV has a multi-line answer, so records are counted, not lines). README: 64, 64, 66, 65.
        Map<String, Long> expectedRead = Map.of(
                "exports/inwerken_2023-2024_voormeting_msforms.xlsx", 64L,
                "exports/inwerken_2023-2024_nameting_msforms.xlsx", 64L,
                "exports/inwerken_2024-2025_voormeting_msforms.xlsx", 66L,
                "exports/inwerken_2024-2025_nameting_googleforms.csv", 65L);
        for (var e : expectedRead.entrySet())
            assertEquals(e.getValue(), DataRows.count(RepoPaths.root().resolve("data-samples").resolve(e.getKey())), e.getKey());

        Map<?, ?> manifest = new ObjectMapper().readValue(runA.resolve("run.json").toFile(), Map.class);
        List<?> accounting = ((List<?>) manifest.get("row_accounting")).stream()
                .filter(o -> "surveys".equals(((Map<?, ?>) o).get("source"))).toList();
        assertEquals(4, accounting.size());
        Map<String, long[]> byFile = new HashMap<>();
        for (Object o : accounting) {
            Map<?, ?> a = (Map<?, ?>) o;
            long read = ((Number) a.get("read")).longValue(), acc = ((Number) a.get("accepted")).longValue(),
                    rej = ((Number) a.get("rejected")).longValue();
            assertEquals(read, acc + rej, "read = accepted + rejected for " + a.get("file"));
            long byReason = ((Map<?, ?>) a.get("rejected_by_reason")).values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
            assertEquals(rej, byReason, "every reject has a reason: " + a.get("file"));
            byFile.put((String) a.get("file"), new long[]{read, acc, rej});
        }
        for (var e : expectedRead.entrySet()) assertEquals(e.getValue(), byFile.get(e.getKey())[0], e.getKey());
        // README "Blemishes": the only reject is the earlier of one person's two submissions (row 51).
        assertArrayEquals(new long[]{66, 65, 1}, byFile.get("exports/inwerken_2024-2025_voormeting_msforms.xlsx"));

        // The Datakwaliteit sheet of the workbook says the same.
        try (Workbook wb = WorkbookFactory.create(runA.resolve("onderzoek.xlsx").toFile(), null, true)) {
            Sheet dq = wb.getSheet("Datakwaliteit");
            assertNotNull(dq);
            DataFormatter fmt = new DataFormatter();
            int found = 0;
            for (Row r : dq) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(fmt.formatCellValue(c)));
                for (var e : byFile.entrySet()) {
                    int i = cells.indexOf(e.getKey());
                    if (i < 0) continue;
                    List<String> numbers = cells.subList(i + 1, cells.size()).stream().filter(s -> s.matches("\\d+")).limit(3).toList();
                    assertEquals(List.of(String.valueOf(e.getValue()[0]), String.valueOf(e.getValue()[1]), String.valueOf(e.getValue()[2])),
                            numbers, "Datakwaliteit row for " + e.getKey());
                    found++;
                }
            }
            assertEquals(4, found, "one Datakwaliteit row per file");
        }
    }

    @Test
    void theSameInputsGiveTheSameTablesByteForByte() throws Exception {
        List<String> tablesA = list(runA.resolve("tables")), tablesB = list(runB.resolve("tables"));
        assertEquals(tablesA, tablesB);
        assertTrue(tablesA.size() >= 10, tablesA.toString());
        for (String t : tablesA) {
            byte[] a = Files.readAllBytes(runA.resolve("tables").resolve(t)), b = Files.readAllBytes(runB.resolve("tables").resolve(t));
            assertArrayEquals(a, b, "tables/" + t + " differs between two runs on the same inputs:\n" + firstDifference(a, b));
        }
        assertEquals(list(runA.resolve("figures")), list(runB.resolve("figures")));
        // run.json: identical apart from when it ran and how long it took.
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> a = new LinkedHashMap<>(json.readValue(runA.resolve("run.json").toFile(), Map.class));
        Map<String, Object> b = new LinkedHashMap<>(json.readValue(runB.resolve("run.json").toFile(), Map.class));
        for (String volatileKey : List.of("started_at", "timings_seconds", "step_timings_seconds", "step_cpu_seconds",
                "spark_activity")) {
            assertNotNull(a.remove(volatileKey), volatileKey);
            b.remove(volatileKey);
        }
        assertEquals(a, b);
        // The canonical data hold the same rows (Parquet files themselves carry random part names).
        for (String d : List.of("responses", "scale_scores", "rejects"))
            assertEquals(sortedRows(runA.resolve("data").resolve(d)), sortedRows(runB.resolve("data").resolve(d)), "data/" + d);
    }

    @Test
    void freeTextIsInTheResearcherWorkbookOnly() throws Exception {
        // The sample sets privacy.include_free_text: true. The planted open answer of row 49 of the
        // Google Forms CSV (README "Blemishes") is in the workbook's sheet and in data/open_answers
        // (Parquet keeps the whole text, issue 17), nowhere else: no CSV, no directie or bestuur workbook.
        String planted = "minder \"even snel\" overleg";
        try (Workbook wb = WorkbookFactory.create(runA.resolve("onderzoek.xlsx").toFile(), null, true)) {
            Sheet open = wb.getSheet("Open antwoorden");
            assertNotNull(open, "sheet Open antwoorden");
            DataFormatter fmt = new DataFormatter();
            boolean seen = false;
            for (Row r : open) for (var c : r) seen |= fmt.formatCellValue(c).contains(planted);
            assertTrue(seen);
        }
        assertFalse(Files.exists(runA.resolve("tables/open_answers.csv")));
        assertTrue(Files.isDirectory(runA.resolve("data/open_answers")), "the whole open answers are kept in Parquet");
        List<LeakScanner.Hit> elsewhere = new LeakScanner(List.of(planted), SharedSpark.get()).scan(runA).stream()
                .filter(h -> !h.file().getFileName().toString().equals("onderzoek.xlsx"))
                .filter(h -> !h.file().startsWith(runA.resolve("data/open_answers"))).toList();
        assertEquals(List.of(), elsewhere, "free text outside the researcher workbook");
    }

    private static List<String> sortedRows(Path dataset) {
        return SharedSpark.get().read().parquet(dataset.toString()).collectAsList().stream()
                .map(r -> r.mkString("|")).sorted().toList();
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String firstDifference(byte[] a, byte[] b) {
        String[] la = new String(a, StandardCharsets.UTF_8).split("\n"), lb = new String(b, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < Math.min(la.length, lb.length); i++)
            if (!la[i].equals(lb[i])) return "line " + (i + 1) + ":\n  " + la[i] + "\n  " + lb[i];
        return "lengths " + la.length + " vs " + lb.length + " lines";
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
