package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import java.util.List;

/** Checks and look-ups shared by the row-based readers (MAXQDA, ATLAS.ti, simple table). */
final class RowSupport {
    private RowSupport() {}

    /** Wave, location and role of a row, or a Dutch conflict message (then the row is rejected). */
    record Attributes(String wave, String location, String role, String conflict, String conflictColumn) {}

    /** Column indices of the optional explicit attribute columns (-1 when absent). */
    record AttributeColumns(int wave, int location, int role) {
        static AttributeColumns resolve(RawTable table, InterviewReadOptions options, List<String> waveDefaults,
                List<String> locationDefaults, List<String> roleDefaults) throws InterviewFormatException {
            return new AttributeColumns(
                    Headers.resolve(table, options, "wave", waveDefaults),
                    Headers.resolve(table, options, "location", locationDefaults),
                    Headers.resolve(table, options, "role", roleDefaults));
        }
    }

    static String header(RawTable table, int index) {
        return index >= 0 && index < table.header().size() ? table.header().get(index) : "";
    }

    /** Null for blank. */
    static String value(RawTable.Row row, int index) {
        if (index < 0) {
            return null;
        }
        String v = TextDecoding.normaliseText(row.cell(index));
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * A CSV record with more non-empty fields, or fewer fields, than the header was split by a wrong
     * delimiter or an unquoted line break; its cells cannot be trusted, so the whole row is rejected.
     *
     * @return true when the row may be interpreted
     */
    static boolean fieldCountOk(RawTable table, RawTable.Row row, SegmentCollector out) {
        int expected = table.header().size();
        if (fits(table, row)) {
            return true;
        }
        int actual = row.fieldCount() < expected ? row.fieldCount() : expected + row.extraFields();
        out.reject(row.number(), null, RejectReason.INTERVIEW_FIELD_COUNT, "Rij heeft " + actual + " velden, maar de kopregel heeft er " + expected
                + " (verkeerd scheidingsteken, of een regeleinde in een veld zonder aanhalingstekens?)");
        return false;
    }

    /** The row has the header's fields (a sheet row always; trailing empty fields beyond the header are layout). */
    static boolean fits(RawTable table, RawTable.Row row) {
        return row.fieldCount() < 0 || (row.extraFields() == 0 && row.fieldCount() >= table.header().size());
    }

    /** Explicit columns win over the document-group mapping; a conflict in the mapping is reported. */
    static Attributes attributes(RawTable table, RawTable.Row row, AttributeColumns cols,
            DocumentGroupMapping mapping, List<String> groups, int groupColumn) {
        return resolve(mapping.apply(groups), value(row, cols.wave()), value(row, cols.location()),
                value(row, cols.role()), groupColumn >= 0 ? header(table, groupColumn) : null);
    }

    /**
     * Explicit values (non-null) win; otherwise the mapped value. Disagreeing groups only matter for an
     * attribute no explicit value settles.
     */
    static Attributes resolve(DocumentGroupMapping.Mapped m, String wave, String location, String role,
            String conflictColumn) {
        String[] explicit = {wave, location, role};
        DocumentGroupMapping.Attribute[] attrs = DocumentGroupMapping.Attribute.values();
        String[] out = new String[3];
        for (int i = 0; i < 3; i++) {
            if (explicit[i] != null) {
                out[i] = explicit[i];
            } else if (m.conflicts().containsKey(attrs[i])) {
                return new Attributes(null, null, null, m.conflicts().get(attrs[i]), conflictColumn);
            } else {
                out[i] = m.get(attrs[i]);
            }
        }
        return new Attributes(out[0], out[1], out[2], null, null);
    }

    static String empty(String what, String column) {
        return what + ": kolom '" + column + "' is leeg";
    }
}
