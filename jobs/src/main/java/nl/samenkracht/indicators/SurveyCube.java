package nl.samenkracht.indicators;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/**
 * The count cubes of the survey data: how often each answer (and each scale score) occurs per
 * instrument × measure × school year × wave × location × group. Likert answers and scale scores
 * take few distinct values, so these cubes are small whatever the number of respondents, and
 * everything descriptive is exact from them on the driver: descriptives with their quantiles and
 * agree shares ({@link Descriptives}), the item distributions ({@link ItemDistributions}), the
 * totals over locations and groups, and which instrument × school year × wave cells exist.
 * One Spark aggregation per canonical table (responses, scale scores), collected together with
 * the statistics' inputs in one action ({@link FusedCollect}).
 *
 * @param items  one row per instrument × item × school year × wave × location × group × answer
 *               value (null: missing), from the responses
 * @param scales one row per instrument × scale × school year × wave × location × group × score,
 *               from the scale scores with a score
 */
public record SurveyCube(List<ItemCount> items, List<ScaleCount> scales) {
    /** Group null = the respondent has no group; value null = no (valid) answer. */
    public record ItemCount(String instrument, String item, String schoolYear, String wave, String location, String grp,
                            Double value, long n) {}

    public record ScaleCount(String instrument, String scale, String schoolYear, String wave, String location,
                             String grp, double score, long n) {}

    public static final SurveyCube EMPTY = new SurveyCube(List.of(), List.of());

    /** The two Spark parts of the cube, to be collected with others. */
    public record Request(FusedCollect.Part items, FusedCollect.Part scales) {
        public SurveyCube result() {
            List<ItemCount> it = new ArrayList<>(items.rows().size());
            for (Row r : items.rows())
                it.add(new ItemCount(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.isNullAt(6) ? null : r.getDouble(6), r.getLong(7)));
            List<ScaleCount> sc = new ArrayList<>(scales.rows().size());
            for (Row r : scales.rows())
                sc.add(new ScaleCount(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getDouble(6), r.getLong(7)));
            return new SurveyCube(it, sc);
        }
    }

    public static Request request(FusedCollect fused, Dataset<Row> responses, Dataset<Row> scaleScores) {
        nl.samenkracht.canonical.CanonicalTable.RESPONSES.require(responses, "descriptives");
        Dataset<Row> items = responses.columns().length == 0 ? responses
                : responses.groupBy(col("instrument"), col("item"), col("school_year"), col("wave"), col("location"),
                        col("grp"), col("value")).agg(count(lit(1)).as("n"));
        Dataset<Row> scales = scaleScores.columns().length == 0 ? scaleScores
                : scaleScores.filter(col("score").isNotNull())
                .groupBy(col("instrument"), col("scale"), col("school_year"), col("wave"), col("location"),
                        col("grp"), col("score")).agg(count(lit(1)).as("n"));
        return new Request(fused.add(items), fused.add(scales));
    }

    /** Instrument → school year → the waves with responses (school year and wave known), all sorted by name. */
    public Map<String, Map<String, Set<String>>> cells() {
        Map<String, Map<String, Set<String>>> out = new TreeMap<>();
        for (ItemCount c : items) {
            if (c.schoolYear() == null || c.wave() == null) continue;
            out.computeIfAbsent(c.instrument(), k -> new TreeMap<>()).computeIfAbsent(c.schoolYear(), k -> new TreeSet<>())
                    .add(c.wave());
        }
        return out;
    }
}
