package nl.samenkracht.ingest.frontend;

/**
 * One data record of an export as the front end hands it to a source's interpreter.
 *
 * @param row        the row a user sees (header = 1; the sheet row of an .xlsx; empty lines of a CSV counted)
 * @param cells      by header position; only the positions the source asked for are filled; an empty
 *                   cell is null; decoded, not stripped
 * @param fields     when the record does not fit the header: its number of fields; -1 when it fits
 * @param lineBreaks line breaks inside a malformed record (a quote too many or too few spans lines)
 * @param width      number of header columns
 */
public record RawRecord(int row, String[] cells, int fields, int lineBreaks, int width) {
    public boolean fits() {
        return fields < 0;
    }

    public String cell(int column) {
        return column < 0 ? null : cells[column];
    }

    /** The cell stripped, with an empty one as null. */
    public String stripped(int column) {
        String s = cell(column);
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
