package nl.samenkracht.ingest.interviews;

import java.util.List;

/**
 * A sheet or CSV file as header + data rows, before any format-specific interpretation.
 *
 * @param sourceFile file name (no directories)
 * @param header     header texts as in the file (trimmed)
 * @param rows       data rows after the header, in file order (rows without data too: the row loop skips and counts them)
 */
record RawTable(String sourceFile, List<String> header, List<Row> rows) {

    /**
     * One data row.
     *
     * @param number      1-based row number as a spreadsheet shows it (header row included)
     * @param cells       cell texts; may be shorter than the header
     * @param extraFields number of non-empty fields beyond the header (CSV only: a sign of a wrong
     *                    delimiter or an unquoted line break)
     * @param fieldCount  number of fields in a CSV record (-1 for a sheet row)
     */
    record Row(int number, List<String> cells, int extraFields, int fieldCount) {
        String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return "";
            }
            String v = cells.get(index);
            return v == null ? "" : v;
        }
    }

    RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
