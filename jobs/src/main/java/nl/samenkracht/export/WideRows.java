package nl.samenkracht.export;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * One row per respondent × school year × wave of one instrument: the answer code of every item
 * and every scale score, pivoted by Spark and streamed to the driver in a stable order.
 */
final class WideRows {
    /** Marks a "counts as missing" answer in the pivot; replaced by the item's own missing code. */
    static final double MISSING_LABEL = -1.0e300;

    private WideRows() {}

    /**
     * @return rows in the order of {@code vars.all()}: strings for the case columns, Double (or
     * null) for items and scores
     */
    static Iterator<Object[]> of(Dataset<Row> responses, Dataset<Row> scaleScores, String instrument, ExportVariables vars) {
        Column[] keys = {col("school_year"), col("wave"), col("respondent")};
        List<String> itemIds = new ArrayList<>(vars.items.keySet());
        List<String> scaleIds = new ArrayList<>(vars.scales.keySet());
        Dataset<Row> answers = responses.filter(col("instrument").equalTo(instrument).and(col("item").isin(itemIds.toArray())))
                .withColumn("code", when(col("missing_label"), lit(MISSING_LABEL)).otherwise(col("value")))
                .groupBy(col("school_year"), col("wave"), col("respondent"), col("location"), col("grp"))
                .pivot("item", new ArrayList<Object>(itemIds))
                .agg(first(col("code"), true));
        Dataset<Row> wide = answers;
        if (!scaleIds.isEmpty()) {
            Dataset<Row> scores = scaleScores.filter(col("instrument").equalTo(instrument))
                    .groupBy(keys).pivot("scale", new ArrayList<Object>(scaleIds)).agg(first(col("score"), true));
            for (String s : scaleIds) scores = scores.withColumnRenamed(s, "score__" + s);
            wide = answers.join(scores, scala.jdk.CollectionConverters.ListHasAsScala(
                    List.of("school_year", "wave", "respondent")).asScala().toSeq(), "left");
        }
        Dataset<Row> ordered = wide.orderBy(col("school_year"), col("wave"), col("location"), col("grp"), col("respondent"));
        List<ExportVariable> all = vars.all();
        Iterator<Row> it = ordered.toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object[] next() {
                Row r = it.next();
                Object[] out = new Object[all.size()];
                out[0] = r.getAs("respondent");
                out[1] = r.getAs("school_year");
                out[2] = r.getAs("wave");
                out[3] = r.getAs("location");
                out[4] = r.getAs("grp");
                int i = 5;
                for (Map.Entry<String, ExportVariable> e : vars.items.entrySet()) {
                    Object v = r.getAs(e.getKey());
                    Double d = v == null ? null : ((Number) v).doubleValue();
                    if (d != null && d == MISSING_LABEL) d = e.getValue().missingCode() == null ? null : e.getValue().missingCode().doubleValue();
                    out[i++] = d;
                }
                for (String s : vars.scales.keySet()) {
                    Object v = scaleIds.isEmpty() ? null : r.getAs("score__" + s);
                    out[i++] = v == null ? null : ((Number) v).doubleValue();
                }
                return out;
            }
        };
    }
}
