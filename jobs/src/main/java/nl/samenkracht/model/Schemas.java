package nl.samenkracht.model;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Spark schemas of the survey ingest's intermediate rows; the canonical tables are in {@code nl.samenkracht.canonical}. */
public final class Schemas {
    private Schemas() {}

    public static final StructType ANSWER = new StructType()
            .add("item", DataTypes.StringType, false)
            .add("scale", DataTypes.StringType, true)
            .add("value", DataTypes.DoubleType, true)   // the option chosen, as given
            .add("score", DataTypes.DoubleType, true)   // value after reverse keying: what statistics use
            .add("missing_label", DataTypes.BooleanType, false)
            .add("text", DataTypes.StringType, true);   // open answers only

    /** What the row interpreter emits: submissions, row rejects and cell issues in one stream. */
    public static final StructType INTERPRETED = new StructType()
            .add("row_kind", DataTypes.IntegerType, false)  // a RowKind code: ACCEPTED (submission), REJECTED, CELL_ISSUE; DUPLICATE after ingest
            .add("survey", DataTypes.StringType, false)
            .add("instrument", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("row", DataTypes.IntegerType, false)
            .add("respondent", DataTypes.StringType, true)
            .add("anonymous", DataTypes.BooleanType, false)
            .add("submitted_at", DataTypes.StringType, true)
            .add("school_year", DataTypes.StringType, true)
            .add("wave", DataTypes.StringType, true)
            .add("location", DataTypes.StringType, true)
            .add("grp", DataTypes.StringType, true)
            .add("answers", new ArrayType(ANSWER, false), true)
            .add("reason", DataTypes.StringType, true)
            .add("column", DataTypes.StringType, true)
            .add("detail", DataTypes.StringType, true);
}
