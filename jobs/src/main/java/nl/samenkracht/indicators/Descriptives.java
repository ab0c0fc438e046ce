package nl.samenkracht.indicators;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.*;

/**
 * Descriptives of scale scores and items per instrument × school year × wave × location × group,
 * with the totals over locations ("Alle locaties") and groups ("Alle groepen") as grouping sets,
 * all in one Spark aggregation: n, mean, sd (n − 1), median and quartiles (R's default type 7,
 * which Spark's exact {@code percentile} also uses), min, max, share agree (top two options, or
 * for a scale score: at or above the top-two threshold) and share disagree.
 * Items are described as answered; scale scores after reverse keying.
 */
public final class Descriptives {
    public static final String ALL_LOCATIONS = "Alle locaties";
    public static final String ALL_GROUPS = "Alle groepen";
    public static final String NO_GROUP = "(geen groep)";

    private Descriptives() {}

    public static Dataset<Row> compute(SparkSession spark, Dataset<Row> scaleScores, Dataset<Row> responses, Codebook codebook) {
        Dataset<Row> thresholds = thresholds(spark, codebook);
        Dataset<Row> scales = scaleScores.filter(col("score").isNotNull())
                .select(col("instrument"), lit("schaal").as("level"), col("scale").as("measure"), col("school_year"),
                        col("wave"), col("location"), col("grp"), col("score").as("x"));
        Dataset<Row> items = responses.filter(col("value").isNotNull())
                .select(col("instrument"), lit("item").as("level"), col("item").as("measure"), col("school_year"),
                        col("wave"), col("location"), col("grp"), col("value").as("x"));
        Dataset<Row> all = scales.unionByName(items)
                .withColumn("grp", coalesce(col("grp"), lit(NO_GROUP)))
                .join(broadcast(thresholds), col("instrument").equalTo(col("t_instrument"))
                        .and(col("level").equalTo(col("t_level"))).and(col("measure").equalTo(col("t_measure"))));
        all.createOrReplaceTempView("sk_measurements");
        return spark.sql("""
                SELECT instrument, level, measure, school_year, wave,
                       CASE WHEN grouping(location) = 1 THEN '%s' ELSE location END AS location,
                       CASE WHEN grouping(grp) = 1 THEN '%s' ELSE grp END AS grp,
                       count(x) AS n, avg(x) AS mean, stddev_samp(x) AS sd,
                       percentile(x, 0.5) AS median, percentile(x, 0.25) AS q1, percentile(x, 0.75) AS q3,
                       min(x) AS min, max(x) AS max,
                       avg(CASE WHEN x >= agree_from THEN 1.0D ELSE 0.0D END) AS share_agree,
                       avg(CASE WHEN x <= disagree_to THEN 1.0D ELSE 0.0D END) AS share_disagree
                FROM sk_measurements
                GROUP BY instrument, level, measure, school_year, wave, GROUPING SETS ((location, grp), (location), (grp), ())
                """.formatted(ALL_LOCATIONS, ALL_GROUPS));
    }

    private static Dataset<Row> thresholds(SparkSession spark, Codebook codebook) {
        List<Row> rows = new ArrayList<>();
        for (Codebook.Scale s : codebook.scales()) {
            AnswerScale a = codebook.answerScaleOf(s);
            if (a != null) rows.add(RowFactory.create(s.instrument(), "schaal", s.id(), a.agreeFrom(), a.disagreeTo()));
        }
        for (Codebook.Item i : codebook.likertItems()) {
            AnswerScale a = codebook.answerScaleOf(i);
            rows.add(RowFactory.create(i.instrument(), "item", i.id(), a.agreeFrom(), a.disagreeTo()));
        }
        StructType schema = new StructType().add("t_instrument", DataTypes.StringType).add("t_level", DataTypes.StringType)
                .add("t_measure", DataTypes.StringType).add("agree_from", DataTypes.DoubleType).add("disagree_to", DataTypes.DoubleType);
        return spark.createDataFrame(rows, schema);
    }
}
