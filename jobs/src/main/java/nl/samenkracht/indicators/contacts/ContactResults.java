package nl.samenkracht.indicators.contacts;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact indicators of a run, as small report tables (one per {@code tables/*.csv}), plus
 * the evidence values for success-factor coverage. Every table row carries the n it is about
 * (roster size, counterparts or contacts), so small groups can be suppressed downstream.
 *
 * @param reach      contacts_reach.csv
 * @param frequency  contacts_frequency.csv
 * @param tone       contacts_tone.csv
 * @param channels   contacts_channels.csv
 * @param regularity contacts_regularity.csv
 * @param collective contacts_collective.csv
 * @param rhythm     contacts_rhythm.csv (contacts per calendar month, for the rhythm chart)
 * @param evidence   rows of {@link #EVIDENCE_SCHEMA}
 */
public record ContactResults(Table reach, Table frequency, Table tone, Table channels, Table regularity, Table collective,
                             Table rhythm, List<Row> evidence) {
    /** kind ("contact_indicator"), ref (contact:…), school_year, location (or "Alle locaties"), value (NaN: none), n. */
    public static final StructType EVIDENCE_SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("ref", DataTypes.StringType, false)
            .add("school_year", DataTypes.StringType, false)
            .add("location", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType, false)
            .add("n", DataTypes.IntegerType, false);

    /** File base name (contacts_reach …) → table, in a stable order. */
    public Map<String, Table> tables() {
        Map<String, Table> m = new LinkedHashMap<>();
        m.put("contacts_reach", reach);
        m.put("contacts_frequency", frequency);
        m.put("contacts_tone", tone);
        m.put("contacts_channels", channels);
        m.put("contacts_regularity", regularity);
        m.put("contacts_collective", collective);
        m.put("contacts_rhythm", rhythm);
        return m;
    }
}
