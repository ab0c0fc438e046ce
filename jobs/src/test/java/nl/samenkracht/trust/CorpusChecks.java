package nl.samenkracht.trust;

import nl.samenkracht.testing.CliRun;
import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.sql.Row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.max;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks shared by the cases of {@link SourceCorpus}, reading outputs with other code than the pipeline's. */
final class CorpusChecks {
    private CorpusChecks() {}

    /** Every XML part of a workbook, entities undone (what a person would see in any cell or sheet). */
    static String workbookText(Path xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!e.getName().endsWith(".xml")) continue;
                try (var in = zip.getInputStream(e)) {
                    b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return b.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    }

    /** The longest value of the {@code text} column of a Parquet dataset (in UTF-16 units, as Java counts). */
    static long longestText(Path dataset) {
        assertTrue(Files.isDirectory(dataset), "no dataset " + dataset);
        Row r = SharedSpark.get().read().parquet(dataset.toString()).agg(max(length(col("text")))).first();
        return r.isNullAt(0) ? -1 : ((Number) r.get(0)).longValue();
    }

    /** Runs the study a second time into the same output root: the accounting must be the same as the first time. */
    static void runAgain(Path dir, Path run, CliRun first) throws Exception {
        var before = SourceCorpusTest.accounts(run.resolve("run.json"));
        CliRun second = CliRun.of("run", dir.resolve("study.yaml").toString(), "--out", dir.resolve("uitvoer").toString());
        assertEquals(0, second.exitCode(), second.all());
        assertEquals(before, SourceCorpusTest.accounts(run.resolve("run.json")), "the second run read the same files:\n" + second.all());
    }

    /**
     * A staging folder as a run leaves it after kill -9: its owner file names a process that no
     * longer exists (a child that has ended; its pid is not reused within the test).
     */
    static Path plantDeadStaging(Path studyOut) throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Path staging = Files.createDirectories(studyOut.resolve(".incomplete-123456789"));
        Files.createDirectories(staging.resolve("tables"));
        Files.writeString(staging.resolve("tables/half.csv"), "a,b\n1,");
        nl.samenkracht.run.OutputFolder.writeOwner(staging, p.pid(), p.info().startInstant().orElse(null));
        return staging;
    }

    /** The partition folders of a Parquet dataset (e.g. school_year=2024-2025), sorted; none when it is missing. */
    static java.util.List<String> partitions(Path dataset) throws Exception {
        if (!Files.isDirectory(dataset)) return java.util.List.of();
        try (var s = Files.list(dataset)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.contains("=")).sorted().toList();
        }
    }
}
