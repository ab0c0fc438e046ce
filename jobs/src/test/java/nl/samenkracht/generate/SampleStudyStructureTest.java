package nl.samenkracht.generate;

import nl.samenkracht.config.InstrumentConfig;
import nl.samenkracht.config.ItemConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.ingest.survey.ExportLayout;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.BuiltInScales;
import nl.samenkracht.model.SchoolYear;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated sample fits data-samples/study.yaml and the designed population, with its blemishes where they are said to be. */
class SampleStudyStructureTest {
    private static final String PRE1 = "inwerken_2023-2024_voormeting_msforms.xlsx";
    private static final String POST1 = "inwerken_2023-2024_nameting_msforms.xlsx";
    private static final String PRE2 = "inwerken_2024-2025_voormeting_msforms.xlsx";
    private static final String POST2 = "inwerken_2024-2025_nameting_googleforms.csv";
    private static final String NEW = "Korter dan een jaar";

    @TempDir
    static Path dir;
    private static SampleStudyGenerator generator;
    private static Path exports;
    private static Map<String, SampleExports.Export> data = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        generator = new SampleStudyGenerator();
        generator.writeSurveys(dir);
        exports = dir.resolve("exports");
        for (String f : List.of(PRE1, POST1, PRE2, POST2)) data.put(f, SampleExports.read(exports.resolve(f)));
    }

    @Test
    void headersAreWhatStudyYamlExpects() {
        Study study = StudyLoader.load(SampleExports.repoRoot().resolve("data-samples").resolve("study.yaml"));
        for (SurveyConfig s : study.config().surveys()) {
            InstrumentConfig in = study.config().instrument(s.instrument());
            List<String> questions = new ArrayList<>(List.of(s.location().column(), s.group().column()));
            for (ItemConfig it : in.items()) questions.add(it.column());
            boolean google = s.id().contains("google");
            List<String> expected = new ArrayList<>(google ? List.of("Tijdstempel", "E-mailadres") : ExportLayout.MSFORMS_NL.metadataColumns);
            expected.addAll(questions);

            var matcher = FileSystems.getDefault().getPathMatcher("glob:" + s.files().get(0));
            List<String> matched = data.keySet().stream().filter(f -> matcher.matches(Path.of("exports", f))).toList();
            assertEquals(google ? List.of(POST2) : List.of(PRE1, POST1, PRE2), matched, s.id());
            for (String f : matched) {
                List<String> header = data.get(f).header();
                assertEquals(expected, header, f);
                assertEquals(google ? ExportLayout.GOOGLE_FORMS : ExportLayout.MSFORMS_NL, ExportLayout.detect(header), f);
                assertTrue(header.contains(s.respondent()), f);
                for (String answer : s.group().map().keySet()) assertTrue(data.get(f).rows().stream().anyMatch(r -> r.group().equals(answer)), f + ": " + answer);
            }
        }
        assertEquals(List.of("Akker", "Beek", "Duin", "Haven"), study.config().locations());
    }

    @Test
    void msFormsWorkbooksHaveSheetForm1AndRealDateCells() throws IOException {
        for (String f : List.of(PRE1, POST1, PRE2)) {
            assertEquals("Form1", data.get(f).sheetName());
            try (Workbook wb = WorkbookFactory.create(exports.resolve(f).toFile(), null, true)) {
                Sheet sheet = wb.getSheet("Form1");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    assertEquals(r, (int) row.getCell(0).getNumericCellValue(), f + " ID");
                    for (int c : new int[]{1, 2}) {
                        Cell cell = row.getCell(c);
                        assertEquals(CellType.NUMERIC, cell.getCellType(), f + " row " + (r + 1));
                        assertTrue(DateUtil.isCellDateFormatted(cell));
                        assertEquals("m/d/yy h:mm:ss", cell.getCellStyle().getDataFormatString());
                    }
                    assertTrue(row.getCell(5) == null || row.getCell(5).getCellType() == CellType.BLANK, "Tijd van laatste wijziging is empty");
                    assertTrue(row.getCell(4).getStringCellValue().contains(" "), "Naam holds a full name");
                }
            }
        }
    }

    @Test
    void timesFallInTheFieldworkWindowsAndGiveTheSchoolYear() {
        data.forEach((f, e) -> {
            String year = f.substring("inwerken_".length(), "inwerken_".length() + 9);
            boolean pre = f.contains("voormeting");
            for (SampleExports.Response r : e.rows()) {
                LocalDateTime t = r.completed();
                assertEquals(year, SchoolYear.of(t.toLocalDate()), f + " row " + r.row());
                if (pre) assertEquals(Month.SEPTEMBER, t.getMonth());
                else assertTrue(t.getMonth() == Month.MAY || t.getMonth() == Month.JUNE, f + " row " + r.row());
                if (r.started() != null) assertTrue(r.started().isBefore(t));
            }
            for (int i = 1; i < e.rows().size(); i++)
                assertFalse(e.rows().get(i).completed().isBefore(e.rows().get(i - 1).completed()), f + ": rows in submission order");
        });
    }

    @Test
    void answersAreEens5LabelsOrWeetIkNiet() {
        AnswerScale eens5 = BuiltInScales.all().get("eens5");
        Set<String> labels = new HashSet<>();
        for (AnswerScale.Option o : eens5.options()) labels.add(o.label());
        assertEquals(Set.of("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"), labels);
        int dontKnow = 0;
        for (var e : data.entrySet()) {
            for (SampleExports.Response r : e.getValue().rows()) {
                for (String a : r.answers()) {
                    if (a.equals("Weet ik niet")) {
                        dontKnow++;
                        assertEquals(AnswerScale.Kind.MISSING_LABEL, eens5.lookup(a).kind());
                    } else {
                        assertTrue(labels.contains(a), e.getKey() + " row " + r.row() + ": '" + a + "'");
                    }
                }
            }
        }
        assertEquals(3, dontKnow, "three 'Weet ik niet' answers planted");
    }

    /**
     * Respondents per location × group, one per person (the later of the duplicate counted once).
     * Expected values printed by jobs/src/test/python/verify_sample.py ("persons" lines), which reads
     * the files with python's zipfile/ElementTree and csv modules.
     */
    @Test
    void respondentCountsPerLocationAndGroup() {
        assertEquals(counts("Akker", 13, 5, "Beek", 14, 5, "Duin", 16, 6, "Haven", 4, 1), persons(PRE1));
        assertEquals(counts("Akker", 13, 7, "Beek", 14, 5, "Duin", 15, 5, "Haven", 4, 1), persons(POST1));
        assertEquals(counts("Akker", 14, 5, "Beek", 13, 6, "Duin", 13, 7, "Haven", 5, 2), persons(PRE2));
        assertEquals(counts("Akker", 14, 6, "Beek", 14, 6, "Duin", 13, 6, "Haven", 5, 1), persons(POST2));
        assertEquals(64, data.get(PRE1).rows().size());
        assertEquals(64, data.get(POST1).rows().size());
        assertEquals(66, data.get(PRE2).rows().size(), "65 people, one of them twice");
        assertEquals(65, data.get(POST2).rows().size());
    }

    /** The designed population: staff per location, about 30% new, Haven below 5 new, about 88% response. */
    @Test
    void populationIsAsDesigned() {
        StaffRoster roster = generator.study().roster();
        Map<String, int[]> first = new TreeMap<>();
        Map<String, int[]> second = new TreeMap<>();
        for (Employment e : roster.all()) {
            int[] c = (e.schoolYear().equals("2023-2024") ? first : second).computeIfAbsent(e.location(), k -> new int[2]);
            c[0]++;
            if (e.group() == StaffGroup.NIEUW) c[1]++;
        }
        // Staff (new) per location, hand-set in LocationPlan.SAMPLE; 2024-2025 = stayers + hires.
        assertEquals(List.of("22/7", "21/6", "23/7", "7/2"), first.values().stream().map(c -> c[0] + "/" + c[1]).toList());
        assertEquals(List.of("21/6", "22/7", "24/7", "7/2"), second.values().stream().map(c -> c[0] + "/" + c[1]).toList());
        for (Map<String, int[]> year : List.of(first, second)) {
            assertTrue(year.get("Haven")[1] < 5, "Haven has fewer than 5 new colleagues");
            int staff = year.values().stream().mapToInt(c -> c[0]).sum();
            int newcomers = year.values().stream().mapToInt(c -> c[1]).sum();
            assertTrue(newcomers >= 0.28 * staff && newcomers <= 0.32 * staff, newcomers + " of " + staff);
        }
        // Haven's new colleagues in the files too, every wave.
        data.forEach((f, e) -> assertTrue(e.rows().stream().filter(r -> r.location().equals("Haven") && r.group().equals(NEW)).count() < 5, f));
        // Response 85-90% per wave: distinct respondents over staff that year (73, 74).
        assertResponse(PRE1, 73);
        assertResponse(POST1, 73);
        assertResponse(PRE2, 74);
        assertResponse(POST2, 74);
    }

    @Test
    void someStayersMoveFromNewToExperienced_andSomeRespondentsAreUnlinked() {
        Map<String, String> groupFirstYear = new HashMap<>();
        for (SampleExports.Response r : data.get(PRE1).rows()) groupFirstYear.put(key(r.email()), r.group());
        long moved = data.get(PRE2).rows().stream()
                .filter(r -> NEW.equals(groupFirstYear.get(key(r.email()))) && r.group().equals("Een jaar of langer"))
                .map(r -> key(r.email())).distinct().count();
        assertTrue(moved >= 5, "new in 2023-2024, experienced in 2024-2025: " + moved);
        Set<String> pre = emails(PRE2);
        Set<String> post = emails(POST2);
        Set<String> unlinked = new HashSet<>(pre);
        unlinked.removeAll(post);
        assertEquals(7, unlinked.size(), "voormeting 2024-2025 without nameting (verify_sample.py: 'pre only 7')");
        Set<String> linked = new HashSet<>(pre);
        linked.retainAll(post);
        assertEquals(58, linked.size(), "verify_sample.py: 'linked pairs 58'");
    }

    @Test
    void blemishesAreWhereTheGeneratorSays() {
        List<Blemish> bl = generator.blemishes();
        assertEquals(8, bl.size(), bl.toString());
        for (Blemish b : bl) {
            SampleExports.Response r = data.get(b.file()).rows().get(b.row() - 2);
            if (b.what().startsWith("'Weet ik niet'")) assertTrue(r.answers().contains("Weet ik niet"), b.toString());
            if (b.what().contains("regelovergang")) assertTrue(r.open().contains("\n"), b.toString());
            if (b.what().contains("komma")) assertTrue(r.open().contains(",") && r.open().contains("\""), b.toString());
            if (b.what().startsWith("e-mailadres")) assertFalse(r.email().equals(key(r.email())), b.toString());
        }

        // Exactly one duplicate, in the voormeting 2024-2025; the later of the two rows is the one called "laatste".
        for (String f : List.of(PRE1, POST1, POST2)) assertEquals(data.get(f).rows().size(), emails(f).size(), f + " has no duplicates");
        Map<String, List<SampleExports.Response>> byPerson = new HashMap<>();
        for (SampleExports.Response r : data.get(PRE2).rows()) byPerson.computeIfAbsent(key(r.email()), k -> new ArrayList<>()).add(r);
        List<List<SampleExports.Response>> dups = byPerson.values().stream().filter(l -> l.size() > 1).toList();
        assertEquals(1, dups.size());
        SampleExports.Response earlier = dups.get(0).get(0);
        SampleExports.Response later = dups.get(0).get(1);
        assertTrue(earlier.completed().isBefore(later.completed()));
        assertFalse(earlier.answers().equals(later.answers()), "the two submissions differ");
        Blemish last = bl.stream().filter(b -> b.what().contains("de laatste")).findFirst().orElseThrow();
        assertEquals(PRE2, last.file());
        assertEquals(later.row(), last.row());

        // One e-mail written differently in the Google Forms CSV; normalised it is the voormeting's address.
        List<String> odd = data.get(POST2).rows().stream().map(SampleExports.Response::email).filter(e -> !e.equals(key(e))).toList();
        assertEquals(1, odd.size(), odd.toString());
        assertTrue(odd.get(0).startsWith(" ") && odd.get(0).endsWith(" ") && !odd.get(0).equals(odd.get(0).toLowerCase()));
        assertTrue(data.get(PRE2).rows().stream().anyMatch(r -> r.email().equals(Pseudonymizer.normalise(odd.get(0)))));
    }

    @Test
    void googleCsvIsUtf8WithoutBomCommaCrlfAndRfc4180Quoting() throws IOException {
        byte[] bytes = Files.readAllBytes(exports.resolve(POST2));
        assertFalse(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF, "no BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Tijdstempel,E-mailadres,Op welke locatie werk je?,"));
        assertTrue(text.contains(",\"Afspraken die met mij gemaakt worden, worden nagekomen.\","), "a header with a comma is quoted");
        assertTrue(text.contains("\"Meer tijd om mee te kijken bij collega's, en minder \"\"even snel\"\" overleg in de gang.\"\r\n"));
        assertTrue(text.contains("\"De buddygesprekken hielpen echt.\nWel graag eerder het rooster voor de eerste weken.\"\r\n"));
        // 66 records (header + 65) end in CRLF; the one bare LF is the line break inside the quoted answer.
        assertEquals(66, text.split("\r\n", -1).length - 1);
        assertEquals(67, text.chars().filter(c -> c == '\n').count());
        assertTrue(data.get(POST2).rows().get(0).completed().getYear() == 2025);
        // Dutch Google Sheets timestamps: day-month-year without leading zeros, 24-hour clock.
        assertTrue(text.split("\r\n")[1].matches("^\\d{1,2}-[56]-2025 \\d{1,2}:\\d{2}:\\d{2},.*"), text.split("\r\n")[1]);
    }

    /** The ingest's own readers take the sample as intended: XLSX dates become ISO text, Google timestamps day-first. */
    @Test
    void ingestReadersParseTheSampleDates() throws IOException {
        Path csv = dir.resolve("pre1.csv");
        long written = nl.samenkracht.ingest.XlsxToCsv.convert(exports.resolve(PRE1), null, csv);
        assertEquals(65, written, "header + 64 rows");
        String firstData = Files.readAllLines(csv, StandardCharsets.UTF_8).get(1);
        SampleExports.Response r = data.get(PRE1).rows().get(0);
        // _sheetrow, ID, Begintijd, Tijd van voltooien, …
        assertTrue(firstData.startsWith("2,1," + r.started() + "," + r.completed() + ","), firstData);
        nl.samenkracht.ingest.FlexibleDates dates = new nl.samenkracht.ingest.FlexibleDates(null, nl.samenkracht.ingest.FlexibleDates.Order.DAY_FIRST);
        String line = new String(Files.readAllBytes(exports.resolve(POST2)), StandardCharsets.UTF_8).split("\r\n")[1];
        assertEquals(data.get(POST2).rows().get(0).completed(), dates.parse(line.substring(0, line.indexOf(','))));
    }

    private static void assertResponse(String file, int staff) {
        double share = emails(file).size() / (double) staff;
        assertTrue(share >= 0.85 && share <= 0.90, file + ": response " + share);
    }

    private static Set<String> emails(String file) {
        Set<String> s = new HashSet<>();
        for (SampleExports.Response r : data.get(file).rows()) s.add(key(r.email()));
        return s;
    }

    private static String key(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Integer> persons(String file) {
        Map<String, SampleExports.Response> latest = new HashMap<>();
        for (SampleExports.Response r : data.get(file).rows()) latest.put(key(r.email()), r); // rows are in time order
        Map<String, Integer> m = new TreeMap<>();
        for (SampleExports.Response r : latest.values())
            m.merge(r.location() + "/" + (r.group().equals(NEW) ? "nieuw" : "ervaren"), 1, Integer::sum);
        return m;
    }

    private static Map<String, Integer> counts(Object... locErvarenNieuw) {
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < locErvarenNieuw.length; i += 3) {
            m.put(locErvarenNieuw[i] + "/ervaren", (Integer) locErvarenNieuw[i + 1]);
            m.put(locErvarenNieuw[i] + "/nieuw", (Integer) locErvarenNieuw[i + 2]);
        }
        return m;
    }
}
