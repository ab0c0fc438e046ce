package nl.samenkracht.run;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmallStudySettingsTest {
    private static final Map<String, String> SMALL = Map.of(
            SmallStudySettings.ADAPTIVE, "false",
            SmallStudySettings.WHOLE_STAGE_CODEGEN, "false",
            SmallStudySettings.CODEGEN_FACTORY, "NO_CODEGEN");

    @Test
    void aSmallStudyRunsWithoutAdaptiveExecutionAndCodeGeneration() {
        assertEquals(SMALL, SmallStudySettings.settings(5L << 20, Map.of()));
        assertEquals(SMALL, SmallStudySettings.settings(SmallStudySettings.SMALL_INPUT_BYTES - 1, Map.of()));
    }

    @Test
    void aLargeStudyKeepsSparksDefaults() {
        assertEquals(Map.of(), SmallStudySettings.settings(SmallStudySettings.SMALL_INPUT_BYTES, Map.of()));
        assertEquals(Map.of("spark.executor.memory", "4g"),
                SmallStudySettings.settings(1L << 30, Map.of("spark.executor.memory", "4g")));
    }

    @Test
    void whatTheUserSetsWins() {
        Map<String, String> s = SmallStudySettings.settings(1L << 20,
                Map.of(SmallStudySettings.ADAPTIVE, "true", SmallStudySettings.WHOLE_STAGE_CODEGEN, "true", "spark.executor.memory", "4g"));
        assertEquals("true", s.get(SmallStudySettings.ADAPTIVE));
        assertEquals("true", s.get(SmallStudySettings.WHOLE_STAGE_CODEGEN));
        assertEquals("NO_CODEGEN", s.get(SmallStudySettings.CODEGEN_FACTORY));
        assertEquals("4g", s.get("spark.executor.memory"));
    }
}
