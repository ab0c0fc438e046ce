package nl.samenkracht.report.model;

import tech.tablesaw.api.Table;

/**
 * One table of a report: written as {@code tables/<id>.csv} (English column names, the contract)
 * and as a workbook sheet titled {@code sheetTitle} (Dutch headers from {@link ColumnLabels}).
 *
 * @param note  a line shown above the table in the workbook (what it holds, how to read it)
 * @param style optional workbook presentation (headers, per-row number formats, colours); null for none
 */
public record ReportTable(String id, String sheetTitle, String note, Table table, TableStyle style) {
    public ReportTable(String id, String sheetTitle, String note, Table table) {
        this(id, sheetTitle, note, table, null);
    }
}
