package nl.samenkracht.report.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A workbook-to-be: its sheets in order (tables and text sheets) and its figures. Renderers turn
 * it into .xlsx, CSV and PNG; it knows nothing of Spark.
 */
public final class Report {
    private final String fileName;
    private final List<Sheet> sheets = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    /** Tables shown in the workbook only, never written as CSV (free text: privacy.include_free_text, docs/config-reference.md). */
    private final java.util.Set<String> workbookOnly = new java.util.HashSet<>();

    /** A sheet: either a table or lines of text (overview, methods), plus figures placed on it. */
    public record Sheet(String title, ReportTable table, List<String[]> keyValues, List<String> paragraphs) {}

    /** Tables with more data rows than this print only their first rows (see {@link #printRowLimit(int)}). */
    private int printRowLimit = Integer.MAX_VALUE;

    public Report(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Long listings belong in CSV, not on paper: a table sheet with more than {@code rows} data
     * rows that is also written as tables/*.csv prints only its first {@code rows} rows, with a
     * line above the table naming the CSV file. On screen the sheet keeps every row. Tables that
     * are workbook-only (no CSV) always print in full. The default prints everything.
     */
    public Report printRowLimit(int rows) {
        if (rows < 1) throw new IllegalArgumentException("printRowLimit must be at least 1");
        this.printRowLimit = rows;
        return this;
    }

    public int printRowLimit() { return printRowLimit; }

    /** True when the table is written as tables/*.csv as well as shown in the workbook. */
    public boolean hasCsv(ReportTable table) {
        return !workbookOnly.contains(table.id());
    }

    public Report table(ReportTable table) {
        sheets.add(new Sheet(table.sheetTitle(), table, null, null));
        return this;
    }

    /** A sheet that is not also written as tables/*.csv: free-text answers belong in the researcher workbook only. */
    public Report workbookOnly(ReportTable table) {
        workbookOnly.add(table.id());
        return table(table);
    }

    public Report keyValues(String title, List<String[]> rows) {
        sheets.add(new Sheet(title, null, rows, null));
        return this;
    }

    public Report text(String title, List<String> paragraphs) {
        sheets.add(new Sheet(title, null, null, paragraphs));
        return this;
    }

    /** Sheets whose figures are on screen (and in figures/) but not printed: see {@link #printTableOnly}. */
    private final java.util.Set<String> tableOnlyInPrint = new java.util.HashSet<>();

    /**
     * The sheet prints its table only; its figures stay on the sheet on screen and in figures/. For a
     * sheet whose charts repeat what its coloured table already shows (the coverage statuses per year),
     * so that the printout does not carry the same content twice.
     */
    public Report printTableOnly(String sheetTitle) {
        tableOnlyInPrint.add(sheetTitle);
        return this;
    }

    public boolean printsTableOnly(String sheetTitle) {
        return tableOnlyInPrint.contains(sheetTitle);
    }

    public Report figure(Figure figure) {
        figures.add(figure);
        return this;
    }

    public String fileName() { return fileName; }
    public List<Sheet> sheets() { return sheets; }
    public List<Figure> figures() { return figures; }

    public List<ReportTable> tables() {
        return sheets.stream().filter(s -> s.table() != null).map(Sheet::table).toList();
    }

    /** The tables that are also written as machine-readable CSV. */
    public List<ReportTable> csvTables() {
        return tables().stream().filter(t -> !workbookOnly.contains(t.id())).toList();
    }
}
