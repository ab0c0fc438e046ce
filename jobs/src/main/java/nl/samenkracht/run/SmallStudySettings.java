package nl.samenkracht.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spark settings for a small study (docs/architecture.md, "Start-up, memory and speed"). The
 * boundary is the launcher's C1/tiered one: 64 MB of input files. A setting the user gives with
 * {@code --conf} always wins.
 *
 * <ul>
 *   <li><b>Adaptive query execution off.</b> AQE runs every shuffle stage as a Spark job of its own
 *   and re-optimises the rest of the plan after each: on the sample that was 92 jobs instead of 30,
 *   and measurably more CPU, for data that fits in a few tasks anyway. A board keeps it (runtime
 *   broadcast joins and partition coalescing over hundreds of MB).</li>
 *   <li><b>Code generation off</b> (whole-stage and expression). Generating and compiling Java for
 *   every distinct plan costs more than it saves on a few thousand rows, most of all with C1 only:
 *   on the sample, 37.1 / 35.2 s wall and 59.2 / 56.8 CPU s with it, 28.4 / 26.8 s and 46.8 / 44.0
 *   CPU s without, tables byte-identical (2026-12-03, load 1.8–2.9). On 2 million contacts the same
 *   switch made a run 260 s instead of about 118 s, so large studies keep it.</li>
 * </ul>
 */
public final class SmallStudySettings {
    public static final String ADAPTIVE = "spark.sql.adaptive.enabled";
    public static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
    public static final String CODEGEN_FACTORY = "spark.sql.codegen.factoryMode";
    public static final long SMALL_INPUT_BYTES = 64L << 20;

    private static final Map<String, String> SMALL = Map.of(
            ADAPTIVE, "false",
            WHOLE_STAGE_CODEGEN, "false",
            CODEGEN_FACTORY, "NO_CODEGEN");

    private SmallStudySettings() {}

    /** The user's settings, plus the small-study ones the user did not set when the input is small. */
    public static Map<String, String> settings(long inputBytes, Map<String, String> userConf) {
        Map<String, String> out = new LinkedHashMap<>();
        if (inputBytes < SMALL_INPUT_BYTES) {
            for (String key : new String[] {ADAPTIVE, WHOLE_STAGE_CODEGEN, CODEGEN_FACTORY})
                if (!userConf.containsKey(key)) out.put(key, SMALL.get(key));
        }
        out.putAll(userConf);
        return out;
    }
}
