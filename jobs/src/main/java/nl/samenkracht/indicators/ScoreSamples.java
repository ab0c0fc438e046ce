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
 * reports (Mann-Whitney year against year, a location against the rest). Only the wave a key figure
 * uses and only the years asked for are collected: the two latest years of a board are a few
 * hundred thousand doubles at most.
 */
public final class ScoreSamples {
    private final Map<List<String>, double[]> samples;

    private ScoreSamples(Map<List<String>, double[]> samples) {
        this.samples = samples;
    }

    public static final ScoreSamples NONE = new ScoreSamples(Map.of());

    /**
     * @param waves      (instrument, school year) → the wave the key figures use ({@link SurveyIndicators#waves})
     * @param years      the school years to collect
     * @param focusGroup a group whose figures have ids "…/mean@group", or null
     */
    public static ScoreSamples collect(Dataset<Row> scaleScores, Map<List<String>, String> waves, Set<String> years, String focusGroup) {
        if (years.isEmpty()) return NONE;
        List<Row> rows = scaleScores.filter(col("score").isNotNull().and(col("school_year").isin(years.toArray())))
                .select("instrument", "scale", "school_year", "wave", "location", "grp", "score").collectAsList();
        Map<List<String>, List<Double>> lists = new HashMap<>();
        for (Row r : rows) {
            String instrument = r.getString(0), scale = r.getString(1), year = r.getString(2), wave = r.getString(3);
            if (!wave.equals(waves.get(List.of(instrument, year)))) continue;
            String location = r.isNullAt(4) ? null : r.getString(4);
            String grp = r.isNullAt(5) ? null : r.getString(5);
            double score = r.getDouble(6);
            String id = instrument + "/" + scale + "/mean";
            List<String> ids = focusGroup != null && focusGroup.equals(grp) ? List.of(id, id + "@" + focusGroup) : List.of(id);
            for (String i : ids) {
                lists.computeIfAbsent(List.of(i, year, Descriptives.ALL_LOCATIONS), k -> new ArrayList<>()).add(score);
                if (location != null) lists.computeIfAbsent(List.of(i, year, location), k -> new ArrayList<>()).add(score);
            }
        }
        Map<List<String>, double[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
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
