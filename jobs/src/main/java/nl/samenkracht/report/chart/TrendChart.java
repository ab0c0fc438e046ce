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
import org.jfree.chart.ui.TextAnchor;
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
        return ChartStyle.chart(data.title(), plot, true);
    }
}
