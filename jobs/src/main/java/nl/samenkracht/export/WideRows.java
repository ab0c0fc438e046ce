package nl.samenkracht.export;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * One row per instrument × respondent × school year × wave: the answer code of every item and
 * every scale score of that instrument, pivoted by Spark in one plan for all instruments and
 * streamed to the driver in a stable order (one Spark action for the whole export, not one per
 * instrument).
 */
final class WideRows {
    /** Marks a "counts as missing" answer in the pivot; replaced by the item's own missing code. */
    static final double MISSING_LABEL = -1.0e300;
    /** Joins instrument and item (or scale) into one pivot key; a control character no label holds. */
    private static final String SEP = "\u001f";

    /** A wide row and the instrument whose file it belongs to. */
    record Tagged(String instrument, Object[] values) {}

    private WideRows() {}

    /**
     * @param byInstrument the export columns per instrument, in file order
     * @return rows ordered by school year, wave, location, group and respondent; the values in the
     * order of their instrument's {@code all()}: strings for the case columns, Double (or null) for
     * items and scores
     */
    static Iterator<Tagged> of(Dataset<Row> responses, Dataset<Row> scaleScores, Map<String, ExportVariables> byInstrument) {
        // Pivot columns get positional names (i0, s0, …): labels may hold characters a column name should not.
        Map<String, String> itemSlots = new LinkedHashMap<>(), scaleSlots = new LinkedHashMap<>();
        byInstrument.forEach((instrument, vars) -> {
            vars.items.keySet().forEach(i -> itemSlots.put(instrument + SEP + i, "i" + itemSlots.size()));
            vars.scales.keySet().forEach(s -> scaleSlots.put(instrument + SEP + s, "s" + scaleSlots.size()));
        });
        List<String> caseColumns = List.of("instrument", "school_year", "wave", "respondent", "location", "grp");
        Dataset<Row> answers = responses
                .withColumn("slot", concat_ws(SEP, col("instrument"), col("item")))
                .filter(col("slot").isin(itemSlots.keySet().toArray()))
                .withColumn("code", when(col("missing_label"), lit(MISSING_LABEL)).otherwise(col("value")))
                .groupBy(caseColumns.stream().map(c -> col(c)).toArray(Column[]::new))
                .pivot("slot", new ArrayList<Object>(itemSlots.keySet()))
                .agg(first(col("code"), true));
        answers = answers.toDF(names(caseColumns, itemSlots.values()));
        Dataset<Row> wide = answers;
        if (!scaleSlots.isEmpty()) {
            List<String> keys = List.of("instrument", "school_year", "wave", "respondent");
            Dataset<Row> scores = scaleScores
                    .withColumn("slot", concat_ws(SEP, col("instrument"), col("scale")))
                    .groupBy(keys.stream().map(c -> col(c)).toArray(Column[]::new))
                    .pivot("slot", new ArrayList<Object>(scaleSlots.keySet()))
                    .agg(first(col("score"), true));
            scores = scores.toDF(names(keys, scaleSlots.values()));
            wide = answers.join(scores, scala.jdk.CollectionConverters.ListHasAsScala(keys).asScala().toSeq(), "left");
        }
        Iterator<Row> it = wide.orderBy(col("school_year"), col("wave"), col("location"), col("grp"), col("respondent"))
                .toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Tagged next() {
                Row r = it.next();
                String instrument = r.getAs("instrument");
                ExportVariables vars = byInstrument.get(instrument);
                Object[] out = new Object[vars.all().size()];
                out[0] = r.getAs("respondent");
                out[1] = r.getAs("school_year");
                out[2] = r.getAs("wave");
                out[3] = r.getAs("location");
                out[4] = r.getAs("grp");
                int i = 5;
                for (Map.Entry<String, ExportVariable> e : vars.items.entrySet()) {
                    Object v = r.getAs(itemSlots.get(instrument + SEP + e.getKey()));
                    Double d = v == null ? null : ((Number) v).doubleValue();
                    if (d != null && d == MISSING_LABEL) d = e.getValue().missingCode() == null ? null : e.getValue().missingCode().doubleValue();
                    out[i++] = d;
                }
                for (String s : vars.scales.keySet()) {
                    Object v = scaleSlots.isEmpty() ? null : r.getAs(scaleSlots.get(instrument + SEP + s));
                    out[i++] = v == null ? null : ((Number) v).doubleValue();
                }
                return new Tagged(instrument, out);
            }
        };
    }

    private static String[] names(List<String> keys, java.util.Collection<String> slots) {
        List<String> n = new ArrayList<>(keys);
        n.addAll(slots);
        return n.toArray(String[]::new);
    }
}
