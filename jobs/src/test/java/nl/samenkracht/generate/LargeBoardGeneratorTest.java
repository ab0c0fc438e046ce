package nl.samenkracht.generate;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.coverage.CoverageStage;
import nl.samenkracht.indicators.interviews.InterviewStage;
import nl.samenkracht.ingest.contacts.ContactsConfig;
import nl.samenkracht.ingest.contacts.ContactsYaml;
import nl.samenkracht.model.Codebook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark board of {@code samenkracht generate board}, at a tiny size (3 locations, 20
 * submissions per location and wave, 2 classes, 100 contact rows per location and year, 10
 * interviewees per location and year: about 7,000 rows), read back from the files, independently of
 * the pipeline's readers.
 */
class LargeBoardGeneratorTest {
    static final LargeBoardGenerator.Size TINY = new LargeBoardGenerator.Size(3, 20, 2, 100, 10);
    static final long SEED = 424242L;

    @TempDir
    static Path tmp;
    static Path board;
    static LargeBoardGenerator.Written written;

    @BeforeAll
    static void generate() throws IOException {
        board = tmp.resolve("board");
        written = new LargeBoardGenerator(SEED, TINY).write(board);
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        Path again = tmp.resolve("again");
        new LargeBoardGenerator(SEED, TINY).write(again);
        Map<String, byte[]> a = files(board);
        Map<String, byte[]> b = files(again);
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) assertArrayEquals(a.get(f), b.get(f), f);

