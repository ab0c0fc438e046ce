package nl.samenkracht.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Cronbach's alpha per scale (× wave) as horizontal bars, with the customary 0,70 reference line
 * (Nunnally), the value printed after each bar in Dutch notation ("0,81"), and optionally the 95%
 * interval as a whisker. Bars at or above 0,70 are teal, below it orange.
 *
 * <p>Dataset: one series {@link #SERIES}; column keys are the row labels in input order; a row
 * without alpha has a null value (no bar; it reads "niet te berekenen").
 */
public final class ReliabilityChart {

    /** The reference value drawn as a line and used for the bar colour. */
    public static final double REFERENCE_ALPHA = 0.70;
    /** Text in place of a bar when alpha could not be computed. */
    public static final String NOT_COMPUTABLE = "niet te berekenen";
    /** Key of the single series. */
    public static final String SERIES = "Cronbachs alfa";

    private ReliabilityChart() {
    }

    public static JFreeChart create(ReliabilityData data) {
        NumberFormat two = DutchFormat.decimal(2);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        NotedCategoryAxis labels = new NotedCategoryAxis(null, 2);
        labels.setMaximumCategoryLabelWidthRatio(0.32f);
        // Free space above the first bar for the label of the 0,70 line.
        labels.setLowerMargin(0.10);
        NormBarRenderer renderer = new NormBarRenderer(REFERENCE_ALPHA);
        renderer.setMaximumBarWidth(0.14);
        double lowest = 0.0;
        boolean anyInterval = false;
        for (ReliabilityRow r : data.rows()) {
            dataset.addValue(r.alpha(), SERIES, r.label());
            if (r.n() != null) {
                labels.setNote(r.label(), "(n=" + r.n() + ")");
            }
            if (r.lower() != null) {
                renderer.setInterval(r.label(), r.lower(), r.upper());
                anyInterval = true;
                lowest = Math.min(lowest, r.lower());
            }
            if (r.alpha() != null) {
                lowest = Math.min(lowest, r.alpha());
            }
        }

        // Alpha can be negative with inconsistent items; the axis then starts below 0.
        double lower = Math.floor(lowest * 10 - 1e-9) / 10;
        CappedNumberAxis axis = new CappedNumberAxis("Cronbachs alfa", 1.0);
        ChartStyle.styleAxisText(axis);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setTickUnit(new NumberTickUnit(0.1, DutchFormat.decimal(1)));
        // Room right of 1,0 for the value label of a bar near 1 (no ticks are drawn there).
        axis.setRange(lower, 1.12);

        CategoryPlot plot = new CategoryPlot(dataset, labels, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ChartStyle.styleCategoryPlot(plot);
        ChartStyle.addReferenceLine(plot, ChartStyle.referenceLine(REFERENCE_ALPHA,
                two.format(REFERENCE_ALPHA), true, Palette.REFERENCE_LINE, true));

        for (ReliabilityRow r : data.rows()) {
            if (r.alpha() == null) {
                plot.addAnnotation(new CategoryLabelAnnotation(NOT_COMPUTABLE, r.label(), 0.0, 6.0,
                        TextAnchor.CENTER_LEFT, Palette.ITEM_LABEL_FONT, Palette.TEXT_MUTED, null),
                        false);
                continue;
            }
            // After the bar, or after the whisker when the interval reaches further.
            double at = r.upper() != null ? Math.max(r.alpha(), r.upper()) : r.alpha();
            plot.addAnnotation(new CategoryLabelAnnotation(two.format(r.alpha()), r.label(),
                    Math.max(at, 0.0), 6.0, TextAnchor.CENTER_LEFT, Palette.ITEM_LABEL_BOLD_FONT,
                    Palette.TEXT, null), false);
        }

        LegendItemCollection legend = new LegendItemCollection();
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        legend.add(new LegendItem("α ≥ " + two.format(REFERENCE_ALPHA), null, null, null, square,
                Palette.STATUS_OK));
        legend.add(new LegendItem("α < " + two.format(REFERENCE_ALPHA), null, null, null, square,
                Palette.STATUS_ATTENTION));
        if (anyInterval) {
            legend.add(new LegendItem("95%-betrouwbaarheidsinterval", null, null, null,
                    new Line2D.Double(-9, 0, 9, 0), new BasicStroke(2.0f),
                    Palette.REFERENCE_LINE));
        }
        plot.setFixedLegendItems(legend);

        return ChartStyle.chart(data.title(), plot, true);
    }

    /** A layout height (points) that gives each of {@code rows} bars room for a 2-line label. */
    public static int suggestedHeight(int rows) {
        return Math.max(400, 170 + 46 * rows);
    }
}
