package nl.samenkracht.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adaptive query execution only where it pays (docs/architecture.md, "Start-up, memory and
 * speed"). AQE runs every shuffle stage as a Spark job of its own and re-optimises the rest of
 * the plan after each: on the sample that is 92 jobs instead of 30, and measurably more CPU, for
 * data that fits in a few tasks anyway. A board keeps it (runtime broadcast joins and partition
 * coalescing over hundreds of MB). The boundary is the launcher's C1/tiered one, 64 MB of input
 * files. An explicit {@code --conf spark.sql.adaptive.enabled=...} wins.
 */
public final class AdaptiveExecution {
    public static final String KEY = "spark.sql.adaptive.enabled";
    public static final long SMALL_INPUT_BYTES = 64L << 20;

    private AdaptiveExecution() {}

    /** The user's settings plus AQE off for a small study, unless the user set it. */
    public static Map<String, String> settings(long inputBytes, Map<String, String> userConf) {
        Map<String, String> out = new LinkedHashMap<>();
        if (inputBytes < SMALL_INPUT_BYTES && !userConf.containsKey(KEY)) out.put(KEY, "false");
        out.putAll(userConf);
        return out;
    }
}
