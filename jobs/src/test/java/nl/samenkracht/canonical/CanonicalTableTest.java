package nl.samenkracht.canonical;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The schemas derived from the canonical records are the schemas the tables had when they were
 * written out by hand (before the records existed; copied here), and the entry check names what is wrong.
 */
class CanonicalTableTest {
    @Test
    void contactsAndRosterKeepTheirHandWrittenSchemas() {
        StructType contacts = new StructType()
                .add("school_year", DataTypes.StringType, false).add("date", DataTypes.DateType, false)
                .add("kind", DataTypes.StringType, false).add("location", DataTypes.StringType, false)
                .add("class", DataTypes.StringType, true).add("counterpart", DataTypes.StringType, true)
                .add("staff", DataTypes.StringType, true).add("type", DataTypes.StringType, false)
                .add("channel", DataTypes.StringType, true).add("initiator", DataTypes.StringType, true)
                .add("tone", DataTypes.StringType, true).add("child_present", DataTypes.BooleanType, true)
                .add("attendance", DataTypes.IntegerType, true).add("collective", DataTypes.BooleanType, false)
                .add("on_roster", DataTypes.BooleanType, true).add("log", DataTypes.StringType, false)
                .add("file", DataTypes.StringType, false).add("row", DataTypes.IntegerType, false);
        assertEquals(contacts, CanonicalTable.CONTACTS.schema());
        StructType roster = new StructType()
                .add("kind", DataTypes.StringType, false).add("school_year", DataTypes.StringType, false)
                .add("counterpart", DataTypes.StringType, false).add("location", DataTypes.StringType, false)
                .add("class", DataTypes.StringType, true).add("start_date", DataTypes.DateType, true)
                .add("roster", DataTypes.StringType, false).add("file", DataTypes.StringType, false)
                .add("row", DataTypes.IntegerType, false);
        assertEquals(roster, CanonicalTable.ROSTER.schema());
    }

    @Test
    void segmentsRejectsAndResponseColumns() {
        StructType segments = new StructType()
                .add("school_year", DataTypes.StringType, false).add("wave", DataTypes.StringType, false)
                .add("location", DataTypes.StringType, false).add("role", DataTypes.StringType, false)
                .add("respondent", DataTypes.StringType, false)
                .add("code_path", new ArrayType(DataTypes.StringType, false), false)
                .add("code", DataTypes.StringType, false).add("text", DataTypes.StringType, true)
                .add("file", DataTypes.StringType, false).add("row", DataTypes.IntegerType, false);
        assertEquals(segments, CanonicalTable.INTERVIEW_SEGMENTS.schema());
        StructType rejects = new StructType()
                .add("source", DataTypes.StringType, false).add("file", DataTypes.StringType, false)
                .add("row", DataTypes.IntegerType, false).add("level", DataTypes.StringType, false)
                .add("reason", DataTypes.StringType, false).add("column", DataTypes.StringType, true)
                .add("detail", DataTypes.StringType, true).add("school_year", DataTypes.StringType, true);
        assertEquals(rejects, CanonicalTable.REJECTS.schema());
        assertArrayEquals(new String[]{"instrument", "survey", "school_year", "wave", "location", "grp", "respondent", "anonymous",
                "item", "scale", "value", "score", "missing_label", "file", "row"}, CanonicalTable.RESPONSES.columns());
    }

    @Test
    void theEntryCheckNamesStageTableAndColumn() {
        StructType noRow = new StructType();
        for (var f : CanonicalTable.REJECTS.schema().fields()) if (!f.name().equals("row")) noRow = noRow.add(f);
        StructType missing = noRow;
        var e = assertThrows(CanonicalTable.SchemaMismatchException.class, () -> CanonicalTable.REJECTS.require(missing, "writing data"));
        assertTrue(e.getMessage().startsWith("writing data: input table 'rejects' has no column 'row' (int)"), e.getMessage());
        StructType wrong = noRow.add("row", DataTypes.StringType);
        e = assertThrows(CanonicalTable.SchemaMismatchException.class, () -> CanonicalTable.REJECTS.require(wrong, "writing data"));
        assertEquals("writing data: input table 'rejects', column 'row' is string, expected int", e.getMessage());
        // Extra columns and lost nullability are fine.
        StructType loose = new StructType();
        for (var f : CanonicalTable.REJECTS.schema().fields()) loose = loose.add(f.name(), f.dataType(), true);
        CanonicalTable.REJECTS.require(loose.add("extra", DataTypes.LongType), "writing data");
    }
}
