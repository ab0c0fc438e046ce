package nl.samenkracht.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * The scale scores behind the questionnaire's key figures ({@link SurveyIndicators}), per indicator
 * id × school year × location (and {@link Descriptives#ALL_LOCATIONS}), for the tests of the audience
 * reports (Mann-Whitney year against year, a location against the rest). Collected as counts per
 * score value in the run's fused action; only the wave a key figure uses and only the years asked for
 * are expanded: the two latest years of a board are a few hundred thousand doubles at most.
 */
public final class ScoreSamples {
    private final Map<List<String>, double[]> samples;

    private ScoreSamples(Map<List<String>, double[]> samples) {
        this.samples = samples;
    }

    public static final ScoreSamples NONE = new ScoreSamples(Map.of());

    /**
     * The scale scores counted per cell and score value (instrument, scale, school year, wave, location, group,
     * score, count), for the run's one fused Spark action: scale scores are means of a few items, so a cell has a
     * handful of distinct values whatever the number of respondents. Null when no survey was read.
     */
    public static Dataset<Row> counts(Dataset<Row> scaleScores) {
        if (!java.util.Arrays.asList(scaleScores.columns()).containsAll(List.of("instrument", "scale", "school_year", "wave",
                "location", "grp", "score"))) return null;
        return scaleScores.filter(col("score").isNotNull())
                .groupBy("instrument", "scale", "school_year", "wave", "location", "grp", "score").count();
    }

    /**
     * The samples from the counted rows of {@link #counts}.
     *
     * @param rows       the collected counts, or null for none
     * @param waves      (instrument, school year) → the wave the key figures use ({@link SurveyIndicators#waves})
     * @param years      the school years to expand
     * @param focusGroup a group whose figures have ids "…/mean@group", or null
     */
    public static ScoreSamples from(List<Row> rows, Map<List<String>, String> waves, Set<String> years, String focusGroup) {
        if (rows == null || years.isEmpty()) return NONE;
        Map<List<String>, List<double[]>> lists = new HashMap<>();
        for (Row r : rows) {
            String instrument = r.getString(0), scale = r.getString(1), year = r.getString(2), wave = r.getString(3);
            if (!years.contains(year) || !wave.equals(waves.get(List.of(instrument, year)))) continue;
            String location = r.isNullAt(4) ? null : r.getString(4);
            String grp = r.isNullAt(5) ? null : r.getString(5);
            double[] valueCount = {r.getDouble(6), r.getLong(7)};
            String id = instrument + "/" + scale + "/mean";
            List<String> ids = focusGroup != null && focusGroup.equals(grp) ? List.of(id, id + "@" + focusGroup) : List.of(id);
            for (String i : ids) {
                lists.computeIfAbsent(List.of(i, year, Descriptives.ALL_LOCATIONS), k -> new ArrayList<>()).add(valueCount);
                if (location != null) lists.computeIfAbsent(List.of(i, year, location), k -> new ArrayList<>()).add(valueCount);
            }
        }
        Map<List<String>, double[]> out = new HashMap<>();
        lists.forEach((k, v) -> {
            int n = 0;
            for (double[] vc : v) n += (int) vc[1];
            double[] x = new double[n];
            int i = 0;
            for (double[] vc : v) for (int c = 0; c < (int) vc[1]; c++) x[i++] = vc[0];
            out.put(k, x);
        });
        return new ScoreSamples(out);
    }

    /** For tests and callers without Spark. */
    public static ScoreSamples of(Map<List<String>, double[]> samples) {
        return new ScoreSamples(Map.copyOf(samples));
    }

    /** The scores behind a mean key figure, or null when none were collected. */
    public double[] get(String id, String year, String location) {
        return samples.get(List.of(id, year, location));
    }
}
