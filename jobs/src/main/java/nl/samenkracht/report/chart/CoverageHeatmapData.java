package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link CoverageHeatmap}.
 *
 * @param title   chart title, e.g. "Succesfactoren ouderbetrokkenheid (RUG) – 2024-2025"
 * @param rows    factor labels from top to bottom (long Dutch labels are wrapped and cut)
 * @param columns column labels from left to right (locations or school years)
 * @param cells   statuses; a row × column without a cell is "geen gegevens"
 */
public record CoverageHeatmapData(String title, List<String> rows, List<String> columns,
        List<CoverageCell> cells) {

    public CoverageHeatmapData {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        if (new HashSet<>(rows).size() != rows.size()) {
            throw new IllegalArgumentException("duplicate row label in " + rows);
        }
        if (new HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("duplicate column label in " + columns);
        }
        Set<List<String>> seen = new HashSet<>();
        for (CoverageCell c : cells) {
            if (!rows.contains(c.row())) {
                throw new IllegalArgumentException("cell for unknown row '" + c.row() + "'");
            }
            if (!columns.contains(c.column())) {
                throw new IllegalArgumentException("cell for unknown column '" + c.column() + "'");
            }
            if (!seen.add(List.of(c.row(), c.column()))) {
                throw new IllegalArgumentException("two cells for " + c.row() + " / " + c.column());
            }
        }
    }
}
