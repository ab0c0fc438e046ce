package nl.samenkracht.report.model;

import org.jfree.chart.JFreeChart;

/** A chart of a report: saved as {@code figures/<id>.png} and embedded in the workbook sheet {@code sheetTitle}. */
public record Figure(String id, String sheetTitle, JFreeChart chart, int width, int height, boolean besidePrevious, boolean printed) {
    public Figure(String id, String sheetTitle, JFreeChart chart, int width, int height) {
        this(id, sheetTitle, chart, width, height, false, true);
    }

    public Figure(String id, String sheetTitle, JFreeChart chart, int width, int height, boolean besidePrevious) {
        this(id, sheetTitle, chart, width, height, besidePrevious, true);
    }

    /** The same figure, placed to the right of the figure before it on its sheet when both fit the page width. */
    public Figure beside() {
        return new Figure(id, sheetTitle, chart, width, height, true, printed);
    }

    /**
     * The same figure, on its sheet (after the printed ones) and in figures/, but outside the sheet's print
     * area: for charts of earlier years that a printed appendix can do without.
     */
    public Figure onScreenOnly() {
        return new Figure(id, sheetTitle, chart, width, height, besidePrevious, false);
    }
}
