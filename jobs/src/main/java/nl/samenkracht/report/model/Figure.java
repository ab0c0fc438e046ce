package nl.samenkracht.report.model;

import org.jfree.chart.JFreeChart;

/** A chart of a report: saved as {@code figures/<id>.png} and embedded in the workbook sheet {@code sheetTitle}. */
public record Figure(String id, String sheetTitle, JFreeChart chart, int width, int height, boolean besidePrevious) {
    public Figure(String id, String sheetTitle, JFreeChart chart, int width, int height) {
        this(id, sheetTitle, chart, width, height, false);
    }

    /** The same figure, placed to the right of the figure before it on its sheet when both fit the page width. */
    public Figure beside() {
        return new Figure(id, sheetTitle, chart, width, height, true);
    }
}
