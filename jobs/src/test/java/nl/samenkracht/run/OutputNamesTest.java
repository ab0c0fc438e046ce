package nl.samenkracht.run;

import nl.samenkracht.report.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Names derived from data or options cannot leave the output folder. */
class OutputNamesTest {
    @TempDir
    Path dir;

    @Test
    void slugsAreSingleSafeFileNames() {
        assertEquals("x", FileNames.slug("../x"));
        assertEquals("a-b", FileNames.slug("a/b"));
        assertEquals("a-b", FileNames.slug("a\\b"));
        assertEquals("x", FileNames.slug(".."));
        assertEquals("x", FileNames.slug("/"));
        assertEquals("continuiteit_2024-2025", FileNames.slug("Continuïteit", "2024-2025"));
        assertEquals("zoe-daniel", FileNames.slug("Zoë & Daniël"));
        assertEquals("etc-passwd", FileNames.slug("../../etc/passwd"));
        assertEquals(100, FileNames.slug("a".repeat(300)).length());
        for (String hostile : List.of("../x", "a/b", "..", ".", "~/x", "C:\\x", "x\u0000y", "Zoë/../.."))
            assertTrue(FileNames.slug(hostile).matches("[a-z0-9_-]+"), hostile + " -> " + FileNames.slug(hostile));
    }

    @Test
    void runFolderNamesMustBePlain() {
        assertEquals("2024-2025", OutputFolder.safeName("2024-2025"));
        assertEquals("proef_1.2", OutputFolder.safeName("proef_1.2"));
        for (String bad : List.of("../x", "a/b", "..", "a..b", ".verborgen", "Zoë", "", "a\\b", "x y"))
            assertThrows(IllegalArgumentException.class, () -> OutputFolder.safeName(bad), bad);
        assertThrows(IllegalArgumentException.class, () -> OutputFolder.safeName(null));
    }

    @Test
    void commitRefusesAnEscapingNameAndLeavesNothingBehind() throws Exception {
        OutputFolder out = OutputFolder.open(dir, "studie");
        Files.writeString(out.dir().resolve("run.json"), "{}");
        assertThrows(IllegalArgumentException.class, () -> out.commit("../buiten"));
        assertFalse(Files.exists(dir.resolve("buiten")));
        out.abandon();
        assertFalse(Files.exists(dir.resolve("studie")), "the staging folder is gone, and the study folder this run made with it");
    }

    @Test
    void aFailedRunKeepsFoldersItDidNotMake() throws Exception {
        OutputFolder first = OutputFolder.open(dir.resolve("uitvoer"), "studie");
        first.commit("2024-2025");
        OutputFolder failed = OutputFolder.open(dir.resolve("uitvoer"), "studie");
        failed.abandon();
        try (var s = Files.list(dir.resolve("uitvoer/studie"))) {
            assertEquals(List.of("2024-2025"), s.map(p -> p.getFileName().toString()).toList());
        }
        OutputFolder fresh = OutputFolder.open(dir.resolve("nieuw/diep"), "studie");
        fresh.abandon();
        assertFalse(Files.exists(dir.resolve("nieuw")), "a failed first run leaves no empty folders");
        assertTrue(Files.isDirectory(dir), "but never removes what was there");
    }

    @Test
    void commitReplacesThePreviousRunOnlyAtTheEnd() throws Exception {
        OutputFolder first = OutputFolder.open(dir, "studie");
        Files.writeString(first.dir().resolve("run.json"), "eerste");
        Path target = first.commit("2024-2025");
        assertEquals("eerste", Files.readString(target.resolve("run.json")));
        OutputFolder second = OutputFolder.open(dir, "studie");
        Files.writeString(second.dir().resolve("run.json"), "tweede");
        assertEquals("eerste", Files.readString(target.resolve("run.json")), "until commit, the previous run stays");
        second.commit("2024-2025");
        assertEquals("tweede", Files.readString(target.resolve("run.json")));
        try (var s = Files.list(dir.resolve("studie"))) {
            assertEquals(List.of("2024-2025"), s.map(p -> p.getFileName().toString()).toList(), "no staging or previous folder left");
        }
    }
}
