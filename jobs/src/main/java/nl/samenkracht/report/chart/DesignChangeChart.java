package nl.samenkracht.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Color;
import java.util.List;

/**
 * Mean change (post − pre) per scale and cohort or group, with its 95% interval as a whisker
 * (design.csv). Means here, not medians: the change of a scale score is a difference of means of
 * items and the design table reports it with a t interval; a zero line marks "no change".
 */
public final class DesignChangeChart {
    /** One marker: a side's mean change on one scale with its interval. */
    public record Point(String scale, String side, double mean, double lower, double upper) {}

    private DesignChangeChart() {}

    public static JFreeChart create(String title, List<Point> points, List<String> sides) {
        QuartileDataset dataset = new QuartileDataset();
        for (String s : sides) for (Point p : points) dataset.addValue(null, s, p.scale());
        for (Point p : points) dataset.add(p.mean(), p.lower(), p.upper(), p.side(), p.scale());
        QuartileRangeRenderer renderer = new QuartileRangeRenderer();
        for (int i = 0; i < sides.size(); i++) {
            Color c = Palette.wave(i, sides.size());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesOutlinePaint(i, c.darker());
            renderer.setSeriesStroke(i, Palette.LINE_STROKE);
            renderer.setSeriesShape(i, Palette.seriesShape(i));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", DutchFormat.decimal(2)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Palette.ITEM_LABEL_BOLD_FONT);
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(6.0);
        NumberAxis axis = ChartStyle.numberAxis("Gemiddelde verandering (nameting − voormeting)", DutchFormat.number(1));
        axis.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(dataset, ChartStyle.categoryAxis(null, 2), axis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.styleCategoryPlot(plot);
        ChartStyle.addReferenceLine(plot, ChartStyle.referenceLine(0, "geen verandering", true, Palette.TEXT, false));
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.subtitle(chart, "Gemiddelde met 95%-betrouwbaarheidsinterval; gekoppelde respondenten");
        return chart;
    }
}
