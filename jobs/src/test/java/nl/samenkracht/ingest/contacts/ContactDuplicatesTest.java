package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RowKind;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * validate's copy of the contact ingest's duplicate rules (hand-worked): a roster entry listed again is
 * "dubbel in de lijst"; a contact equal to an earlier one once the roster filled its empty location is "dubbele rij";
 * the first by file and row stays. The run's Spark rule on the sample gives the same row (StudyCheckTest: row 2161).
 */
class ContactDuplicatesTest {
    private static Row row(StructType schema, Map<String, Object> values) {
        Object[] v = new Object[schema.size()];
        values.forEach((k, x) -> v[schema.fieldIndex(k)] = x);
        return RowFactory.create(v);
    }

    private static Row roster(String file, int row, String who, String location) {
        java.util.HashMap<String, Object> m = new java.util.HashMap<>(Map.of(RowKind.COLUMN, RowKind.ACCEPTED.code(), "roster", "r",
                "kind", "ouder", "file", file, "row", row, "counterpart", who));
        if (location != null) m.put("location", location);
        return row(ContactSchemas.ROSTER_INTERPRETED, m);
    }

    private static Row contact(String file, int row, String who, String location, String type) {
        java.util.HashMap<String, Object> m = new java.util.HashMap<>(Map.of(RowKind.COLUMN, RowKind.ACCEPTED.code(), "log", "l",
                "kind", "ouder", "file", file, "row", row, "school_year", "2024-2025", "date", "2024-10-01", "counterpart", who,
                "type", type));
        if (location != null) m.put("location", location);
        return row(ContactSchemas.INTERPRETED, m);
    }

    @Test
    void repeatedRosterEntriesAndContactsAreFoundAfterTheRosterFilledTheLocation() {
        ContactDuplicates d = new ContactDuplicates();
        d.roster(roster("r.csv", 2, "o1", "Akker"));
        d.roster(roster("r.csv", 3, "o1", "Beek")); // listed again: the first entry (Akker) stays
        d.roster(roster("r.csv", 4, "o2", null));
        d.log(contact("b.csv", 5, "o1", null, "huisbezoek"));    // location from the roster: Akker
        d.log(contact("a.csv", 9, "o1", "Akker", "huisbezoek")); // the same contact, earlier by file: stays
        d.log(contact("a.csv", 10, "o1", "Beek", "huisbezoek")); // another location: not the same
        d.log(contact("a.csv", 11, "o2", null, "startgesprek"));  // roster without location: Onbekend
        d.log(contact("a.csv", 12, "o2", "Onbekend", "startgesprek"));
        d.log(row(ContactSchemas.INTERPRETED, Map.of(RowKind.COLUMN, RowKind.REJECTED.code(), "log", "l", "kind", "ouder",
                "file", "a.csv", "row", 13))); // rejected rows are never duplicates
        assertEquals(List.of(new ContactDuplicates.Replaced("r.csv", 3, RejectReason.DUPLICATE_ON_ROSTER),
                new ContactDuplicates.Replaced("a.csv", 12, RejectReason.DUPLICATE_ROW),
                new ContactDuplicates.Replaced("b.csv", 5, RejectReason.DUPLICATE_ROW)), d.replaced());
    }
}
