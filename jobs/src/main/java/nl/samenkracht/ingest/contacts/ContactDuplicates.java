package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RowKind;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact ingest's two duplicate rules on the driver, for {@code validate}, over the interpreted rows of every
 * log and roster ({@link ContactSchemas#INTERPRETED}, {@link ContactSchemas#ROSTER_INTERPRETED}) as a run applies
 * them in Spark ({@code ContactIngest}): a roster entry listed again for the same kind, school year and counterpart
 * is {@link #ROSTER_REASON}; a contact equal on every {@link #IDENTITY} column to an earlier one (by file, row; any
 * file of the study) is {@link #CONTACT_REASON}, after an empty location or class was taken from the roster, as in a
 * run. Add every row ({@link #log}, {@link #roster}), then {@link #replaced()}.
 */
public final class ContactDuplicates {
    static final RejectReason CONTACT_REASON = RejectReason.DUPLICATE_ROW;
    static final RejectReason ROSTER_REASON = RejectReason.DUPLICATE_ON_ROSTER;
    /** What makes two contacts the same (after the roster filled location and class). */
    static final String[] IDENTITY = {"kind", "school_year", "date", "counterpart", "staff", "location", "class", "type", "channel",
            "initiator", "tone", "child_present", "attendance"};

    /** A row a rule rejects: its file, row and reason. */
    public record Replaced(String file, int row, RejectReason reason) {}

    private final List<Row> logRows = new ArrayList<>();
    private final List<Row> rosterRows = new ArrayList<>();

    /** One interpreted contact-log row. */
    public void log(Row r) {
        if (r.getInt(0) == RowKind.ACCEPTED.code()) logRows.add(r);
    }

    /** One interpreted roster row. */
    public void roster(Row r) {
        if (r.getInt(0) == RowKind.ACCEPTED.code()) rosterRows.add(r);
    }

    public List<Replaced> replaced() {
        List<Replaced> out = new ArrayList<>();
        int rFile = ContactSchemas.ROSTER_INTERPRETED.fieldIndex("file"), rRow = ContactSchemas.ROSTER_INTERPRETED.fieldIndex("row");
        int rKind = ContactSchemas.ROSTER_INTERPRETED.fieldIndex("kind"), rYear = ContactSchemas.ROSTER_INTERPRETED.fieldIndex("school_year");
        int rWho = ContactSchemas.ROSTER_INTERPRETED.fieldIndex("counterpart");
        int rLoc = ContactSchemas.ROSTER_INTERPRETED.fieldIndex("location"), rClass = ContactSchemas.ROSTER_INTERPRETED.fieldIndex("class");
        rosterRows.sort(byFileRow(rFile, rRow));
        // The roster: the first entry per kind, school year and counterpart stays; it fills contacts' location and class.
        Map<List<Object>, Row> yearly = new LinkedHashMap<>(), always = new HashMap<>();
        for (Row r : rosterRows) {
            List<Object> key = Arrays.asList(r.get(rKind), r.get(rYear), r.get(rWho));
            if (yearly.putIfAbsent(key, r) != null) {
                out.add(new Replaced(r.getString(rFile), r.getInt(rRow), ROSTER_REASON));
                continue;
            }
            if (r.isNullAt(rYear)) always.put(Arrays.asList(r.get(rKind), r.get(rWho)), r);
        }

        StructTypeIndex c = new StructTypeIndex();
        logRows.sort(byFileRow(c.file, c.row));
        Map<List<Object>, Boolean> seen = new HashMap<>();
        for (Row r : logRows) {
            Row y = r.isNullAt(c.year) ? null : yearly.get(Arrays.asList(r.get(c.kind), r.get(c.year), r.get(c.who)));
            Row a = always.get(Arrays.asList(r.get(c.kind), r.get(c.who)));
            Object[] key = new Object[IDENTITY.length];
            for (int i = 0; i < IDENTITY.length; i++) key[i] = r.get(c.identity[i]);
            key[c.locationAt] = first(r.get(c.identity[c.locationAt]), y == null ? null : orUnknown(y.get(rLoc)),
                    a == null ? null : orUnknown(a.get(rLoc)), "Onbekend");
            key[c.classAt] = first(r.get(c.identity[c.classAt]), y == null ? null : y.get(rClass), a == null ? null : a.get(rClass));
            if (seen.putIfAbsent(Arrays.asList(key), Boolean.TRUE) != null)
                out.add(new Replaced(r.getString(c.file), r.getInt(c.row), CONTACT_REASON));
        }
        return out;
    }

    /** Positions in the interpreted contact rows. */
    private static final class StructTypeIndex {
        final int file = ContactSchemas.INTERPRETED.fieldIndex("file"), row = ContactSchemas.INTERPRETED.fieldIndex("row");
        final int kind = ContactSchemas.INTERPRETED.fieldIndex("kind"), year = ContactSchemas.INTERPRETED.fieldIndex("school_year");
        final int who = ContactSchemas.INTERPRETED.fieldIndex("counterpart");
        final int[] identity = Arrays.stream(IDENTITY).mapToInt(ContactSchemas.INTERPRETED::fieldIndex).toArray();
        final int locationAt = Arrays.asList(IDENTITY).indexOf("location"), classAt = Arrays.asList(IDENTITY).indexOf("class");
    }

    private static Object orUnknown(Object location) {
        return location == null ? "Onbekend" : location;
    }

    private static Object first(Object... values) {
        for (Object v : values) if (v != null) return v;
        return null;
    }

    /** Spark's order by file, then row. */
    private static Comparator<Row> byFileRow(int file, int row) {
        return Comparator.<Row, String>comparing(r -> r.getString(file)).thenComparingInt(r -> r.getInt(row));
    }
}
