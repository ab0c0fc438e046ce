package nl.samenkracht.trust;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.testing.RepoPaths;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A seeded mutation fuzzer over the CSV and xlsx front ends. Each iteration takes one of the sample
 * exports (the Google Forms CSV, the Microsoft Forms workbook, the parent-contact log), applies one
 * to three random mutations (bytes flipped to NUL, quotes, delimiters or line breaks; lines deleted,
 * repeated, cut, or re-encoded; `;;;;` rows, a repeated header, a `sep=;` line, a 100,000-character
 * field, zero-width characters; in a workbook: cells turned into numbers, dates, formulas, errors,
 * huge text, empty rows, a hidden stale sheet in front; or the zip itself damaged) and reads it
 * through the front end on the suite's SparkSession.
 *
 * <p>The properties: every read ends within its timeout (never hangs) in the outcome the command
 * line maps to exit 0 (read), 1 (InputException) or 2 (ConfigException) — never another exception
 * (exit 4); on exit 0 every file's read = accepted + rejected, and no more rows are read than the
 * file has records; no message quotes an identifier from the file (an e-mail address), a Java
 * exception name or a stack frame.
 *
 * <p>Bounded: at most {@link #ITERATIONS} seeds, and no new one after {@link #BUDGET_SECONDS};
 * the seeds are fixed (seed i = BASE + i), so a failure names its seed and is replayed with
 * -Dfuzz.seed=N. The number run and the time taken are printed.
 */
class FrontEndFuzzTest {
    static final int ITERATIONS = 60;
    static final long BASE = 20261203L;
    static final int BUDGET_SECONDS = Integer.getInteger("fuzz.budget", 60);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    @TempDir
    Path root;

    enum Kind { SURVEY_CSV, SURVEY_XLSX, CONTACTS_CSV }

    @Test
    void mutatedExportsEndInExitZeroOneOrTwoWithAccountingIntact() throws Exception {
        Path samples = RepoPaths.root().resolve("data-samples");
        byte[] csvSeed = Files.readAllBytes(samples.resolve("exports/inwerken_2024-2025_nameting_googleforms.csv"));
        byte[] logSeed = firstLines(Files.readAllBytes(samples.resolve("exports/contacten_ouders.csv")), 40);
        Path xlsxSeed = samples.resolve("exports/inwerken_2024-2025_voormeting_msforms.xlsx");
        List<String> identifiers = new ArrayList<>();
        Matcher m = EMAIL.matcher(new String(csvSeed, StandardCharsets.UTF_8));
        while (m.find()) identifiers.add(m.group());
        assertTrue(identifiers.size() > 10, "the seed has e-mail addresses to watch for");

        String only = System.getProperty("fuzz.seed");
        // Warm-up, untimed: the unmutated exports once each (Spark, JIT). The per-read timeout is then
        // 20 times the slowest of them, at least 60 s: a hang is caught however loaded the machine is.
        long slowest = 0;
        for (Kind kind : Kind.values()) {
            Path dir = Files.createDirectories(root.resolve("seed-unmutated-" + kind));
            Path file = switch (kind) {
                case SURVEY_CSV -> write(dir.resolve("exports/antwoorden.csv"), csvSeed);
                case CONTACTS_CSV -> write(dir.resolve("exports/contacten.csv"), logSeed);
                case SURVEY_XLSX -> write(dir.resolve("exports/antwoorden.xlsx"), Files.readAllBytes(xlsxSeed));
            };
            Files.writeString(dir.resolve("study.yaml"), study(dir, kind, file));
            long w = System.nanoTime();
            List<RowAccount> clean = FrontEnds.read(dir.resolve("study.yaml"), kind == Kind.CONTACTS_CSV);
            slowest = Math.max(slowest, System.nanoTime() - w);
            assertTrue(clean.stream().allMatch(a -> a.read() > 0 && a.rejected() < a.read()), kind + " unmutated reads: " + clean);
        }
        final long timeoutSeconds = Math.max(60, 20 * slowest / 1_000_000_000L);
        long t0 = System.nanoTime();
        int ran = 0;
        int[] outcomes = new int[3];
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < ITERATIONS; i++) {
                long seed = only != null ? Long.parseLong(only) : BASE + i;
                if (only == null && (System.nanoTime() - t0) / 1e9 > BUDGET_SECONDS) break;
                Random rnd = new Random(seed);
                Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
                Path dir = Files.createDirectories(root.resolve("seed-" + seed));
                List<String> applied = new ArrayList<>();
                Path file = switch (kind) {
                    case SURVEY_CSV -> write(dir.resolve("exports/antwoorden.csv"), mutateText(csvSeed, rnd, applied, ','));
                    case CONTACTS_CSV -> write(dir.resolve("exports/contacten.csv"), mutateText(logSeed, rnd, applied, ';'));
                    case SURVEY_XLSX -> mutateXlsx(xlsxSeed, dir.resolve("exports/antwoorden.xlsx"), rnd, applied);
                };
                Files.writeString(dir.resolve("study.yaml"), study(dir, kind, file));
                String label = "seed " + seed + " (" + kind + ": " + String.join(", ", applied) + ")";
                Future<List<RowAccount>> f = pool.submit(() -> FrontEnds.read(dir.resolve("study.yaml"), kind == Kind.CONTACTS_CSV));
                int exit;
                String message = null;
                List<RowAccount> accounts = null;
                try {
                    accounts = f.get(timeoutSeconds, TimeUnit.SECONDS);
                    exit = 0;
                } catch (TimeoutException e) {
                    f.cancel(true);
                    nl.samenkracht.testing.SharedSpark.get().sparkContext().cancelAllJobs();
                    fail(label + ": no outcome within " + timeoutSeconds + " s (hangs)");
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = known(e.getCause());
                    if (cause instanceof InputException) exit = 1;
                    else if (cause instanceof ConfigException) exit = 2;
                    else throw new AssertionError(label + ": would be an internal error (exit 4)", e.getCause());
                    message = cause.getMessage();
                }
                outcomes[exit]++;
                ran++;
                if (message != null) {
                    for (String id : identifiers) assertFalse(message.contains(id), label + ": the message quotes '" + id + "': " + message);
                    assertFalse(message.contains("Exception") || message.contains("\tat "), label + ": " + message);
                }
                if (accounts != null) {
                    long records = records(file);
                    for (RowAccount a : accounts) {
                        // every record read is accepted, rejected or an incomplete submission (issue 15); skipped rows are apart
                        assertEquals(a.read(), a.accepted() + a.rejected() + a.incomplete(), label + ": " + a);
                        assertTrue(a.accepted() >= 0 && a.rejected() >= 0 && a.incomplete() >= 0 && a.skipped() >= 0
                                && a.cellIssues() >= 0, label + ": " + a);
                    }
                    long read = accounts.stream().mapToLong(RowAccount::read).sum();
                    if (records >= 0) assertTrue(read <= records, label + ": " + read + " rows read from a file of " + records + " records");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "fuzz: %d mutated exports in %.1f s (timeout per read %d s): %d read (exit 0), %d refused (exit 1), %d config (exit 2)%n",
                ran, seconds, timeoutSeconds, outcomes[0], outcomes[1], outcomes[2]);
        assertTrue(ran >= Math.min(5, ITERATIONS) || only != null, "only " + ran + " iterations in " + seconds + " s");
    }

    /** ConfigException/InputException wherever Spark wrapped it, as the command line's error handler finds it. */
    private static Throwable known(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof ConfigException || t instanceof InputException) return t;
        return e;
    }

    // --- the study around the mutated file ------------------------------------------------------------

    private static String study(Path dir, Kind kind, Path file) throws Exception {
        String sample = Files.readString(RepoPaths.sampleStudy());
        String instruments = sample.substring(sample.indexOf("instruments:"), sample.indexOf("surveys:"));
        String rel = dir.relativize(file).toString();
        String head = """
                version: 1
                study: {id: fuzz, name: Fuzz}
                privacy: {key_file: "%s"}
                locations: [Akker, Beek, Duin, Haven]
                """.formatted(dir.resolve(".key/pseudonym.key").toString().replace('\\', '/'));
        return switch (kind) {
            case SURVEY_CSV -> head + instruments + """
                    surveys:
                      - id: s
                        instrument: inwerken
                        files: ["%s"]
                        respondent: E-mailadres
                        wave: {value: nameting}
                        school_year: {from_date: Tijdstempel}
                        location: {column: "Op welke locatie werk je?"}
                    """.formatted(rel);
            case SURVEY_XLSX -> head + instruments + """
                    surveys:
                      - id: s
                        instrument: inwerken
                        files: ["%s"]
                        respondent: E-mail
                        wave: {value: voormeting}
                        school_year: {from_date: Begintijd}
                        location: {column: "Op welke locatie werk je?"}
                    """.formatted(rel);
            case CONTACTS_CSV -> head + """
                    contacts:
                      logs:
                        - id: ouders
                          kind: ouder
                          files: ["%s"]
                          date_format: dd-MM-yyyy
                          columns: {date: Datum, counterpart: Leerling, staff: Medewerker, location: Locatie, class: Klas,
                                    type: Soort contact, channel: Kanaal, tone: Toon}
                          values:
                            type: {"Startgesprek": startgesprek, "10-minutengesprek": tienminutengesprek, "Huisbezoek": huisbezoek,
                                   "Informeel contact": informeel, "Telefoongesprek": telefonisch_contact, "Ouderavond": ouderavond,
                                   "Koffieochtend": koffieochtend, "Inloopochtend": inloop}
                            channel: {"Persoonlijk": mondeling, "Telefonisch": telefoon, "Parro": digitaal, "E-mail": digitaal, "Teams": digitaal, "Brief": schriftelijk}
                            tone: {"Positief": positief, "Neutraal": neutraal, "Zorgen": zorg}
                    """.formatted(rel);
        };
    }

    // --- text mutations -------------------------------------------------------------------------------

    static byte[] mutateText(byte[] seed, Random rnd, List<String> applied, char delimiter) {
        String text = new String(seed, StandardCharsets.UTF_8);
        Charset out = StandardCharsets.UTF_8;
        byte[] prefix = new byte[0];
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
            int at = 1 + rnd.nextInt(Math.max(1, lines.size() - 1));
            String d = String.valueOf(delimiter);
            switch (rnd.nextInt(16)) {
                case 0 -> { applied.add("delete line " + at); if (at < lines.size()) lines.remove(at); }
                case 1 -> { applied.add("repeat line " + at); if (at < lines.size()) lines.add(at, lines.get(at)); }
                case 2 -> { applied.add(";;;; rows"); lines.add(at, d.repeat(8)); lines.add(at, d.repeat(8)); }
                case 3 -> { applied.add("header repeated at " + at); lines.add(at, lines.get(0)); }
                case 4 -> { applied.add("sep= line"); lines.add(0, "sep=" + d); }
                case 5 -> { applied.add("cut at a random byte"); text = text.substring(0, rnd.nextInt(Math.max(1, text.length()))); continue; }
                case 6 -> { applied.add("unbalanced quote"); text = insert(text, rnd, "\""); continue; }
                case 7 -> { applied.add("100,000-character field"); text = insert(text, rnd, "x".repeat(100_000)); continue; }
                case 8 -> { applied.add("NUL byte"); text = insert(text, rnd, "\u0000"); continue; }
                case 9 -> { applied.add("stray delimiters"); text = insert(text, rnd, d + d + d); continue; }
                case 10 -> { applied.add("line breaks inside"); text = insert(text, rnd, rnd.nextBoolean() ? "\r" : "\n"); continue; }
                case 11 -> { applied.add("zero-width and bidi characters"); text = insert(text, rnd, "\u200B\uFEFF\u202E"); continue; }
                case 12 -> { applied.add("Windows-1252"); out = Charset.forName("windows-1252"); }
                case 13 -> { applied.add("UTF-16LE with BOM"); out = StandardCharsets.UTF_16LE; prefix = new byte[]{(byte) 0xFF, (byte) 0xFE}; }
                case 14 -> { applied.add("header cell renamed"); lines.set(0, lines.get(0).replaceFirst("[A-Za-z]{4}", "Xyzw")); }
                default -> { applied.add("empty file"); text = ""; continue; }
            }
            text = String.join("\r\n", lines);
        }
        byte[] body = text.getBytes(out);
        if (out.equals(StandardCharsets.UTF_8) && rnd.nextInt(8) == 0) {
            applied.add("random byte 0x81");
            body = body.clone();
            if (body.length > 0) body[rnd.nextInt(body.length)] = (byte) 0x81;
        }
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    private static String insert(String text, Random rnd, String what) {
        int at = text.isEmpty() ? 0 : rnd.nextInt(text.length());
        return text.substring(0, at) + what + text.substring(at);
    }

    // --- workbook mutations ---------------------------------------------------------------------------

    static Path mutateXlsx(Path seed, Path target, Random rnd, List<String> applied) throws Exception {
        Files.createDirectories(target.getParent());
        if (rnd.nextInt(6) == 0) {
            // damage the zip itself
            byte[] b = Files.readAllBytes(seed);
            int flips = 1 + rnd.nextInt(20);
            applied.add(flips + " bytes of the zip changed");
            for (int i = 0; i < flips; i++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            if (rnd.nextBoolean()) {
                applied.add("zip cut");
                b = Arrays.copyOf(b, rnd.nextInt(b.length));
            }
            Files.write(target, b);
            return target;
        }
        try (InputStream in = Files.newInputStream(seed); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            int n = 1 + rnd.nextInt(4);
            for (int k = 0; k < n; k++) {
                int r = 1 + rnd.nextInt(Math.max(1, s.getLastRowNum()));
                Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
                int c = rnd.nextInt(Math.max(1, s.getRow(0).getLastCellNum()));
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                switch (rnd.nextInt(11)) {
                    case 0 -> { applied.add("number in " + cell.getAddress()); cell.setCellValue(rnd.nextGaussian() * 1e6); }
                    case 1 -> { applied.add("date in " + cell.getAddress()); cell.setCellValue(LocalDateTime.of(1900 + rnd.nextInt(200), 1 + rnd.nextInt(12), 1, 0, 0)); }
                    case 2 -> { applied.add("formula in " + cell.getAddress()); cell.setCellFormula("1/0"); }
                    case 3 -> { applied.add("error in " + cell.getAddress()); cell.setCellErrorValue(FormulaError.NA.getCode()); }
                    case 4 -> { applied.add("40,000 characters in " + cell.getAddress()); cell.setCellValue("y".repeat(40_000).substring(0, 32_767)); }
                    case 5 -> { applied.add("row " + (r + 1) + " emptied"); s.removeRow(row); }
                    case 6 -> { applied.add("header cell " + cell.getAddress() + " blank"); s.getRow(0).getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setBlank(); }
                    case 7 -> { applied.add("boolean in " + cell.getAddress()); cell.setCellValue(rnd.nextBoolean()); }
                    case 8 -> { applied.add("header copied to row " + (r + 1)); copyRow(s.getRow(0), row); }
                    case 9 -> {
                        applied.add("hidden stale sheet in front");
                        Sheet stale = wb.createSheet("Oud");
                        stale.createRow(0).createCell(0).setCellValue("Id");
                        wb.setSheetOrder("Oud", 0);
                        wb.setSheetHidden(0, true);
                        wb.setActiveSheet(1);
                        wb.setFirstVisibleTab(1);
                    }
                    default -> { applied.add("control characters in " + cell.getAddress()); cell.setCellValue("a\u0001b\u200B;\"\n,c"); }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    private static void copyRow(Row from, Row to) {
        for (Cell c : from) {
            Cell t = to.getCell(c.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            if (c.getCellType() == CellType.STRING) t.setCellValue(c.getStringCellValue());
        }
    }

    // --- the independent count --------------------------------------------------------------------------

    /** Records below the header, counted by univocity directly (-1 when it cannot tell: a workbook, a binary file). */
    static long records(Path file) {
        if (file.toString().endsWith(".xlsx")) return -1;
        try {
            byte[] b = Files.readAllBytes(file);
            Charset cs = b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1;
            CsvParserSettings s = new CsvParserSettings();
            s.setLineSeparatorDetectionEnabled(true);
            s.setMaxCharsPerColumn(-1);
            s.setMaxColumns(100_000);
            s.setSkipEmptyLines(false);
            s.setDelimiterDetectionEnabled(true, ',', ';', '\t');
            List<String[]> rows = new CsvParser(s).parseAll(new StringReader(new String(b, cs)));
            // every physical line is at most one record: the larger of the two is an upper bound
            long lines = new String(b, cs).split("\r\n|\r|\n", -1).length;
            return Math.max(rows.size(), lines);
        } catch (RuntimeException | java.io.IOException e) {
            return -1;
        }
    }

    private static byte[] firstLines(byte[] b, int n) {
        String[] lines = new String(b, StandardCharsets.ISO_8859_1).split("\n", -1);
        return String.join("\n", Arrays.copyOf(lines, Math.min(n, lines.length))).concat("\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Path write(Path file, byte[] content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    /** The front end, read in-process (the pipeline's ingest of one source). */
    static final class FrontEnds {
        private FrontEnds() {}

        static List<RowAccount> read(Path studyFile, boolean contacts) throws Exception {
            Study study = StudyLoader.load(studyFile);
            Path work = Files.createTempDirectory(studyFile.getParent(), "work-");
            var spark = nl.samenkracht.testing.SharedSpark.get();
            var key = nl.samenkracht.testing.StudyFixture.TEST_KEY;
            if (contacts)
                return new nl.samenkracht.ingest.contacts.ContactIngest(spark, study, study.config().contacts(), key, work,
                        study.config().locations()).ingest().accounts();
            return new nl.samenkracht.ingest.survey.SurveyIngest(spark, study, nl.samenkracht.config.AnswerScales.of(study.config()), key,
                    work, study.config().locations()).ingest().accounts();
        }
    }
}
