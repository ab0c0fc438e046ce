package nl.samenkracht.report.model;

import tech.tablesaw.api.Table;

/**
 * One table of a report: written as {@code tables/<id>.csv} (English column names, the contract)
 * and as a workbook sheet titled {@code sheetTitle} (Dutch headers from {@link ColumnLabels}).
 *
 * @param note a line shown above the table in the workbook (what it holds, how to read it)
 */
public record ReportTable(String id, String sheetTitle, String note, Table table) {}
