package nl.samenkracht.report.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Reach per location (or class) as horizontal bars on a 0–100% axis against a dashed target
 * line; bars that meet the target are teal, those below it orange (no target: blue). The share is
 * printed after each bar ("72%") and the roster size under the label ("(n=23)").
 *
 * <p>Dataset: one series {@link #SERIES}; column keys are the row labels in input order.
 */
public final class ReachChart {

    public static final String SERIES = "Bereik";

    private ReachChart() {
    }

    public static JFreeChart create(ReachData data) {
        NumberFormat pct = DutchFormat.percent();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        NotedCategoryAxis labels = new NotedCategoryAxis(null, 2);
        labels.setMaximumCategoryLabelWidthRatio(0.30f);
        // Free space above the first bar for the label of the target line.
        labels.setLowerMargin(0.10);
        for (ReachRow r : data.rows()) {
            dataset.addValue(r.reach(), SERIES, r.label());
            if (r.n() != null) {
                labels.setNote(r.label(), "(n=" + r.n() + ")");
            }
        }
        NormBarRenderer renderer = new NormBarRenderer(data.target());
        renderer.setMaximumBarWidth(0.14);

        CappedNumberAxis axis = new CappedNumberAxis(data.valueLabel(), 1.0);
        ChartStyle.styleAxisText(axis);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setStandardTickUnits(ChartStyle.percentTickUnits(pct));
        axis.setRange(0.0, 1.1);

        CategoryPlot plot = new CategoryPlot(dataset, labels, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ChartStyle.styleCategoryPlot(plot);

        for (ReachRow r : data.rows()) {
            if (r.reach() != null) {
                plot.addAnnotation(new CategoryLabelAnnotation(pct.format(r.reach()), r.label(),
                        r.reach(), 6.0, TextAnchor.CENTER_LEFT, Palette.ITEM_LABEL_BOLD_FONT,
                        Palette.TEXT, null), false);
            }
        }

        boolean legendVisible = data.target() != null;
        if (data.target() != null) {
            String target = pct.format(data.target());
            ChartStyle.addReferenceLine(plot, ChartStyle.referenceLine(data.target(),
                    "Doel: " + target, true, Palette.REFERENCE_LINE, true));
            LegendItemCollection legend = new LegendItemCollection();
            Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
            legend.add(new LegendItem("doel gehaald (≥ " + target + ")", null, null, null, square,
                    Palette.STATUS_OK));
            legend.add(new LegendItem("onder het doel", null, null, null, square,
                    Palette.STATUS_ATTENTION));
            legend.add(new LegendItem("doel", null, null, null, new Line2D.Double(-10, 0, 10, 0),
                    Palette.DASHED_STROKE, Palette.REFERENCE_LINE));
            plot.setFixedLegendItems(legend);
        }
        return ChartStyle.chart(data.title(), plot, legendVisible);
    }

    /** A layout height (points) that gives each of {@code rows} bars room for a 2-line label. */
    public static int suggestedHeight(int rows) {
        return Math.max(400, 170 + 46 * rows);
    }
}
