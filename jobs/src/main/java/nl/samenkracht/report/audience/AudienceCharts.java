package nl.samenkracht.report.audience;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.chart.ChartStyle;
import nl.samenkracht.report.chart.DutchFormat;
import nl.samenkracht.report.chart.LocationComparisonChart;
import nl.samenkracht.report.chart.LocationComparisonData;
import nl.samenkracht.report.chart.LocationValue;
import nl.samenkracht.report.chart.NotedCategoryAxis;
import nl.samenkracht.report.chart.TrendChart;
import nl.samenkracht.report.chart.TrendData;
import nl.samenkracht.report.chart.TrendPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;

import java.util.ArrayList;
import java.util.List;

/**
 * The charts of the audience workbooks, made from {@link ShownValue}s only: a hidden figure is a
 * null point (a gap in a line, an empty place among the bars), never a number in a dataset.
 */
final class AudienceCharts {
    static final int WIDTH = 1000;
    static final int TREND_HEIGHT = 460;
    static final int DASHBOARD_HEIGHT = 400;
    static final int COMPARISON_HEIGHT = 540;

    private AudienceCharts() {}

    /** A line to draw in a trend chart: its legend label and the shown values per school year. */
    record Series(String label, List<ShownValue> values) {}

    /**
     * Trend over school years: one line per series, a dashed target line when given; for a
     * questionnaire mean the value axis spans the answer scale (e.g. 1–5), so a small change is
     * not blown up to fill the chart.
     */
    static JFreeChart trend(String title, String yLabel, String unit, String indicatorId, Double target,
                            List<Series> series, List<String> years, Codebook codebook, Suppression policy) {
        List<TrendPoint> points = new ArrayList<>();
        boolean anyHidden = false;
        for (Series s : series) {
            // A line with no point at all says why in the legend ("Haven (< 5)").
            List<ShownValue> present = s.values().stream().filter(x -> x != null).toList();
            String label = s.label();
            if (!present.isEmpty() && present.stream().allMatch(x -> x.mark().hidden()))
                label += " (" + String.join(", ", present.stream().map(x -> x.text()).distinct().toList()) + ")";
            for (String y : years) {
                ShownValue v = present.stream().filter(x -> x.source().schoolYear().equals(y)).findFirst().orElse(null);
                points.add(new TrendPoint(label, y, v == null ? null : v.value()));
                anyHidden |= v != null && v.mark().hidden();
            }
        }
        boolean percent = IndicatorGrid.percent(unit);
        JFreeChart chart = TrendChart.create(new TrendData(title, yLabel, percent, target, points));
        double[] range = scaleRange(indicatorId, codebook);
        if (range != null && !percent) {
            double lo = range[0], hi = range[1];
            if (target != null) {
                lo = Math.min(lo, target);
                hi = Math.max(hi, target);
            }
            TrendChart.setValueRange(chart, lo, hi + (hi - lo) * 0.06);
        }
        if (anyHidden) ChartStyle.subtitle(chart, hiddenNote(policy));
        return chart;
    }

    /**
     * This year's value per location as columns, the board total as a dashed line, last year's
     * value as a marker; under each location its n, or the mark of a hidden figure.
     */
    static JFreeChart locations(String title, String yLabel, String unit, String indicatorId, Codebook codebook,
                                String year, String previousYear,
                                List<String> locations, List<ShownValue> current, List<ShownValue> previous,
                                ShownValue total, Suppression policy) {
        List<LocationValue> values = new ArrayList<>();
        boolean anyHidden = false;
        for (int i = 0; i < locations.size(); i++) {
            ShownValue c = current.get(i), p = previous.get(i);
            values.add(new LocationValue(locations.get(i), c == null ? null : c.value(), p == null ? null : p.value()));
            anyHidden |= c != null && c.mark().hidden() || p != null && p.mark().hidden();
        }
        anyHidden |= total != null && total.mark().hidden();
        JFreeChart chart = LocationComparisonChart.create(new LocationComparisonData(title, yLabel, IndicatorGrid.percent(unit),
                year, previousYear, total == null ? null : total.value(), values));
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        double[] range = scaleRange(indicatorId, codebook);
        // Means on the answer scale's own range (1–5), so the charts of one questionnaire compare at a glance
        // and a bar's length is read from the scale's lowest answer, not from a 0 nobody can answer.
        if (range != null && !IndicatorGrid.percent(unit)) plot.getRangeAxis().setRange(range[0], range[1] + (range[1] - range[0]) * 0.04);
        if (plot.getDomainAxis() instanceof NotedCategoryAxis axis) {
            // Room right of the last column for the label of the board line ("Bestuur: 3,6").
            axis.setUpperMargin(0.10);
            for (int i = 0; i < locations.size(); i++) {
                ShownValue c = current.get(i);
                if (c == null) axis.setNote(locations.get(i), "geen gegevens");
                else if (c.mark().hidden()) axis.setNote(locations.get(i), c.nText());
                else axis.setNote(locations.get(i), "n = " + c.nText());
            }
        }
        if (anyHidden) ChartStyle.subtitle(chart, hiddenNote(policy));
        return chart;
    }

    static String hiddenNote(Suppression policy) {
        return "Ontbreekt een punt: minder dan " + policy.minGroupSize() + " personen of verborgen tegen terugrekenen (zie Overzicht)";
    }

    static String hiddenCellNote(Suppression policy) {
        return policy.smallText() + ": minder dan " + policy.minGroupSize() + " personen; " + Suppression.COMPLEMENTARY_TEXT
                + ": verborgen tegen terugrekenen (zie Overzicht)";
    }

    /** The answer scale's range of a questionnaire mean ("instrument/scale/mean"), or null. */
    static double[] scaleRange(String indicatorId, Codebook codebook) {
        if (codebook == null || indicatorId == null) return null;
        // A focus group's figures carry the group after '@' ("inwerken/structuur/mean@nieuw").
        String[] parts = indicatorId.replaceFirst("@.*$", "").split("/");
        if (parts.length != 3 || !parts[2].equals("mean")) return null;
        Codebook.Scale s = codebook.scale(parts[0], parts[1]);
        if (s == null) return null;
        AnswerScale a = codebook.answerScaleOf(s);
        if (a == null || !(a.min() < a.max())) return null;
        return new double[]{a.min(), a.max()};
    }

    /** Axis label of a unit. */
    static String yLabel(String unit, String id, Codebook codebook) {
        if (IndicatorGrid.percent(unit)) return "Percentage";
        if ("count".equals(unit)) return "Aantal";
        double[] r = scaleRange(id, codebook);
        return r == null ? "Gemiddelde" : "Gemiddelde (" + DutchFormat.number(1).format(r[0]) + "–" + DutchFormat.number(1).format(r[1]) + ")";
    }
}
