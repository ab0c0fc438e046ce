package nl.samenkracht.indicators;

import nl.samenkracht.canonical.KeyCodes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
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
 * available after {@link #collect()}. Integer-coded key columns ({@link KeyCodes}) come back as their
 * labels: the aggregation runs on integers, the driver sees the study's values.
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

    /** The rows of one Dataset in one action, coded keys as labels (as a part of a larger action would give them). */
    public static List<Row> collectOne(Dataset<Row> data) {
        FusedCollect fused = new FusedCollect();
        Part p = fused.add(data);
        fused.collect();
        return p.rows();
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
            Labels labels = Labels.of(p.data.schema());
            for (Row r : p.data.collectAsList()) p.rows.add(labels.apply(r));
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
        Labels[] labels = live.stream().map(p -> Labels.of(p.data.schema())).toArray(Labels[]::new);
        for (Row r : union.collectAsList()) {
            int i = r.getInt(0);
            live.get(i).rows.add(labels[i].apply(r.getStruct(i + 1)));
        }
        for (Part p : live) p.ready = true;
    }

    /**
     * Turns a part's integer-coded key columns back into their labels (issue 13, point 4): the rows a
     * part hands back have Strings where the Spark plan had codes, at the same positions, so what reads
     * them ({@code getString}, {@code getAs}) sees the values the study spells. A column is coded when it
     * carries labels in its metadata ({@link KeyCodes#labelsOf}); the labels come from the part's own
     * schema (a union keeps only the first child's metadata).
     */
    private record Labels(List<String>[] byField, StructType decoded) {
        @SuppressWarnings("unchecked")
        static Labels of(StructType schema) {
            List<String>[] by = new List[schema.fields().length];
            StructType out = new StructType();
            boolean any = false;
            for (int i = 0; i < by.length; i++) {
                StructField f = schema.fields()[i];
                by[i] = KeyCodes.labelsOf(f);
                if (by[i] == null && f.dataType().equals(DataTypes.IntegerType) && CODED_NAMES.contains(f.name()))
                    throw new IllegalStateException("column '" + f.name() + "' of a collected part is an integer key without"
                            + " its labels: the codes were given no " + KeyCodes.LABELS + " metadata (or lost it)");
                any |= by[i] != null;
                out = out.add(by[i] == null ? f : new StructField(f.name(), DataTypes.StringType, f.nullable(), Metadata.empty()));
            }
            return new Labels(any ? by : null, out);
        }

        Row apply(Row r) {
            if (byField == null) return r;
            Object[] v = new Object[byField.length];
            for (int i = 0; i < v.length; i++) {
                if (byField[i] == null || r.isNullAt(i)) v[i] = r.get(i);
                else {
                    int code = r.getInt(i);
                    if (code < 0 || code >= byField[i].size())
                        throw new IllegalStateException("code " + code + " of column '" + decoded.fields()[i].name()
                                + "' has no label (" + byField[i].size() + " labels)");
                    v[i] = byField[i].get(code);
                }
            }
            return new GenericRowWithSchema(v, decoded);
        }
    }

    /** Names of integer columns that are codes wherever they appear: the keys, and the stages' coded derivations. */
    private static final java.util.Set<String> CODED_NAMES;

    static {
        java.util.Set<String> names = new java.util.HashSet<>(List.of("measure", "subset", "g"));
        for (KeyCodes.Key k : KeyCodes.Key.values()) names.add(k.column);
        CODED_NAMES = java.util.Set.copyOf(names);
    }

    private static Column[] columns(StructType schema) {
        return Arrays.stream(schema.fields()).map(StructField::name).map(n -> col("`" + n.replace("`", "``") + "`"))
                .toArray(Column[]::new);
    }
}
