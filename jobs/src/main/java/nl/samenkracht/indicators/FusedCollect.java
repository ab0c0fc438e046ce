package nl.samenkracht.indicators;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

/**
 * Several small results collected in ONE Spark action. Every distinct action costs a SQL
 * execution: planning, code generation and job scheduling in a JVM that is still cold, which on
 * the sample cost more than the data (docs/architecture.md, "Start-up, memory and speed"). The
 * parts are unioned, each packed into a struct column of its own, so their schemas may differ;
 * {@link #collect()} hands each part its rows back, in the order that part alone would have
 * collected them (a union concatenates its children's partitions), with their own schema, so
 * {@code getAs(name)} and positional getters work as on a plain collect.
 *
 * <p>Usage: {@code Part p = fused.add(ds); … fused.collect(); p.rows()}. A part's rows are only
 * available after {@link #collect()}.
 */
public final class FusedCollect {
    private final List<Part> parts = new ArrayList<>();
    private boolean collected;

    /** A result that arrives with {@link FusedCollect#collect()}. */
    public static final class Part {
        private final Dataset<Row> data;
        private final List<Row> rows = new ArrayList<>();
        private boolean ready;

        private Part(Dataset<Row> data) {
            this.data = data;
        }

        public List<Row> rows() {
            if (!ready) throw new IllegalStateException("FusedCollect.collect() has not run yet");
            return rows;
        }
    }

    public Part add(Dataset<Row> data) {
        if (collected) throw new IllegalStateException("already collected");
        Part p = new Part(data);
        parts.add(p);
        return p;
    }

    /** Runs the one action (none when there are no parts). */
    public void collect() {
        if (collected) throw new IllegalStateException("already collected");
        collected = true;
        List<Part> live = new ArrayList<>();
        for (Part p : parts) {
            if (p.data.columns().length == 0) p.ready = true; // an empty frame without columns: no rows
            else live.add(p);
        }
        if (live.isEmpty()) return;
        if (live.size() == 1) {
            Part p = live.get(0);
            p.rows.addAll(p.data.collectAsList());
            p.ready = true;
            return;
        }
        Dataset<Row> union = null;
        for (int i = 0; i < live.size(); i++) {
            Column[] cols = new Column[live.size() + 1];
            cols[0] = lit(i).as("part");
            for (int j = 0; j < live.size(); j++) {
                StructType schema = live.get(j).data.schema();
                cols[j + 1] = i == j ? struct(columns(schema)).as("p" + j) : lit(null).cast(schema).as("p" + j);
            }
            Dataset<Row> packed = live.get(i).data.select(cols);
            union = union == null ? packed : union.union(packed);
        }
        for (Row r : union.collectAsList()) {
            int i = r.getInt(0);
            live.get(i).rows.add(r.getStruct(i + 1));
        }
        for (Part p : live) p.ready = true;
    }

    private static Column[] columns(StructType schema) {
        return Arrays.stream(schema.fields()).map(StructField::name).map(n -> col("`" + n.replace("`", "``") + "`"))
                .toArray(Column[]::new);
    }
}
