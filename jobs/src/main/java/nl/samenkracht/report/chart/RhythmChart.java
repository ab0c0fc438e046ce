package nl.samenkracht.report.chart;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Contacts per month over a school year (August to July), one line with markers per location,
 * to show the rhythm: a burst around the start of the year, gaps in the holidays, regularity.
 *
 * <p>Dataset: row keys = series in order of first occurrence; column keys = {@link #MONTHS}.
 */
public final class RhythmChart {

    /** Dutch month abbreviations in school-year order (a school year starts on 1 August). */
    public static final List<String> MONTHS = List.of("aug", "sep", "okt", "nov", "dec", "jan",
            "feb", "mrt", "apr", "mei", "jun", "jul");

    private RhythmChart() {
    }

    /** Position of calendar month 1–12 in the school year (August = 0 … July = 11). */
    public static int schoolYearIndex(int month) {
        return Math.floorMod(month - 8, 12);
    }

    public static JFreeChart create(RhythmData data) {
        Set<String> series = new LinkedHashSet<>();
        for (RhythmPoint p : data.points()) {
            series.add(p.series());
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String s : series) {
            for (String m : MONTHS) {
                dataset.addValue(null, s, m);
            }
        }
        for (RhythmPoint p : data.points()) {
            dataset.addValue(p.value(), p.series(), MONTHS.get(schoolYearIndex(p.month())));
        }
        LineAndShapeRenderer renderer = SeriesLines.renderer(series.size());
        NumberAxis valueAxis = SeriesLines.valueAxis(data.yLabel(), false, true);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(DutchFormat.NL));
        NotedCategoryAxis monthAxis = new NotedCategoryAxis(null, 1);
        monthAxis.setCategoryMargin(0.0);
        monthAxis.setLowerMargin(0.03);
        monthAxis.setUpperMargin(0.03);

        CategoryPlot plot = new CategoryPlot(dataset, monthAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.styleCategoryPlot(plot);
        return ChartStyle.chart(data.title(), plot, true);
    }
}
