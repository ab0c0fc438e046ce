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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import static org.apache.spark.sql.functions.*;

/**
 * Descriptives of scale scores and items per instrument × school year × wave × location × group,
 * with the totals over locations ("Alle locaties") and groups ("Alle groepen") as grouping sets,
 * from one Spark aggregation of value counts: n, mean, sd (n − 1), median and quartiles (R's
 * default type 7), min, max, share agree (top two options, or
 * for a scale score: at or above the top-two threshold) and share disagree.
 * Items are described as answered; scale scores after reverse keying.
 */
public final class Descriptives {
    public static final String ALL_LOCATIONS = "Alle locaties";
    public static final String ALL_GROUPS = "Alle groepen";
    public static final String NO_GROUP = "(geen groep)";

    private Descriptives() {}

    public static final String[] COLUMNS = {"instrument", "level", "measure", "school_year", "wave", "location", "grp",
            "n", "mean", "sd", "median", "q1", "q3", "min", "max", "share_agree", "share_disagree"};

    /** @return the descriptives, sorted by instrument, level, measure, school year, wave, location, group */
    public static Table compute(SparkSession spark, Dataset<Row> scaleScores, Dataset<Row> responses, Codebook codebook) {
        nl.samenkracht.canonical.CanonicalTable.RESPONSES.require(responses, "descriptives");
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
        // Spark counts each distinct value per group (and per total, as grouping sets); the
        // statistics are then exact from those counts (FrequencyStatistics).
        // Counted per location and group first, so the grouping sets expand a few thousand
        // counted rows instead of every answer (4× the rows of a large board otherwise).
        List<Row> counts = spark.sql("""
                WITH counted AS (
                  SELECT instrument, level, measure, school_year, wave, location, grp, x, count(*) AS k,
                         first(agree_from) AS agree_from, first(disagree_to) AS disagree_to
                  FROM sk_measurements
                  GROUP BY instrument, level, measure, school_year, wave, location, grp, x
                )
                SELECT instrument, level, measure, school_year, wave,
                       CASE WHEN grouping(location) = 1 THEN '%s' ELSE location END AS location,
                       CASE WHEN grouping(grp) = 1 THEN '%s' ELSE grp END AS grp,
                       x, sum(k) AS k, first(agree_from) AS agree_from, first(disagree_to) AS disagree_to
                FROM counted
                GROUP BY instrument, level, measure, school_year, wave, x, GROUPING SETS ((location, grp), (location), (grp), ())
                """.formatted(ALL_LOCATIONS, ALL_GROUPS)).collectAsList();
        record Key(String instrument, String level, String measure, String schoolYear, String wave, String location, String grp) {}
        Map<Key, FrequencyStatistics> groups = new TreeMap<>(Comparator.comparing(Key::instrument).thenComparing(Key::level)
                .thenComparing(Key::measure).thenComparing(Key::schoolYear).thenComparing(Key::wave)
                .thenComparing(Key::location).thenComparing(Key::grp));
        Map<Key, double[]> limits = new HashMap<>();
        for (Row r : counts) {
            Key k = new Key(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6));
            groups.computeIfAbsent(k, x -> new FrequencyStatistics()).add(r.getDouble(7), r.getLong(8));
            limits.putIfAbsent(k, new double[]{r.getDouble(9), r.getDouble(10)});
        }
        Table t = Table.create("descriptives");
        StringColumn[] keys = new StringColumn[7];
        for (int i = 0; i < 7; i++) keys[i] = StringColumn.create(COLUMNS[i]);
        LongColumn n = LongColumn.create("n");
        DoubleColumn[] stats = new DoubleColumn[9];
        for (int i = 0; i < 9; i++) stats[i] = DoubleColumn.create(COLUMNS[8 + i]);
        for (Map.Entry<Key, FrequencyStatistics> e : groups.entrySet()) {
            Key k = e.getKey();
            FrequencyStatistics f = e.getValue();
            String[] kv = {k.instrument(), k.level(), k.measure(), k.schoolYear(), k.wave(), k.location(), k.grp()};
            for (int i = 0; i < 7; i++) keys[i].append(kv[i]);
            n.append(f.n());
            double[] lim = limits.get(k);
            double[] v = {f.mean(), f.sd(), f.quantile(0.5), f.quantile(0.25), f.quantile(0.75), f.min(), f.max(),
                    f.shareAtLeast(lim[0]), f.shareAtMost(lim[1])};
            for (int i = 0; i < 9; i++) {
                if (Double.isNaN(v[i])) stats[i].appendMissing();
                else stats[i].append(v[i]);
            }
        }
        t.addColumns(keys);
        t.addColumns(n);
        t.addColumns(stats);
        return t;
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
