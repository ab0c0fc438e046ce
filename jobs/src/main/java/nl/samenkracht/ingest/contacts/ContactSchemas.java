package nl.samenkracht.ingest.contacts;

import nl.samenkracht.ingest.frontend.RowKind;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Spark schemas of what the contact and roster interpreters emit; the canonical tables are in {@code nl.samenkracht.canonical}. */
public final class ContactSchemas {
    private ContactSchemas() {}

    /** A problem with one cell of a row that was kept (the value counts as not recorded). */
    public static final StructType ISSUE = new StructType()
            .add("reason", DataTypes.StringType, false)
            .add("column", DataTypes.StringType, true)
            .add("detail", DataTypes.StringType, true);

    /** What the contact-log interpreter emits: contacts and row rejects in one stream. */
    public static final StructType INTERPRETED = new StructType()
            .add(RowKind.COLUMN, DataTypes.IntegerType, false) // RowKind: ACCEPTED (a contact), REJECTED; DUPLICATE later
            .add("log", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("row", DataTypes.IntegerType, false)
            .add("school_year", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)        // ISO yyyy-MM-dd; cast to date afterwards
            .add("location", DataTypes.StringType, true)
            .add("class", DataTypes.StringType, true)
            .add("counterpart", DataTypes.StringType, true) // pseudonym
            .add("staff", DataTypes.StringType, true)       // pseudonym
            .add("type", DataTypes.StringType, true)
            .add("channel", DataTypes.StringType, true)
            .add("initiator", DataTypes.StringType, true)
            .add("tone", DataTypes.StringType, true)
            .add("child_present", DataTypes.BooleanType, true)
            .add("attendance", DataTypes.IntegerType, true)
            .add("collective", DataTypes.BooleanType, true)
            .add("reason", DataTypes.StringType, true)
            .add("column", DataTypes.StringType, true)
            .add("detail", DataTypes.StringType, true)
            .add("issues", new ArrayType(ISSUE, false), true);

    /** What the roster interpreter emits. */
    public static final StructType ROSTER_INTERPRETED = new StructType()
            .add(RowKind.COLUMN, DataTypes.IntegerType, false) // RowKind: ACCEPTED (an entry), REJECTED; DUPLICATE later
            .add("roster", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("row", DataTypes.IntegerType, false)
            .add("school_year", DataTypes.StringType, true) // null: the roster applies to every school year
            .add("counterpart", DataTypes.StringType, true)
            .add("location", DataTypes.StringType, true)
            .add("class", DataTypes.StringType, true)
            .add("start_date", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("column", DataTypes.StringType, true)
            .add("detail", DataTypes.StringType, true)
            .add("issues", new ArrayType(ISSUE, false), true);
}
