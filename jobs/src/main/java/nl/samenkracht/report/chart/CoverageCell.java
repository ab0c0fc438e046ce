package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One cell of a {@link CoverageHeatmap}.
 *
 * @param row    factor label (must be one of the data's rows)
 * @param column location or school year (must be one of the data's columns)
 * @param status op orde / aandacht / geen gegevens
 * @param text   optional text in the cell, e.g. "72%"; null for none
 * @param hidden the status is hidden for privacy (a small group, "&lt; 5", or against recovery, "x"): drawn
 *               apart from "geen gegevens", which means there is nothing to show
 */
public record CoverageCell(String row, String column, CoverageStatus status, String text, boolean hidden) {

    public CoverageCell {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(status, "status");
    }

    public CoverageCell(String row, String column, CoverageStatus status, String text) {
        this(row, column, status, text, false);
    }

    public CoverageCell(String row, String column, CoverageStatus status) {
        this(row, column, status, null);
    }
}
