package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One cell of a {@link CoverageHeatmap}.
 *
 * @param row    factor label (must be one of the data's rows)
 * @param column location or school year (must be one of the data's columns)
 * @param status op orde / aandacht / geen gegevens
 * @param text   optional text in the cell, e.g. "72%"; null for none
 */
public record CoverageCell(String row, String column, CoverageStatus status, String text) {

    public CoverageCell {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(status, "status");
    }

    public CoverageCell(String row, String column, CoverageStatus status) {
        this(row, column, status, null);
    }
}
