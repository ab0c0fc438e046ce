package nl.samenkracht.report.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.TextAnchor;

/**
 * Voormeting versus nameting per scale (or per location): the median as a marker with a Q1–Q3
 * whisker, the waves side by side in two colours and two marker shapes. Medians and quartiles
 * rather than means with error bars, because Likert scale scores are ordinal.
 *
 * <p>Dataset: a {@link QuartileDataset}; row (series) keys are the waves, column keys the
 * categories, both in order of first occurrence; the value is the median.
 */
public final class PrePostChart {

    private PrePostChart() {
    }

    public static JFreeChart create(PrePostData data) {
        Set<String> categories = new LinkedHashSet<>();
        Set<String> waves = new LinkedHashSet<>();
        for (PrePostPoint p : data.points()) {
            categories.add(p.category());
            waves.add(p.wave());
        }
        List<String> waveList = new ArrayList<>(waves);

        QuartileDataset dataset = new QuartileDataset();
        // Register every wave × category so a missing point leaves a gap, not a shifted layout.
        for (String w : waveList) {
            for (String c : categories) {
                dataset.addValue(null, w, c);
            }
        }
        NotedCategoryAxis categoryAxis = new NotedCategoryAxis(null, 2);
        categoryAxis.setCategoryMargin(0.30);
        for (PrePostPoint p : data.points()) {
            dataset.add(p.median(), p.q1(), p.q3(), p.wave(), p.category());
        }
        for (String c : categories) {
            StringJoiner n = new StringJoiner(" / ", "n = ", "");
            for (String w : waveList) {
                PrePostPoint p = find(data, c, w);
                n.add(p == null ? "–" : Integer.toString(p.n()));
            }
            categoryAxis.setNote(c, n.toString());
        }

        QuartileRangeRenderer renderer = new QuartileRangeRenderer();
        NumberFormat dec = DutchFormat.decimal(1);
        for (int i = 0; i < waveList.size(); i++) {
            Color c = Palette.wave(i, waveList.size());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesOutlinePaint(i, c.darker());
            renderer.setSeriesStroke(i, Palette.LINE_STROKE);
            renderer.setSeriesShape(i, scaled(Palette.seriesShape(i), 1.35));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", dec));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Palette.ITEM_LABEL_BOLD_FONT);
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
        // Median value right of its marker, clear of the vertical whisker.
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
                ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(6.0);

        NumberAxis valueAxis = ChartStyle.numberAxis(data.yLabel(), DutchFormat.number(1));
        double span = data.yMax() - data.yMin();
        valueAxis.setRange(data.yMin() - 0.04 * span, data.yMax() + 0.04 * span);
        if (span <= 10) {
            valueAxis.setTickUnit(new NumberTickUnit(span <= 3 ? 0.5 : 1.0,
                    DutchFormat.number(1)));
        }

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.styleCategoryPlot(plot);

        JFreeChart chart = ChartStyle.chart(data.title(), plot, true);
        ChartStyle.subtitle(chart, "Mediaan met interkwartielafstand (Q1–Q3); n per meting: "
                + String.join(" / ", waveList));
        return chart;
    }

    private static PrePostPoint find(PrePostData data, String category, String wave) {
        for (PrePostPoint p : data.points()) {
            if (p.category().equals(category) && p.wave().equals(wave)) {
                return p;
            }
        }
        return null;
    }

    private static java.awt.Shape scaled(java.awt.Shape s, double f) {
        return java.awt.geom.AffineTransform.getScaleInstance(f, f).createTransformedShape(s);
    }
}
