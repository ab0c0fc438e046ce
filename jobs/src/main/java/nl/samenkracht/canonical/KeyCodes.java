package nl.samenkracht.canonical;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

/**
 * Integer-coded keys of the survey tables (issue 13, point 4). The board's executor profile was
 * dominated by hashing and copying string keys in every aggregation over the responses, so the key
 * columns of the canonical responses (instrument, school year, wave, location, group, item, scale)
 * are integers: the index of the value in a sorted dictionary per key. The dictionaries are made on
 * the driver at ingest, instrument, item and scale from study.yaml, school year, wave, location and
 * group from the values the accepted submissions have (one distinct in the ingest's accounting
 * action), and travel with the data as column metadata, as Spark ML's {@code StringIndexer} keeps its
 * labels: every stage finds them with {@link #of(StructType)} and no signature has to carry them. A
 * collected result is turned back into labels on the driver ({@link #labelsOf(StructField)}, used by
 * {@code indicators.FusedCollect}); data written for people (Parquet, export/) is decoded in Spark
 * ({@link #decode(Dataset)}).
 *
 * <p>A column derived from a key (a pre/post subset, a group comparison's group that is either a group
 * or a location) is coded in a label list of its own, made with {@link #labelled}. Totals
 * ("Alle locaties") are never codes: they are made on the driver after decoding.
 */
public final class KeyCodes {
    /** The metadata key holding a coded column's labels (label of code i at index i). */
    public static final String LABELS = "samenkracht_labels";

    /** A coded key and its column in the canonical tables. */
    public enum Key {
        INSTRUMENT("instrument"), SCHOOL_YEAR("school_year"), WAVE("wave"), LOCATION("location"), GROUP("grp"),
        ITEM("item"), SCALE("scale");

        public final String column;

        Key(String column) {
            this.column = column;
        }
    }

    private final EnumMap<Key, List<String>> labels = new EnumMap<>(Key.class);
    private final EnumMap<Key, Map<String, Integer>> codes = new EnumMap<>(Key.class);

    private KeyCodes(Map<Key, ? extends Collection<String>> values) {
        for (Key k : Key.values()) {
            TreeSet<String> sorted = new TreeSet<>();
            Collection<String> given = values.get(k);
            if (given != null) for (String v : given) if (v != null) sorted.add(v);
            List<String> l = List.copyOf(sorted);
            Map<String, Integer> c = new HashMap<>();
            for (int i = 0; i < l.size(); i++) c.put(l.get(i), i);
            labels.put(k, l);
            codes.put(k, c);
        }
    }

    /** Dictionaries of the given values per key (nulls ignored; a key not given has no values). */
    public static KeyCodes of(Map<Key, ? extends Collection<String>> values) {
        return new KeyCodes(values);
    }

    /**
     * The dictionaries a coded table carries in its columns' metadata (a key without a column: none).
     *
     * @throws IllegalStateException when a key column is an integer without labels: its codes could only
     *                               be compared with nothing, and a filter on them would silently keep no row
     */
    public static KeyCodes of(StructType schema) {
        Map<Key, List<String>> values = new EnumMap<>(Key.class);
        for (Key k : Key.values()) {
            if (!List.of(schema.fieldNames()).contains(k.column)) continue;
            StructField f = schema.apply(k.column);
            List<String> l = labelsOf(f);
            if (l != null) values.put(k, l);
            else if (f.dataType().equals(DataTypes.IntegerType))
                throw new IllegalStateException("column '" + k.column + "' holds codes without their labels (" + LABELS + ")");
        }
        return new KeyCodes(values);
    }

    public static KeyCodes of(Dataset<?> coded) {
        return of(coded.schema());
    }

    public List<String> labels(Key k) {
        return labels.get(k);
    }

    /** The code of a label, or -1 when the data has no such value (compares equal to no code). */
    public int code(Key k, String label) {
        return codes.get(k).getOrDefault(label, -1);
    }

    /** The codes whose label satisfies {@code which}. */
    public List<Integer> codes(Key k, Predicate<String> which) {
        List<Integer> out = new ArrayList<>();
        List<String> l = labels.get(k);
        for (int i = 0; i < l.size(); i++) if (which.test(l.get(i))) out.add(i);
        return out;
    }

    /** The label metadata of a key's column. */
    public Metadata metadata(Key k) {
        return metadata(labels.get(k));
    }

