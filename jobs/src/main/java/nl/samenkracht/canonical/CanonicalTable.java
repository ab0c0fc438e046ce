package nl.samenkracht.canonical;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;

/**
 * The canonical tables between ingest and the later stages, each declared once as a Java record
 * whose components give the {@code StructType} ({@link RecordSchema}). A stage that consumes a
 * table calls {@link #require} on entry, as a Spark ML stage checks its input in
 * {@code transformSchema}: a missing or mistyped column stops the run there, naming the stage, the
 * table and the column, instead of failing deep inside a query plan or, worse, computing with a
 * column that means something else.
 *
 * <p>Keys are values (ids, school years, locations as the study spells them), never display text:
 * totals such as "Alle locaties" are made by the stages that report them and are not in these tables.
 * The responses' keys are integer codes ({@link KeyCodes}); the check also requires that a coded
 * column carries its labels.
 */
public enum CanonicalTable {
    RESPONSES("responses", Response.class),
    OPEN_ANSWERS("open answers", OpenAnswer.class),
    CONTACTS("contacts", Contact.class),
    ROSTER("roster", RosterEntry.class),
    INTERVIEW_SEGMENTS("interview segments", InterviewSegment.class),
    REJECTS("rejects", Reject.class);

    private final String label;
    private final Class<? extends Record> record;
    private final StructType schema;

    CanonicalTable(String label, Class<? extends Record> record) {
        this.label = label;
        this.record = record;
        this.schema = RecordSchema.of(record);
    }

    public StructType schema() {
        return schema;
    }

    public Class<? extends Record> record() {
        return record;
    }

    public String[] columns() {
        return schema.fieldNames();
    }

    /**
     * Checks that {@code data} has every column of this table with its type (extra columns are
     * allowed; nullability is not checked, as Spark loses it through many expressions).
     *
     * @param stage the consuming stage, for the message
     * @throws SchemaMismatchException naming stage, table and column
     */
    public <T> Dataset<T> require(Dataset<T> data, String stage) {
        require(data.schema(), stage);
        return data;
    }

    public void require(StructType actual, String stage) {
        for (StructField want : schema.fields()) {
            int i = Arrays.asList(actual.fieldNames()).indexOf(want.name());
            if (i < 0)
                throw new SchemaMismatchException(stage + ": input table '" + label + "' has no column '" + want.name()
                        + "' (" + want.dataType().simpleString() + "); it has " + String.join(", ", actual.fieldNames()));
            DataType got = actual.fields()[i].dataType();
            if (!sameType(want.dataType(), got))
                throw new SchemaMismatchException(stage + ": input table '" + label + "', column '" + want.name() + "' is "
                        + got.simpleString() + ", expected " + want.dataType().simpleString());
            if (coded(want) && KeyCodes.labelsOf(actual.fields()[i]) == null)
                throw new SchemaMismatchException(stage + ": input table '" + label + "', column '" + want.name()
                        + "' holds codes without their labels (metadata " + KeyCodes.LABELS + ")");
        }
    }

    /** An integer column of a key ({@link KeyCodes.Key}): its codes mean nothing without the labels it carries. */
    private static boolean coded(StructField f) {
        return f.dataType().equals(DataTypes.IntegerType) && KeyCodes.key(f.name()) != null;
    }

    /** The integer-coded key columns of this table (none for the tables keyed by text). */
    public List<String> codedColumns() {
        return Arrays.stream(schema.fields()).filter(CanonicalTable::coded).map(StructField::name).toList();
    }

    private static boolean sameType(DataType a, DataType b) {
        if (a instanceof ArrayType x && b instanceof ArrayType y) return sameType(x.elementType(), y.elementType());
        return a.equals(b);
    }

    /** A stage got a table that is not what the canonical schema says: a programming error, not bad input. */
    public static final class SchemaMismatchException extends IllegalStateException {
        public SchemaMismatchException(String message) {
            super(message);
        }
    }
}
