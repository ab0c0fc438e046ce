package nl.samenkracht.indicators.stats;

import nl.samenkracht.indicators.Descriptives;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

/**
 * The long table every rank test reads: one row per respondent × wave × measure, where a measure
 * is a scale (its scale score) or an item (its reverse-keyed score). Columns: instrument, level
 * ({@value StatisticsStage#SCALE} | {@value StatisticsStage#ITEM}), measure, school_year, wave,
 * location, grp (null when there is no group), respondent, anonymous, x.
 */
final class Measurements {
    private Measurements() {}

    static Dataset<Row> of(Dataset<Row> responses, Dataset<Row> scaleScores) {
        Dataset<Row> scales = scaleScores.filter(col("score").isNotNull())
                .select(col("instrument"), lit(StatisticsStage.SCALE).as("level"), col("scale").as("measure"),
                        col("school_year"), col("wave"), col("location"), group().as("grp"), col("respondent"),
                        col("anonymous"), col("score").as("x"));
        Dataset<Row> items = responses.filter(col("score").isNotNull())
                .select(col("instrument"), lit(StatisticsStage.ITEM).as("level"), col("item").as("measure"),
                        col("school_year"), col("wave"), col("location"), group().as("grp"), col("respondent"),
                        col("anonymous"), col("score").as("x"));
        return scales.unionByName(items)
                .filter(col("school_year").isNotNull().and(col("wave").isNotNull()));
    }

    /** "(geen groep)", blank and null all mean: this respondent has no group. */
    private static Column group() {
        return when(col("grp").isNull().or(trim(col("grp")).equalTo(""))
                .or(col("grp").equalTo(Descriptives.NO_GROUP)), lit(null).cast("string"))
                .otherwise(col("grp"));
    }
}
