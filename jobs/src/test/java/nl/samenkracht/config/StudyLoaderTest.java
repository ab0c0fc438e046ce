package nl.samenkracht.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class StudyLoaderTest {
    @TempDir
    Path dir;

    static final String VALID = """
            version: 1
            study: {id: test, name: Test}
            instruments:
              - id: q
                answer_scale: eens5
                scales: [{id: s}]
                items:
                  - {id: a, scale: s, column: "Vraag A"}
            surveys:
              - id: g
                instrument: q
                files: ["x.csv"]
                wave: {value: voormeting}
                school_year: {value: 2024-2025}
            """;

    private ConfigException fails(String yaml) throws Exception {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, yaml);
        return assertThrows(ConfigException.class, () -> StudyLoader.load(f));
    }

    @Test
    void aValidStudyLoadsWithItsDefaults() throws Exception {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, VALID);
        Study s = StudyLoader.load(f);
        assertEquals("test", s.id());
        assertEquals(0.5, s.config().options().minAnsweredShare());
        assertEquals(5, s.config().privacy().minGroupSize());
        assertEquals("voormeting", s.config().options().preWave());
    }

    /** Issue 15: all problems of the file in one message, each with its line (VALID's lines are counted in the comments). */
    @Test
    void everyProblemOfTheFileIsReportedAtOnceWithItsLine() throws Exception {
        String yaml = VALID.replace("study: {id: test, name: Test}", "study: {id: test, name: Test, nmae: x}")   // line 2
                .replace("{id: a, scale: s, column:", "{id: a, scale: t, column:")                         // line 8
                .replace("instrument: q\n", "instrument: qq\n")                                            // surveys[0], line 10
                + "  - id: h\n    instrument: q\n    files: [\"y.csv\"]\n    wave: {value: nameting}\n";   // surveys[1], line 15
        String m = fails(yaml).getMessage();
        assertTrue(m.startsWith("4 problems in "), m);
        assertEquals(5, m.lines().count(), m);
        assertTrue(m.contains(", line 2: unknown key 'nmae' under study (did you mean 'name'?)"), m);
        assertTrue(m.contains(", line 8: instruments[0].items[0] (a): scale 't' is not defined"), m);
        assertTrue(m.contains(", line 10: surveys[0] (g): instrument 'qq' is not defined"), m);
        assertTrue(m.contains(", line 15: surveys[1] (h).school_year is required"), m);
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheClosestKnownKey() throws Exception {
        ConfigException e = fails(VALID.replace("answer_scale: eens5", "answer_scael: eens5"));
        assertTrue(e.getMessage().contains("unknown key 'answer_scael'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'answer_scale'"), e.getMessage());
        assertTrue(e.getMessage().contains("line 5"), e.getMessage());
    }

    @Test
    void anUnknownAnswerScaleSuggestsTheBuiltIn() throws Exception {
        ConfigException e = fails(VALID.replace("answer_scale: eens5", "answer_scale: eens6"));
        assertTrue(e.getMessage().contains("answer scale 'eens6' is not defined"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'eens4' or 'eens5' or 'eens7'"), e.getMessage());
    }

    @Test
    void anItemOfAnUndefinedScaleIsRefused() throws Exception {
        ConfigException e = fails(VALID.replace("scale: s, column", "scale: ss, column"));
        assertTrue(e.getMessage().contains("scale 'ss' is not defined"), e.getMessage());
    }

    @Test
    void waveAndSchoolYearMustSayWhereTheyComeFrom() throws Exception {
        assertTrue(fails(VALID.replace("    wave: {value: voormeting}\n", "")).getMessage().contains("wave is required"));
        ConfigException both = fails(VALID.replace("wave: {value: voormeting}", "wave: {value: voormeting, column: Meting}"));
        assertTrue(both.getMessage().contains("give exactly one of"), both.getMessage());
        ConfigException year = fails(VALID.replace("value: 2024-2025", "value: dit jaar"));
        assertTrue(year.getMessage().contains("not a school year"), year.getMessage());
    }

    @Test
    void aBadValueNamesItsPath() throws Exception {
        ConfigException e = fails(VALID.replace("version: 1\n", "version: 1\nprivacy: {min_group_size: nul}\n"));
        assertTrue(e.getMessage().contains("privacy.min_group_size"), e.getMessage());
    }

    @Test
    void missingOrEmptyStudyFileIsAClearError() throws Exception {
        assertTrue(assertThrows(ConfigException.class, () -> StudyLoader.load(dir.resolve("nope.yaml"))).getMessage().contains("not found"));
        assertTrue(fails("").getMessage().contains("empty"));
    }
}
