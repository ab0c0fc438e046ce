package nl.samenkracht.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Staging folders left by killed runs are removed by the next run; the staging folder of a run
 * that is still going (another process) is not touched. The other run is a real second JVM,
 * killed with SIGKILL (Process.destroyForcibly), as kill -9 would.
 */
class StaleStagingTest {
    @TempDir
    Path root;

    @Test
    void aKilledRunsStagingIsRemovedAndALiveRunsIsKept() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StagingHolder.class.getName(), root.toString(), "studie").redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return r.readLine();
                } catch (Exception e) {
                    return e.toString();
                }
            }).get(60, TimeUnit.SECONDS);
            assertNotNull(line);
            assertTrue(line.startsWith("staging "), line);
            Path theirs = Path.of(line.substring("staging ".length()));
            assertTrue(Files.isDirectory(theirs), theirs.toString());
            Files.writeString(theirs.resolve("tables/half.csv"), "a,b\n1,");

            // 1. the other run is alive: a run of this process leaves its folder alone
            OutputFolder mine = OutputFolder.open(root, "studie");
            assertTrue(Files.isDirectory(theirs), "a live run's staging folder is kept");

            // 2. kill -9: the next run removes what it left, and keeps the live one (this process's)
            other.destroyForcibly();
            assertTrue(other.waitFor(30, TimeUnit.SECONDS));
            OutputFolder next = OutputFolder.open(root, "studie");
            assertFalse(Files.exists(theirs), "the killed run's staging folder is removed");
            assertTrue(Files.isDirectory(mine.dir()), "this process's own staging folder is kept");
            assertTrue(Files.isDirectory(next.dir()));
            mine.abandon();
            next.abandon();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void folderWithoutOwnerFileIsRemovedOnlyWhenADayOld() throws Exception {
        Path study = Files.createDirectories(root.resolve("studie"));
        Path fresh = Files.createDirectories(study.resolve(".incomplete-111"));
        Path old = Files.createDirectories(study.resolve(".incomplete-222"));
        Path oldPrevious = Files.createDirectories(study.resolve(".previous-2024-2025-333"));
        Path report = Files.createDirectories(study.resolve("2024-2025"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        Files.setLastModifiedTime(oldPrevious, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        OutputFolder.open(root, "studie").abandon();
        assertTrue(Files.isDirectory(fresh), "an older version's folder may belong to a run still going");
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(oldPrevious));
        assertTrue(Files.isDirectory(report), "finished runs are never touched");
    }

    @Test
    void ownerOnAnotherHostIsLeftAlone() throws Exception {
        Path study = Files.createDirectories(root.resolve("studie"));
        Path shared = Files.createDirectories(study.resolve(".incomplete-444"));
        Files.writeString(shared.resolve(".owner"), "pid=1\nstart=\nhost=een-andere-computer\n");
        OutputFolder.open(root, "studie").abandon();
        assertTrue(Files.isDirectory(shared), "a run on another computer (shared drive) is not judged by our process table");
    }
}