        Path other = tmp.resolve("other");
        new LargeBoardGenerator(SEED + 1, TINY).write(other);
        Map<String, byte[]> c = files(other);
        assertEquals(a.keySet(), c.keySet());
        for (String f : List.of("exports/vragenlijst_2022-2023_nameting.csv", "exports/contacten_Locatie_002.csv",
                "interviews/interviews_2022-2023.csv"))
            assertFalse(java.util.Arrays.equals(a.get(f), c.get(f)), f + " should depend on the seed");
        assertArrayEquals(a.get("study.yaml"), c.get("study.yaml"));
    }

    @Test
    void writesEveryKindWithTheCountsItReports() throws IOException {
        Set<String> names = files(board).keySet();
        // 2 waves × 5 school years of surveys, one contact log per location, the roster, one interview table per year, study.yaml
        assertEquals(10 + 3 + 1 + 5 + 1, names.size(), names.toString());
        long surveyRows = 0;
        for (String f : names)
            if (f.startsWith("exports/vragenlijst_")) surveyRows += lines(board.resolve(f), StandardCharsets.UTF_8).size() - 1;
        long contactRows = 0;
        for (int l = 1; l <= 3; l++)
            contactRows += lines(board.resolve("exports/contacten_Locatie_00" + l + ".csv"), Charset.forName("windows-1252")).size() - 1;
        long roster = lines(board.resolve("exports/leerlingen.csv"), Charset.forName("windows-1252")).size() - 1;
        long segments = 0;
        for (int y = 0; y < 5; y++) segments += lines(board.resolve("interviews/interviews_" + (2020 + y) + "-" + (2021 + y) + ".csv"), StandardCharsets.UTF_8).size() - 1;
        // By hand: 3 locations × 20 submissions × 2 waves × 5 years = 600; 3 × 100 rows × 5 years = 1,500;
        // 3 locations × 2 classes × 25 pupils × 5 years = 750.
        assertEquals(600, surveyRows);
        assertEquals(1_500, contactRows);
        assertEquals(750, roster);
        assertEquals(new LargeBoardGenerator.Written(600, 1_500, 750, segments), written);
        // 3 locations × 10 interviewees × 2 waves × 5 years = 300 interviews of 12 to 18+ segments, plus 5 blemish rows
        assertTrue(segments >= 300 * 12 + 5 && segments <= 300 * 24 + 5, "segments " + segments);
    }

    @Test
    void benchmarkSizeIsWhatTheDocsSay() {
        // docs/cli.md / GenerateCommand: 50 locations, 200,000 submissions, 2,000,000 contact rows,
        // a 62,500-row roster, 5,000 interviews; scale 2 doubles each, not the locations.
        for (int k : new int[]{1, 2}) {
            LargeBoardGenerator.Size s = LargeBoardGenerator.Size.atScale(k);
            assertEquals(50, s.locations());
            assertEquals(200_000L * k, (long) s.locations() * s.submissionsPerLocationWave() * 2 * 5);
            assertEquals(2_000_000L * k, s.contacts().rows());
            assertEquals(20_000L * k, (long) s.contacts().collectivePerLocationYear() * 50 * 5);
            assertEquals(62_500L * k, s.contacts().rosterRows());
            assertEquals(5_000L * k, (long) s.locations() * s.intervieweesPerLocationYear() * 2 * 5);
        }
    }

    @Test
    void studyYamlIsAcceptedAndNamesEveryLocationOfEveryDataSet() throws IOException {
        Study study = StudyLoader.load(board.resolve("study.yaml")); // runs StudyValidator (and ContactsValidator)
        InterviewStage.validate(study, study.config().interviews()); // entries and that their files exist
        CoverageStage.validate(study, study.config().coverage(), Codebook.of(study.config(), AnswerScales.of(study.config())));
        assertEquals(List.of("Locatie 001", "Locatie 002", "Locatie 003"), study.config().locations());
        assertEquals(5, study.config().interviews().size());
        assertFalse(study.config().contacts().logs().isEmpty());
        assertFalse(study.config().coverage().mappings().isEmpty());

        Set<String> surveys = new HashSet<>();
        for (int y = 0; y < 5; y++)
            for (String w : List.of("voormeting", "nameting"))
                for (String line : rows(board.resolve("exports/vragenlijst_" + (2020 + y) + "-" + (2021 + y) + "_" + w + ".csv"), StandardCharsets.UTF_8))
                    surveys.add(line.split(",", -1)[2]);
        Set<String> contacts = new HashSet<>();
        for (int l = 1; l <= 3; l++)
            for (String line : rows(board.resolve("exports/contacten_Locatie_00" + l + ".csv"), Charset.forName("windows-1252")))
                contacts.add(line.split(";", -1)[3]);
        Set<String> roster = new HashSet<>();
        for (String line : rows(board.resolve("exports/leerlingen.csv"), Charset.forName("windows-1252"))) roster.add(line.split(";", -1)[1]);
        Set<String> interviews = new HashSet<>();
        for (int y = 0; y < 5; y++)
            for (String line : rows(board.resolve("interviews/interviews_" + (2020 + y) + "-" + (2021 + y) + ".csv"), StandardCharsets.UTF_8))
                interviews.add(line.split(";", -1)[3]);
        Set<String> listed = Set.copyOf(study.config().locations());
        assertEquals(listed, surveys);
        assertEquals(listed, contacts);
        assertEquals(listed, roster);
        assertEquals(listed, interviews);
    }

    /**
     * The planted effect: in the nameting of school year y, exactly 10·(3 + y)/10 = 3 + y of the 10
     * interviewees of every location mention "Ervaringen\Buddy helpt" (3, 4, 5, 6, 7 for 2020-2021 …
     * 2024-2025), so the board-wide share is 9/30, 12/30, 15/30, 18/30, 21/30 = 0.3 … 0.7.
     */
    @Test
    void buddyShareRisesAsPlanted() throws IOException {
        String header = "Deelnemer;Interview;Meting;Locatie;Code;Tekst";
        for (int y = 0; y < 5; y++) {
            Path f = board.resolve("interviews/interviews_" + (2020 + y) + "-" + (2021 + y) + ".csv");
            assertEquals(header, lines(f, StandardCharsets.UTF_8).get(0));
            Map<String, Set<String>> interviewed = new TreeMap<>(); // location|wave -> respondents
            Map<String, Set<String>> buddy = new TreeMap<>();       // location -> respondents naming the buddy in the nameting
            int noText = 0;
            for (String line : rows(f, StandardCharsets.UTF_8)) {
                String[] c = line.split(";", -1);
                assertEquals(6, c.length, line);
                if (c[5].isEmpty()) {
                    noText++;
                    continue;
                }
                interviewed.computeIfAbsent(c[3] + "|" + c[2], k -> new HashSet<>()).add(c[0]);
                if (c[2].equals("nameting") && c[4].equals("Ervaringen\\Buddy helpt"))
                    buddy.computeIfAbsent(c[3], k -> new HashSet<>()).add(c[0]);
            }
            assertEquals(1, noText, "one image segment per file");
            assertEquals(6, interviewed.size()); // 3 locations × 2 waves
            for (Set<String> people : interviewed.values()) assertEquals(10, people.size());
            int expected = 3 + y;
            int total = 0;
            for (String loc : List.of("Locatie 001", "Locatie 002", "Locatie 003")) {
                int n = buddy.getOrDefault(loc, Set.of()).size();
                assertEquals(expected, n, loc + " " + (2020 + y));
                total += n;
            }
            assertEquals((3 + y) / 10.0, total / 30.0, 1e-12);
        }
    }

    @Test
    void contactBenchmarkYamlStillParses() {
        // bench/contacts-bench.sh reads contacts.yaml (a comment line + the contacts section) with ContactsYaml.
        String yaml = LargeContactsGenerator.yaml();
        assertTrue(yaml.startsWith("# Large SYNTHETIC board for the contact benchmark"));
        ContactsConfig c = ContactsYaml.parse(yaml, "contacts.yaml");
        assertEquals(1, c.logs().size());
        assertEquals(1, c.rosters().size());
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList())
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        return out;
    }

    private static List<String> lines(Path f, Charset cs) throws IOException {
        return Files.readAllLines(f, cs);
    }

    /** The data lines (header left out). */
    private static List<String> rows(Path f, Charset cs) throws IOException {
        List<String> all = lines(f, cs);
        return new ArrayList<>(all.subList(1, all.size()));
    }
}
