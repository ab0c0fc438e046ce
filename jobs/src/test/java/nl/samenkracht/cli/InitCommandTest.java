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

    /**
     * init on a copy of the sample's exports (made by the project's generator) writes a study.yaml that
     * validate passes without any edit: layouts, items and the answer scale from the labels, contact logs
     * and rosters with their value mappings, the interview export with document-group rules, the Kotter log.
     */
    @Test
    void initOnTheSampleExportsWritesAStudyThatValidates() throws Exception {
        Path sample = nl.samenkracht.testing.RepoPaths.root().resolve("data-samples");
        Path study = dir.resolve("kompasroos");
        for (String sub : new String[]{"exports", "interviews", "logs"}) {
            Files.createDirectories(study.resolve(sub));
            try (var files = Files.list(sample.resolve(sub))) {
                for (Path f : files.toList()) Files.copy(f, study.resolve(sub).resolve(f.getFileName()));
            }
        }
        assertEquals(ExitCodes.OK, Main.execute("init", study.toString()));
        String yaml = Files.readString(study.resolve("study.yaml"));
        assertTrue(yaml.contains("answer_scale: eens5"), yaml);
        assertTrue(yaml.contains("# Microsoft Forms (Nederlands)") && yaml.contains("# Google Forms"), yaml);
        assertTrue(yaml.contains("wave: {from_file_name: {voormeting: voormeting, nameting: nameting}}"), yaml);
        assertTrue(yaml.contains("school_year: {from_date: \"Begintijd\"}  # controleer"), yaml);
        assertTrue(yaml.contains("locations: [\"Akker\", \"Beek\", \"Duin\", \"Haven\"]"), yaml);
        assertTrue(yaml.contains("\"Voormeting *\": \"wave:voormeting\""), yaml);
        assertTrue(yaml.contains("kind: nieuwe_collega") && yaml.contains("kind: partner") && yaml.contains("kind: ouder"), yaml);
        assertTrue(yaml.contains("\"Telefoongesprek\": telefonisch_contact"), yaml);
        assertTrue(yaml.contains("kotter_log: {file: \"logs/kotter_inwerkprotocol.csv\"}"), yaml);
        assertEquals(16, yaml.lines().filter(l -> l.contains("scale: schaal, column:")).count(), yaml);
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        int code = nl.samenkracht.validate.StudyCheck.run(study.resolve("study.yaml"), new java.io.PrintStream(buf, true));
        assertEquals(ExitCodes.OK, code, buf.toString());
        assertTrue(buf.toString().contains("4198 rows"), buf.toString());
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