    public static Metadata metadata(List<String> labels) {
        return new MetadataBuilder().putStringArray(LABELS, labels.toArray(new String[0])).build();
    }

    /** The schema with every key column that is an integer carrying this dictionary's labels (for tables built by hand). */
    public StructType attach(StructType schema) {
        StructType out = new StructType();
        for (StructField f : schema.fields()) {
            Key k = key(f.name());
            out = out.add(k != null && f.dataType().equals(DataTypes.IntegerType)
                    ? new StructField(f.name(), f.dataType(), f.nullable(), metadata(k)) : f);
        }
        return out;
    }

    /** The labels a coded column carries, or null when it carries none. */
    public static List<String> labelsOf(StructField field) {
        if (!field.dataType().equals(DataTypes.IntegerType) || !field.metadata().contains(LABELS)) return null;
        return List.of(field.metadata().getStringArray(LABELS));
    }

    /**
     * The code of a label column, as the key's column with its labels attached. A label that is not in
     * the dictionary gives null (a bug at ingest: the dictionaries hold every accepted value).
     */
    public Column encode(Key k, Column label) {
        List<String> l = labels.get(k);
        if (l.isEmpty()) return lit(null).cast(DataTypes.IntegerType).as(k.column, metadata(k));
        Column[] kv = new Column[l.size() * 2];
        for (int i = 0; i < l.size(); i++) {
            kv[2 * i] = lit(l.get(i));
            kv[2 * i + 1] = lit(i);
        }
        // a literal map: one lookup per row, no join and no shuffle
        return try_element_at(map(kv), label).as(k.column, metadata(k));
    }

    /** Every key column of a labelled table replaced by its code (same position), with its labels attached. */
    public Dataset<Row> encode(Dataset<Row> labelled) {
        List<Column> cols = new ArrayList<>();
        for (String name : labelled.columns()) {
            Key k = key(name);
            cols.add(k == null ? col(quoted(name)) : encode(k, col(quoted(name))));
        }
        return labelled.columns().length == 0 ? labelled : labelled.select(cols.toArray(Column[]::new));
    }

    /**
     * Dictionaries of the values a labelled table has (one Spark action; instrument, item and scale too)
     * and the table encoded with them. For tables built outside the ingest (tests, tools).
     */
    public static Dataset<Row> encodeFound(Dataset<Row> labelled) {
        Map<Key, Set<String>> values = new EnumMap<>(Key.class);
        List<Key> present = new ArrayList<>();
        for (Key k : Key.values()) if (List.of(labelled.columns()).contains(k.column)) present.add(k);
        if (present.isEmpty()) return labelled;
        Column[] cols = present.stream().map(k -> col(k.column)).toArray(Column[]::new);
        for (Row r : labelled.select(cols).distinct().collectAsList())
            for (int i = 0; i < present.size(); i++)
                if (!r.isNullAt(i)) values.computeIfAbsent(present.get(i), x -> new TreeSet<>()).add(r.getString(i));
        return of(values).encode(labelled);
    }

    /**
     * Every coded column (an integer column carrying labels) replaced by its label, in Spark: for data
     * that leaves the run (Parquet, export/), whose contract is labels. An array lookup per row.
     */
    public static Dataset<Row> decode(Dataset<Row> coded) {
        List<Column> cols = new ArrayList<>();
        boolean any = false;
        for (StructField f : coded.schema().fields()) {
            List<String> l = labelsOf(f);
            if (l == null) {
                cols.add(col(quoted(f.name())));
                continue;
            }
            any = true;
            cols.add(decode(l, col(quoted(f.name()))).as(f.name()));
        }
        return any ? coded.select(cols.toArray(Column[]::new)) : coded;
    }

    private static Column decode(List<String> labels, Column code) {
        if (labels.isEmpty()) return lit(null).cast(DataTypes.StringType);
        Column[] values = labels.stream().map(l -> lit(l)).toArray(Column[]::new);
        return try_element_at(array(values), code.plus(1));
    }

    /** The table with {@code column} (an integer code into {@code labels}) carrying those labels. */
    public static Dataset<Row> labelled(Dataset<Row> data, String column, List<String> labels) {
        return data.withColumn(column, col(quoted(column)).as(column, metadata(labels)));
    }

    /** The key whose canonical column this is, or null. */
    public static Key key(String column) {
        for (Key k : Key.values()) if (k.column.equals(column)) return k;
        return null;
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
