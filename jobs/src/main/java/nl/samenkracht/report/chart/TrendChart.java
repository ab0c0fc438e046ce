package nl.samenkracht.report.chart;

import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * An indicator over school years, one line with markers per series (location), with an optional
 * dashed target line. A null value is a gap: no marker, and the line does not bridge it, so a
 * suppressed figure ("&lt; 5") can never be read off the chart.
 *
 * <p>Dataset: row keys = series in order of first occurrence, column keys = school years sorted.
 */
public final class TrendChart {

    /** Values are printed at the markers only when there are at most this many series. */
    static final int MAX_LABELLED_SERIES = 2;

    private TrendChart() {
    }

    public static JFreeChart create(TrendData data) {
        Set<String> series = new LinkedHashSet<>();
        Set<String> years = new TreeSet<>();
        for (TrendPoint p : data.points()) {
            series.add(p.series());
            years.add(p.schoolYear());
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String s : series) {
            for (String y : years) {
                dataset.addValue(null, s, y);
            }
        }
        for (TrendPoint p : data.points()) {
            dataset.addValue(p.value(), p.series(), p.schoolYear());
        }

        NumberFormat format = data.percent() ? DutchFormat.percent() : DutchFormat.decimal(1);
        LineAndShapeRenderer renderer = SeriesLines.renderer(series.size());
        if (series.size() <= MAX_LABELLED_SERIES) {
            renderer.setDefaultItemLabelGenerator(
                    new StandardCategoryItemLabelGenerator("{2}", format));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
                    ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }

        NumberAxis valueAxis = SeriesLines.valueAxis(data.yLabel(), data.percent(), false);
        if (!data.percent() && data.target() != null) {
            // Keep the target line inside the plot.
            valueAxis.setAutoRangeIncludesZero(false);
        }
        NotedCategoryAxis yearAxis = new NotedCategoryAxis("Schooljaar", 1);
        yearAxis.setCategoryMargin(0.0);
        yearAxis.setLowerMargin(0.06);
        yearAxis.setUpperMargin(0.06);

        CategoryPlot plot = new CategoryPlot(dataset, yearAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.styleCategoryPlot(plot);
        if (data.target() != null) {
            ChartStyle.addReferenceLine(plot, ChartStyle.referenceLine(data.target(),
                    "Doel: " + format.format(data.target()), true, Palette.REFERENCE_LINE,
                    false));
            if (!data.percent()) {
                valueAxis.setAutoRange(true);
                org.jfree.data.Range r = renderer.findRangeBounds(dataset);
                if (r != null) {
                    double lo = Math.min(r.getLowerBound(), data.target());
                    double hi = Math.max(r.getUpperBound(), data.target());
                    double pad = (hi - lo) * 0.12 + 1e-9;
                    valueAxis.setRange(lo - pad, hi + pad);
                }
            }
        }
        JFreeChart chart = ChartStyle.chart(data.title(), plot, true);
        if (data.percent()) {
            setValueRange(chart, 0.0, 1.0);
        }
        compactLegend(chart, series);
        return chart;
    }

    /** Legend labels up to this length go in a column right of the plot; longer ones below it. */
    static final int MAX_SIDE_LEGEND_LABEL = 24;

    /**
     * These charts print half a page wide: a legend below the plot that wraps over three or four
     * rows leaves the plot a strip. Short labels (locations, scale names) stand in one column at
     * the right, so the plot keeps the chart's full height; one line needs no legend beside the
     * title unless it says why it is empty ("Haven (&lt; 5)").
     */
    private static void compactLegend(JFreeChart chart, Set<String> series) {
        LegendTitle legend = chart.getLegend();
        if (legend == null) {
            return;
        }
        if (series.size() > 1 && series.stream().allMatch(s -> s.length() <= MAX_SIDE_LEGEND_LABEL)) {
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setVerticalAlignment(VerticalAlignment.CENTER);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 4));
            legend.setPadding(new RectangleInsets(0, 10, 0, 0));
        } else {
            legend.setItemFont(Palette.SMALL_LEGEND_FONT);
        }
    }

    /** Room above the highest point for its value label, as a share of the scale's range. */
    static final double LABEL_HEADROOM = 0.25;

    /**
     * Shows the value axis from {@code lo} to {@code hi} (0–100%, or an answer scale's 1–5). When
     * values are printed above the markers and a point lies near the top, the axis reaches a quarter
     * of the range further, without ticks there, so that the label of a 91% or a 4,8 is not cut off
     * at the plot's edge.
     */
    public static void setValueRange(JFreeChart chart, double lo, double hi) {
        CategoryPlot plot = chart.getCategoryPlot();
        double top = hi;
        if (plot.getRenderer().getDefaultItemLabelsVisible()) {
            org.jfree.data.Range r = plot.getRenderer().findRangeBounds(plot.getDataset());
            double span = hi - lo;
            if (r != null && r.getUpperBound() > hi - LABEL_HEADROOM * span) {
                top = Math.max(hi, r.getUpperBound() + LABEL_HEADROOM * span);
            }
        }
        if (plot.getRangeAxis() instanceof TidyNumberAxis axis) {
            axis.setTickCeiling(top > hi ? hi : null);
        }
        plot.getRangeAxis().setRange(lo, top);
    }
}
