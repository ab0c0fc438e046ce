package nl.samenkracht.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenkracht.generate.LayoutSamples;
import nl.samenkracht.generate.LayoutSamples.Layout;
import nl.samenkracht.ingest.survey.ExportLayout;
import nl.samenkracht.testing.CliRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, "a new user's path": for a folder of each export layout, written by the project's own
 * generator ({@code generate layouts}: MS Forms with an English tenant, Google Forms, Qualtrics current
 * and legacy, LimeSurvey with question-text headings and incomplete responses, a plain Dutch CSV, and
 * coded interviews from a Polish MAXQDA), {@code init} → {@code validate} → {@code run} works on what
 * init wrote, without any edit, each exiting 0. The run says which layout it recognised (terminal and
 * inputs.csv), reads exactly the generator's finished submissions, counts its unfinished and empty ones
 * as incomplete (not rejected: the default reject_threshold of 5% would otherwise fail the LimeSurvey
 * run, 3 of 15 rows), and the figures it reports are the PNG files it wrote. The two MAXQDA folders (Polish
 * .xlsx; German .xls as MAXQDA 11/12 wrote it, read through POI's HSSF) are interviews-only studies: they run
 * end to end, every segment of the generator is read, and the output folder is named after the school year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutFoldersTest {
    /** Finished submissions per export: small, so a run costs Spark's fixed overhead only. */
    static final int COMPLETE = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private String home;

    @BeforeAll
    void writeTheLayouts() throws Exception {
        new LayoutSamples(20240801L, COMPLETE).writeAll(dir);
        // A run creates its pseudonymisation key under ~/.samenkracht when none is given: keep it in the test folder.
        home = System.getProperty("user.home");
        System.setProperty("user.home", Files.createDirectories(dir.resolve("home")).toString());
    }

    @AfterAll
    void restoreHome() {
        System.setProperty("user.home", home);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void initThenValidateThenRunWithoutEdits(Layout layout) throws Exception {
        Path folder = dir.resolve(layout.folder);
        String file = LayoutSamples.fileName(layout);

        CliRun init = CliRun.of("init", folder.toString());
        assertEquals(0, init.exitCode(), init.all());
        String yaml = Files.readString(folder.resolve("study.yaml"));
        CliRun validate = CliRun.of("validate", folder.resolve("study.yaml").toString());
        assertEquals(0, validate.exitCode(), validate.all() + "\n--- study.yaml\n" + yaml);
        CliRun run = CliRun.of("run", folder.resolve("study.yaml").toString());
        assertEquals(0, run.exitCode(), run.all() + "\n--- study.yaml\n" + yaml);

        // The layout recognised, on the terminal and in inputs.csv.
        String label = expectedLayout(layout);
        assertTrue(run.err().contains(file + ": " + label), "terminal names the layout '" + label + "'\n" + run.all());
        Path out = runFolder(folder.resolve("reports"));
        // Named after the school year of the data, also for the interviews-only study.
        assertEquals("2024-2025", out.getFileName().toString(), out.toString());
        List<String> inputs = Files.readAllLines(out.resolve("tables/inputs.csv"));
        assertTrue(inputs.stream().anyMatch(l -> l.contains(file) && l.contains("," + label + ",")), inputs.toString());

        // Row accounting: every finished submission read, the incomplete ones counted apart.
        JsonNode account = null;
        for (JsonNode a : JSON.readTree(out.resolve("run.json").toFile()).get("row_accounting"))
            if (a.get("file").asText().endsWith(file)) account = a;
        assertNotNull(account, "run.json accounts for " + file);
        long read = account.get("read").asLong(), accepted = account.get("accepted").asLong(),
                rejected = account.get("rejected").asLong(), incomplete = account.get("incomplete").asLong();
        assertEquals(read, accepted + rejected + incomplete, account.toString());
        if (!layout.interviews()) {
            assertEquals(COMPLETE, accepted, account.toString());
            assertEquals(0, rejected, account.toString());
            assertEquals(layout.incomplete(), incomplete, account.toString());
            assertEquals(COMPLETE + layout.incomplete(), read, "the legacy label row and Qualtrics' extra header rows are not data: " + account);
        } else {
            // The generator's segments, one of them an image segment without text (rejected, with its reason).
            assertEquals(new nl.samenkracht.generate.InterviewSampleGenerator(20240801L).segmentCount(), read, account.toString());
            assertEquals(1, rejected, account.toString());
        }

        // "N figures" on the terminal = the PNG files in figures/.
        Matcher m = Pattern.compile("(\\d+) figures").matcher(run.err());
        assertTrue(m.find(), run.err());
        try (Stream<Path> pngs = Files.list(out.resolve("figures"))) {
            assertEquals(pngs.filter(p -> p.toString().endsWith(".png")).count(), Long.parseLong(m.group(1)), run.err());
        }
    }

    private static String expectedLayout(Layout layout) {
        return switch (layout) {
            case MSFORMS_EN -> ExportLayout.MSFORMS_EN.label;
            case GOOGLE_FORMS -> ExportLayout.GOOGLE_FORMS.label;
            case QUALTRICS -> ExportLayout.QUALTRICS.label;
            case QUALTRICS_LEGACY -> ExportLayout.QUALTRICS_LEGACY.label;
            case LIMESURVEY -> ExportLayout.LIMESURVEY_TEXT.label;
            case PLAIN -> ExportLayout.PLAIN.label;
            case INTERVIEWS_MAXQDA_PL -> "MAXQDA coded segments (Polish)";
            case INTERVIEWS_MAXQDA_XLS -> "MAXQDA coded segments (German)";
        };
    }

    /** The one run folder under reports/ (study id / school year). */
    private static Path runFolder(Path reports) throws Exception {
        try (Stream<Path> s = Files.walk(reports, 3)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("run.json"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no run under " + reports));
        }
    }
}
