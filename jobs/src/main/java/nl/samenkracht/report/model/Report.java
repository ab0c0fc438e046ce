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

    /** A sheet: either a table or lines of text (overview, methods), plus figures placed on it. */
    public record Sheet(String title, ReportTable table, List<String[]> keyValues, List<String> paragraphs) {}

    public Report(String fileName) {
        this.fileName = fileName;
    }

    public Report table(ReportTable table) {
        sheets.add(new Sheet(table.sheetTitle(), table, null, null));
        return this;
    }

    public Report keyValues(String title, List<String[]> rows) {
        sheets.add(new Sheet(title, null, rows, null));
        return this;
    }

    public Report text(String title, List<String> paragraphs) {
        sheets.add(new Sheet(title, null, null, paragraphs));
        return this;
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
}
