package nl.samenkracht.cli;

import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void initWritesAStudyThatLoadsAndNeverOverwrites() throws Exception {
        assertEquals(ExitCodes.OK, Main.execute("init", dir.toString()));
        Study s = StudyLoader.load(dir.resolve("study.yaml"));
        assertEquals("mijn-onderzoek", s.id());
        assertTrue(Files.isDirectory(dir.resolve("exports")));
        Files.writeString(dir.resolve("study.yaml"), "mine");
        assertEquals(ExitCodes.USAGE, Main.execute("init", dir.toString()));
        assertEquals("mine", Files.readString(dir.resolve("study.yaml")));
    }

    @Test
    void helpAndUsageErrors() {
        assertEquals(ExitCodes.OK, Main.execute("--help"));
        assertEquals(ExitCodes.USAGE, Main.execute("run"), "run without a study file");
        assertEquals(ExitCodes.USAGE, Main.execute("frobnicate"));
    }

    @Test
    void aBrokenStudyFileExitsWithTheConfigCode() throws Exception {
        Files.writeString(dir.resolve("study.yaml"), "version: 1\nstudy: {id: x, name: X}\nsurveys: []\nfoo: 1\n");
        assertEquals(ExitCodes.CONFIG, Main.execute("validate", dir.resolve("study.yaml").toString()));
        assertEquals(ExitCodes.CONFIG, Main.execute("run", dir.resolve("missing.yaml").toString()));
    }
}
