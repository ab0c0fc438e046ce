package nl.samenkracht.ingest.frontend;

import nl.samenkracht.canonical.RejectReason;

/**
 * The front end's rule for a record that holds no data, on plain cells: no Spark in it, so the Spark
 * tasks ({@link ExportRows}), the driver-side reads ({@link LocalRows}, the interview exports' row loop)
 * and {@code validate} all apply this one rule instead of a copy each.
 *
 * <ul>
 *   <li>{@link RejectReason#EMPTY_ROW}: none of the read cells holds anything but white space (Excel's
 *       {@code ;;;;;;;;} rows); a record that does not fit the header only when its whole text is
 *       delimiters, quotes and white space (another number of delimiters).</li>
 *   <li>{@link RejectReason#HEADER_ROW}: the record fits the header and every filled read cell repeats its
 *       column's header (format characters such as a byte-order mark ignored), and at least two are filled
 *       (or the only column read is): two exports pasted into one file.</li>
 * </ul>
 * Only the columns the source reads are looked at: a row with text only in unread columns is empty for it.
 */
public final class RowRules {
    private RowRules() {}

    /**
     * Why a record is no data at all ({@link RejectReason#EMPTY_ROW}, {@link RejectReason#HEADER_ROW}), or null.
     *
     * @param cells          by header position; null or blank is empty; may be shorter than the header
     * @param read           the header positions the source reads
     * @param header         the header cells by position (null: not compared)
     * @param fits           the record has as many fields as the header
     * @param onlySeparators for a record that does not fit: its whole text is delimiters, quotes and white space
     */
    public static RejectReason noData(String[] cells, int[] read, String[] header, boolean fits, boolean onlySeparators) {
        int filled = 0;
        for (int c : read) {
            String v = c >= 0 && c < cells.length ? cells[c] : null;
            if (v == null || v.isBlank()) continue;
            filled++;
            String h = header != null && c >= 0 && c < header.length ? header[c] : null;
            // a filled cell that is not its column's header: the record is data, neither empty nor a header
            // again; said at the first such cell, as this runs for every record of every export
            if (h == null || h.isBlank() || !clean(v).equalsIgnoreCase(clean(h))) return null;
        }
        if (filled == 0) return fits || onlySeparators ? RejectReason.EMPTY_ROW : null;
        if (fits && (filled >= 2 || read.length == 1)) return RejectReason.HEADER_ROW;
        return null;
    }

    /** The raw text of a record holds only delimiters, quotes and white space. */
    public static boolean onlySeparators(String text, char delimiter) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != delimiter && ch != '"' && !Character.isWhitespace(ch)) return false;
        }
        return true;
    }

    /** Every field of a parsed record is null or white space (the parsed form of {@link #onlySeparators}). */
    public static boolean allBlank(String[] fields) {
        for (String f : fields) if (f != null && !f.isBlank()) return false;
        return true;
    }

    /** A header cell as compared: without a byte-order mark or other format characters, stripped. */
    static String clean(String s) {
        int i = 0;
        while (i < s.length() && Character.getType(s.codePointAt(i)) != Character.FORMAT) i += Character.charCount(s.codePointAt(i));
        if (i == s.length()) return s.strip(); // no format character: no copy
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(b::appendCodePoint);
        return b.toString().strip();
    }
}
