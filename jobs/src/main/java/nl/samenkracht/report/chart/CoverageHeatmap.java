package nl.samenkracht.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Success-factor coverage as a grid: factors down the left (wrapped, cut with "..." when very
 * long), locations or school years across the top, each cell coloured by status — op orde (dark
 * teal), aandacht (orange), geen gegevens (light grey with a diagonal hatch) — with an optional
 * text such as "72%". The three fills differ in grey value and the hatch marks "no data" without
 * colour. A status hidden for privacy is white with a dashed frame and its mark ("&lt; 5", "x"), with a
 * legend entry of its own, so it is never read as "geen gegevens".
 *
 * <p>Dataset: row (series) keys = the columns, column (category) keys = the factors, both in
 * input order; value = {@link CoverageStatus#ordinal()}; every factor × column has a value.
 */
public final class CoverageHeatmap {

    /** Legend entry of a status hidden for privacy (drawn white with a dashed frame). */
    public static final String HIDDEN_LABEL = "verborgen (te kleine groep, of x: tegen terugrekenen)";

    /** Factor labels take up to this share of the chart width. */
    static final float LABEL_WIDTH_RATIO = 0.42f;

    private CoverageHeatmap() {
    }

    public static JFreeChart create(CoverageHeatmapData data) {
        Map<List<String>, CoverageCell> byKey = new HashMap<>();
        for (CoverageCell c : data.cells()) {
            byKey.put(List.of(c.row(), c.column()), c);
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        CoverageCellRenderer renderer = new CoverageCellRenderer();
        for (String column : data.columns()) {
            for (String row : data.rows()) {
                CoverageCell cell = byKey.get(List.of(row, column));
                CoverageStatus status = cell == null ? CoverageStatus.GEEN_GEGEVENS : cell.status();
                dataset.addValue(status.ordinal(), column, row);
                if (cell != null && cell.text() != null) {
                    renderer.setText(column, row, cell.text());
                }
                if (cell != null && cell.hidden()) {
                    renderer.setHidden(column, row);
                }
            }
        }

        int rows = data.rows().size();
        NotedCategoryAxis factorAxis = new NotedCategoryAxis(null, rows > 12 ? 2 : 3);
        factorAxis.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH_RATIO);
        factorAxis.setCategoryMargin(0.0);
        factorAxis.setLowerMargin(0.0);
        factorAxis.setUpperMargin(0.0);
        factorAxis.setTickLabelFont(Palette.ITEM_LABEL_FONT);

        ColumnHeaderAxis columnAxis = new ColumnHeaderAxis(
                data.columns().toArray(new String[0]), 3, 1.0 - LABEL_WIDTH_RATIO - 0.05);
        columnAxis.setRange(-0.5, Math.max(1, data.columns().size()) - 0.5);
        columnAxis.setAutoRange(false);

        CategoryPlot plot = new CategoryPlot(dataset, factorAxis, columnAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
        ChartStyle.styleCategoryPlot(plot);
        plot.setRangeGridlinesVisible(false);

        LegendItemCollection legend = new LegendItemCollection();
        Rectangle2D square = new Rectangle2D.Double(-7, -7, 14, 14);
        for (CoverageStatus s : CoverageStatus.values()) {
            legend.add(new LegendItem(s.label(), null, null, null, square, Palette.statusPaint(s),
                    new BasicStroke(0.8f), new Color(0x999999)));
        }
        if (data.cells().stream().anyMatch(CoverageCell::hidden)) {
            legend.add(new LegendItem(HIDDEN_LABEL, null, null, null, true, square, true, Color.WHITE, true,
                    Palette.TEXT_MUTED, CoverageCellRenderer.HIDDEN_FRAME, false, square, new BasicStroke(1f), Palette.TEXT_MUTED));
        }
        plot.setFixedLegendItems(legend);
        return ChartStyle.chart(data.title(), plot, true);
    }

    /**
     * A layout height (points) that gives each of {@code rows} factors room for its label. The floor only keeps
     * room for a two-line title and the legend: a framework with one or two factors measured got 400 points, and
     * its one row became a block of coloured cells as tall as half a printed page.
     */
    public static int suggestedHeight(int rows) {
        return Math.max(MIN_HEIGHT, 190 + (rows > 12 ? 38 : 52) * rows);
    }

    static final int MIN_HEIGHT = 270;
}
