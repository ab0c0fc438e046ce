package nl.samenkracht.trust;

import nl.samenkracht.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk: the output root is a tiny tmpfs mounted for the test (256 KiB: room for the staging
 * folders, not for the reports). The run must stop with exit 3 and a message that names the
 * output folder and says the disk is full, without a stack trace, and leave no staging folder.
 * Needs permission to mount (root, as in CI's container); skipped with a reason elsewhere.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskNamesTheOutputFolder() throws Exception {
        Path f = dir.resolve("exports/antwoorden.csv");
        HostileFiles.text(f, SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,Prima", "b@x.nl,Beek,Oneens,Eens,"));
        Files.writeString(dir.resolve("study.yaml"), SurveyCorpus.study(dir, "exports/antwoorden.csv"));
        Path mnt = Files.createDirectories(dir.resolve("kleine-schijf"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt.toString()) == 0,
                "cannot mount a tmpfs here (not root): the full-disk case is not run");
        try {
            CliRun cli = CliRun.of("run", dir.resolve("study.yaml").toString(), "--out", mnt.toString());
            assertEquals(3, cli.exitCode(), cli.all());
            assertTrue(cli.err().contains(mnt.resolve("corpus").toString()), "names the output folder:\n" + cli.all());
            assertTrue(cli.err().contains("disk is full"), cli.all());
            assertFalse(cli.all().contains("\tat ") || cli.all().contains("Exception"), cli.all());
            // A failed run removes the folders it made (issue 15), or at least leaves them empty.
            if (Files.exists(mnt.resolve("corpus"))) {
                try (var s = Files.list(mnt.resolve("corpus"))) {
                    assertEquals(0, s.count(), "nothing is left in the output folder");
                }
            }
        } finally {
            // A writer thread of the failed run may still hold the mount for a moment: then detach it
            // lazily, so @TempDir can remove the (now plain, empty) folder.
            if (run("umount", mnt.toString()) != 0) run("umount", "-l", mnt.toString());
        }
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
