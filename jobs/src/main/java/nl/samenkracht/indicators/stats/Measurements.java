package nl.samenkracht.indicators.stats;

import nl.samenkracht.canonical.KeyCodes;
import nl.samenkracht.canonical.KeyCodes.Key;
import nl.samenkracht.indicators.Descriptives;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The long table every rank test reads: one row per respondent × wave × measure, where a measure
 * is a scale (its scale score) or an item (its reverse-keyed score). Columns: instrument, level
 * ({@value StatisticsStage#SCALE} | {@value StatisticsStage#ITEM}), measure, school_year, wave,
 * location, grp (null when there is no group), respondent, anonymous, x. The keys are integer codes
 * (canonical.KeyCodes); measure is coded in {@link #measureLabels}.
 */
final class Measurements {
    private Measurements() {}

    static Dataset<Row> of(Dataset<Row> responses, Dataset<Row> scaleScores) {
        KeyCodes keys = KeyCodes.of(responses);
        int scaleCount = keys.labels(Key.SCALE).size();
        Dataset<Row> scales = scaleScores.filter(col("score").isNotNull())
                .select(col("instrument"), lit(StatisticsStage.SCALE).as("level"), col("scale").as("measure"),
                        col("school_year"), col("wave"), col("location"), group(keys).as("grp"), col("respondent"),
                        col("anonymous"), col("score").as("x"));
        Dataset<Row> items = responses.filter(col("score").isNotNull())
                .select(col("instrument"), lit(StatisticsStage.ITEM).as("level"), col("item").plus(scaleCount).as("measure"),
                        col("school_year"), col("wave"), col("location"), group(keys).as("grp"), col("respondent"),
                        col("anonymous"), col("score").as("x"));
        Dataset<Row> both = scales.unionByName(items)
                .filter(col("school_year").isNotNull().and(col("wave").isNotNull()));
        return KeyCodes.labelled(KeyCodes.labelled(both, "measure", measureLabels(keys)), "grp", keys.labels(Key.GROUP));
    }

    /**
     * The labels of the coded measure column: a scale's code is its scale code, an item's code its item
     * code after all scale codes (the level column says which it is).
     */
    static List<String> measureLabels(KeyCodes keys) {
        List<String> out = new ArrayList<>(keys.labels(Key.SCALE));
        out.addAll(keys.labels(Key.ITEM));
        return out;
    }

    /** The labels of the measure column of a table {@link #of} made. */
    static List<String> measureLabelsOf(Dataset<Row> measurements) {
        return KeyCodes.labelsOf(measurements.schema().apply("measure"));
    }

    /** "(geen groep)", blank and null all mean: this respondent has no group. */
    static Column group(KeyCodes keys) {
        List<Integer> none = keys.codes(Key.GROUP, g -> g.isBlank() || g.equals(Descriptives.NO_GROUP));
        Column grp = col("grp");
        return none.isEmpty() ? grp : when(grp.isin(none.toArray()), lit(null).cast("int")).otherwise(grp);
    }
}
