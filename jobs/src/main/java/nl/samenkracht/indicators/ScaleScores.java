package nl.samenkracht.indicators;

import nl.samenkracht.canonical.KeyCodes;
import nl.samenkracht.canonical.KeyCodes.Key;
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
 * Scale score per respondent × instrument × school year × wave: the mean of the answered
 * (reverse-keyed) items of the scale, and no score when fewer than {@code minAnsweredShare} of
 * the scale's items are answered. Keys stay integer codes with their labels (canonical.KeyCodes).
 */
public final class ScaleScores {
    public static final String[] COLUMNS = {"instrument", "scale", "school_year", "wave", "location", "grp",
            "respondent", "anonymous", "n_items", "n_answered", "score"};

    private ScaleScores() {}

    public static Dataset<Row> compute(SparkSession spark, Dataset<Row> responses, Codebook codebook, double minAnsweredShare) {
        nl.samenkracht.canonical.CanonicalTable.RESPONSES.require(responses, "scale scores");
        // Keys are codes (canonical.KeyCodes): the scale sizes are joined on the codes of their instrument and scale.
        KeyCodes keys = KeyCodes.of(responses);
        List<Row> sizes = new ArrayList<>();
        for (Codebook.Scale s : codebook.scales()) {
            int instrument = keys.code(Key.INSTRUMENT, s.instrument()), scale = keys.code(Key.SCALE, s.id());
            if (instrument >= 0 && scale >= 0) sizes.add(RowFactory.create(instrument, scale, s.itemIds().size()));
        }
        StructType sizeSchema = new StructType().add("s_instrument", DataTypes.IntegerType).add("s_scale", DataTypes.IntegerType)
                .add("n_items", DataTypes.IntegerType);
        Dataset<Row> scaleSizes = spark.createDataFrame(sizes, sizeSchema);
        return responses.filter(col("scale").isNotNull())
                .groupBy("instrument", "scale", "school_year", "wave", "location", "grp", "respondent", "anonymous")
                .agg(count(col("score")).cast("int").as("n_answered"), avg(col("score")).as("mean_answered"))
                .join(broadcast(scaleSizes), col("instrument").equalTo(col("s_instrument")).and(col("scale").equalTo(col("s_scale"))))
                .withColumn("score", when(col("n_answered").geq(col("n_items").multiply(lit(minAnsweredShare)))
                        .and(col("n_answered").gt(0)), col("mean_answered")))
                .select(col("instrument"), col("scale"), col("school_year"), col("wave"), col("location"), col("grp"),
                        col("respondent"), col("anonymous"), col("n_items"), col("n_answered"), col("score"));
    }
}
