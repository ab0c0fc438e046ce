package nl.samenkracht.run;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class AdaptiveExecutionTest {
    @Test
    void offForASmallStudyOnForABoardAndTheUserWins() {
        assertEquals(Map.of(AdaptiveExecution.KEY, "false"), AdaptiveExecution.settings(5L << 20, Map.of()));
        assertEquals(Map.of(), AdaptiveExecution.settings(AdaptiveExecution.SMALL_INPUT_BYTES, Map.of()));
        assertEquals(Map.of(AdaptiveExecution.KEY, "true"),
                AdaptiveExecution.settings(1L << 20, Map.of(AdaptiveExecution.KEY, "true")));
        Map<String, String> kept = AdaptiveExecution.settings(1L << 20, Map.of("spark.executor.memory", "4g"));
        assertEquals("4g", kept.get("spark.executor.memory"));
        assertEquals("false", kept.get(AdaptiveExecution.KEY));
    }
}
