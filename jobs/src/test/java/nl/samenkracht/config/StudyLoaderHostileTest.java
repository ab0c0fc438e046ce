package nl.samenkracht.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 17, classes 1, 2 and 5 for study.yaml: duplicate keys, Jackson jargon, wrong encoding. */
class StudyLoaderHostileTest {
    @TempDir
    Path dir;

    private ConfigException fails(byte[] bytes) throws Exception {
        Path f = dir.resolve("study.yaml");
        Files.write(f, bytes);
        return assertThrows(ConfigException.class, () -> StudyLoader.load(f));
    }

    private ConfigException fails(String yaml) throws Exception {
        return fails(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aTopLevelKeyWrittenTwiceIsRefusedWithBothLines() throws Exception {
        String yaml = StudyLoaderTest.VALID + """
                surveys:
                  - id: h
                    instrument: q
                    files: ["y.csv"]
                    wave: {value: nameting}
                    school_year: {value: 2024-2025}
                """;
        ConfigException e = fails(yaml);
        String m = e.getMessage();
        assertTrue(m.contains("'surveys'") && m.contains("twice"), m);
        assertTrue(m.contains("line 9") && m.contains("line 15"), m);
    }

    @Test
    void aListWhereOneValueIsExpectedIsSaidInPlainEnglish() throws Exception {
        ConfigException e = fails(StudyLoaderTest.VALID.replace("study: {id: test, name: Test}", "study: {id: [a, b], name: Test}"));
        String m = e.getMessage();
        assertTrue(m.contains("expected a single value, found a list"), m);
        assertFalse(m.contains("JsonToken") || m.contains("java.lang") || m.contains("deserialize"), m);
        assertTrue(m.contains("line 2"), m);
    }

    @Test
    void aWindows1252FileNamesTheLineAndTheEncoding() throws Exception {
        String yaml = StudyLoaderTest.VALID.replace("name: Test", "name: Caf\u00e9 \u2013 test");
        ConfigException e = fails(yaml.getBytes(Charset.forName("windows-1252")));
        String m = e.getMessage();
        assertTrue(m.contains("study.yaml is not UTF-8 (line 2); save it as UTF-8"), m);
        assertFalse(m.contains("Input length"), m);
    }
}
