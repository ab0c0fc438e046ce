package nl.samenkracht.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenkracht.report.FileNames;
import nl.samenkracht.testing.CliRun;
import nl.samenkracht.testing.LeakScanner;
import nl.samenkracht.testing.SharedSpark;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The hostile corpus for every source (contact logs, rosters, interview exports, the Kotter log,
 * study.yaml, and the files and folders around them), run through the command line in this JVM on
 * the suite's SparkSession. Each {@link CliCase} is files plus expectations: exit code, message key
 * words, no stack trace, the exact row accounting of run.json, and no planted identifier on the
 * terminal or in any output file.
 */
class SourceCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;

    @TestFactory
    Stream<DynamicTest> corpus() {
        List<CliCase> cases = SourceCorpus.cases();
        // -Dcorpus.only=text runs the cases whose name contains it (while working on one class)
        java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("corpus.only", ""));
        return cases.stream().filter(c -> only.matcher(c.toString()).find())
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> logged(c, cases.indexOf(c))));
    }

    /** -Dcorpus.log=FILE appends one line per case (PASS/FAIL and why), to record which cases fail on which code. */
    private static void logged(CliCase c, int index) throws Exception {
        String log = System.getProperty("corpus.log");
        long t0 = System.nanoTime();
        try {
            check(c, index);
            if (log != null) Files.writeString(Path.of(log), String.format(Locale.ROOT, "PASS %5.1fs %s%n", (System.nanoTime() - t0) / 1e9, c),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (Throwable t) {
            if (log != null) Files.writeString(Path.of(log), String.format(Locale.ROOT, "FAIL %5.1fs %s: %s%n", (System.nanoTime() - t0) / 1e9, c,
                    String.valueOf(t.getMessage()).lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("")),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            throw t;
        }
    }

    @Test
    void theCorpusCoversEverySourceWithAtLeastFortyCases() {
        List<CliCase> cases = SourceCorpus.cases();
        assertTrue(cases.size() >= 40, "cases: " + cases.size());
        assertEquals(cases.size(), cases.stream().map(CliCase::toString).distinct().count(), "case names are unique");
        for (String source : List.of("contacts", "roster", "maxqda", "atlasti", "qdpx", "table", "kotter", "study.yaml"))
            assertTrue(cases.stream().anyMatch(c -> c.source().equals(source)), "no case for " + source);
    }

    static void check(CliCase c, int index) throws Exception {
        Path dir = root.resolve(String.format("%02d-%s", index, FileNames.slug(c.name())));
        Files.createDirectories(dir);
        String yaml = c.setup().write(dir);
        Path studyFile = dir.resolve("study.yaml");
        if (yaml != null) Files.writeString(studyFile, yaml);
        Path out = dir.resolve("uitvoer");
        CliRun cli = c.command().equals("run")
                ? CliRun.of("run", studyFile.toString(), "--out", out.toString())
                : CliRun.of(c.command(), studyFile.toString());
        verify(c, dir, out, cli);
    }

    static void verify(CliCase c, Path dir, Path out, CliRun cli) throws Exception {
        String printed = cli.out() + cli.err();
        assertEquals(c.exitCode(), cli.exitCode(), cli.all());
        for (String f : c.fragments())
            assertTrue(printed.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)), "expected '" + f + "' in:\n" + cli.all());
        assertFalse(printed.contains("\tat ") || printed.contains("Exception:") || printed.contains("Exception "),
                "no stack trace or exception name on the terminal:\n" + cli.all());
        if (c.exitCode() != 4) assertFalse(printed.contains("internal error"), cli.all());

        Path run = runFolder(out);
        if (c.command().equals("run")) {
            if (c.accounts().isEmpty()) {
                assertNull(run, "this run must write no report, found " + run + "\n" + cli.all());
            } else {
                assertNotNull(run, "no run.json under " + out + "\n" + cli.all());
                assertEquals(new TreeMap<>(c.accounts()), accounts(run.resolve("run.json")), "row accounting per file\n" + cli.all());
            }
            if (Files.isDirectory(out)) {
                try (Stream<Path> s = Files.walk(out)) {
                    List<Path> staging = s.filter(p -> p.getFileName().toString().startsWith(".incomplete-")).toList();
                    assertEquals(List.of(), staging, "no staging folder is left behind");
                }
            }
        }

        if (!c.planted().isEmpty()) {
            LeakScanner scanner = new LeakScanner(c.planted(), SharedSpark.get());
            String folded = printed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            for (String n : scanner.needles()) assertFalse(folded.contains(n), "'" + n + "' printed on the terminal:\n" + cli.all());
            if (Files.isDirectory(out)) {
                List<LeakScanner.Hit> hits = scanner.scan(out);
                assertEquals(List.of(), hits, LeakScanner.describe(hits));
            }
        }
        if (c.check() != null) c.check().verify(dir, run, cli);
    }

    /** The folder holding run.json under an output root, or null. */
    static Path runFolder(Path out) throws Exception {
        if (!Files.isDirectory(out)) return null;
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.getFileName().toString().equals("run.json"))
                    .filter(p -> !p.toString().contains("/.incomplete-")).map(Path::getParent).findFirst().orElse(null);
        }
    }

    /** run.json's row accounting: file → count, checking read = accepted + rejected on the way. */
    static Map<String, CliCase.Count> accounts(Path runJson) throws Exception {
        JsonNode root = JSON.readTree(runJson.toFile());
        Map<String, CliCase.Count> out = new TreeMap<>();
        for (JsonNode a : root.get("row_accounting")) {
            long read = a.get("read").asLong(), accepted = a.get("accepted").asLong(), rejected = a.get("rejected").asLong();
            assertEquals(read, accepted + rejected, "read = accepted + rejected: " + a);
            Map<String, Long> reasons = new TreeMap<>();
            a.get("rejected_by_reason").fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asLong()));
            assertEquals(rejected, reasons.values().stream().mapToLong(Long::longValue).sum(), "rejects by reason add up: " + a);
            Map<String, Long> skipped = new TreeMap<>();
            if (a.has("skipped_by_reason")) a.get("skipped_by_reason").fields().forEachRemaining(e -> skipped.put(e.getKey(), e.getValue().asLong()));
            if (a.has("skipped")) assertEquals(a.get("skipped").asLong(), skipped.values().stream().mapToLong(Long::longValue).sum(), "skipped by reason add up: " + a);
            out.put(a.get("file").asText(), new CliCase.Count(read, accepted, rejected, reasons, skipped));
        }
        return out;
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }
}
