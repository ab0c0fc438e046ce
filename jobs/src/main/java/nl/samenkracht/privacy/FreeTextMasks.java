package nl.samenkracht.privacy;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

/** Applies a {@link FreeTextMask} to collected rows or to a column of a Dataset. */
public final class FreeTextMasks {
    private FreeTextMasks() {}

    /** The rows with field {@code index} masked (the same list when masking is off). */
    public static List<Row> maskRows(List<Row> rows, int index, FreeTextMask mask) {
        if (!mask.enabled()) return rows;
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.isNullAt(index)) {
                out.add(r);
                continue;
            }
            Object[] v = new Object[r.length()];
            for (int i = 0; i < v.length; i++) v[i] = r.get(i);
            v[index] = mask.apply(r.getString(index));
            out.add(RowFactory.create(v));
        }
        return out;
    }

    /**
     * The Dataset with one string column masked, row by row inside Spark. The mask travels as a
     * broadcast variable, not inside the function: it holds every roster name (250,000 on a large
     * board), and a function's captured values are serialised into every stage that uses it, which
     * took seconds per stage. {@link FreeTextMask#apply} only reads, so the tasks may share one copy.
     */
    public static Dataset<Row> maskColumn(Dataset<Row> data, String column, FreeTextMask mask) {
        if (!mask.enabled()) return data;
        Broadcast<FreeTextMask> shared = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext()).broadcast(mask);
        UDF1<String, String> f = text -> shared.value().apply(text);
        Column masked = udf(f, DataTypes.StringType).apply(col(column));
        return data.withColumn(column, masked);
    }
}
