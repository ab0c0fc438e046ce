package nl.samenkracht.indicators.stats;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.FileNames;
import nl.samenkracht.report.chart.ChartStyle;
import nl.samenkracht.report.chart.DutchFormat;
import nl.samenkracht.report.chart.PrePostChart;
import nl.samenkracht.report.chart.PrePostData;
import nl.samenkracht.report.chart.PrePostPoint;
import nl.samenkracht.report.chart.ReliabilityChart;
import nl.samenkracht.report.chart.ReliabilityData;
import nl.samenkracht.report.chart.ReliabilityRow;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.statistics.Quantiles;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of the statistics stage: per instrument × school year a pre/post chart (scales as
 * categories; median with Q1–Q3 of every score of each wave, all respondents) and a reliability
 * chart (pairwise alpha with its Feldt interval per scale × wave).
 */
final class StatisticsFigures {
    static final int WIDTH = 1000;
    static final int PREPOST_HEIGHT = 560;

    private StatisticsFigures() {}

    static List<Figure> prePost(Map<String, List<String>> yearsByInstrument, Map<PrePostAnalysis.Key, PrePostAnalysis.Sample> data,
                                Codebook codebook, String preWave, String postWave) {
        List<Figure> out = new ArrayList<>();
        yearsByInstrument.forEach((instrument, years) -> {
            for (String year : years) {
                List<PrePostPoint> points = new ArrayList<>();
                double yMin = Double.POSITIVE_INFINITY;
                double yMax = Double.NEGATIVE_INFINITY;
                for (Codebook.Scale s : codebook.scales()) {
                    if (!s.instrument().equals(instrument)) continue;
                    PrePostAnalysis.Sample sample = data.get(new PrePostAnalysis.Key(instrument, year,
                            StatisticsStage.ALL_RESPONDENTS, StatisticsStage.SCALE, s.id()));
                    if (sample == null) continue;
                    String category = label(s);
                    point(points, category, preWave, sample.pre.values());
                    point(points, category, postWave, sample.post.values());
                    AnswerScale as = codebook.answerScaleOf(s);
                    if (as != null) {
                        yMin = Math.min(yMin, as.min());
                        yMax = Math.max(yMax, as.max());
                    }
                }
                // A chart of one wave is no pre/post chart (the table says why the other is missing).
                if (points.stream().map(PrePostPoint::wave).distinct().count() < 2) continue;
                if (!(yMin < yMax)) {
                    yMin = points.stream().mapToDouble(PrePostPoint::q1).min().orElse(0);
                    yMax = Math.max(yMin + 1, points.stream().mapToDouble(PrePostPoint::q3).max().orElse(1));
                }
                String yLabel = "Schaalscore (" + DutchFormat.number(1).format(yMin) + "–"
                        + DutchFormat.number(1).format(yMax) + ")";
                PrePostData d = new PrePostData(capitalised(preWave) + " en " + postWave + " per schaal — " + instrument + ", "
                        + year + " (alle respondenten)", yLabel, yMin, yMax, points);
                out.add(new Figure(FileNames.slug("prepost", instrument, year), StatisticsResults.SHEET_FIGURES_PREPOST,
                        PrePostChart.create(d), WIDTH, PREPOST_HEIGHT));
            }
        });
        return out;
    }

    private static void point(List<PrePostPoint> points, String category, String wave, double[] values) {
        if (values.length == 0) return;
        double[] q = Quantiles.type7(values, 0.25, 0.5, 0.75);
        points.add(new PrePostPoint(category, wave, q[1], q[0], q[2], values.length));
    }

    /** From the reliability table: one chart per instrument × school year, a bar per scale × wave. */
    static List<Figure> reliability(Table reliability, Codebook codebook) {
        Map<List<String>, List<ReliabilityRow>> charts = new LinkedHashMap<>();
        for (int i = 0; i < reliability.rowCount(); i++) {
            String year = reliability.stringColumn("school_year").get(i);
            if (year.equals(StatisticsStage.ALL)) continue;
            String instrument = reliability.stringColumn("instrument").get(i);
            String scale = reliability.stringColumn("scale").get(i);
            String wave = reliability.stringColumn("wave").get(i);
            Codebook.Scale s = codebook.scale(instrument, scale);
            // A scale of fewer than 2 items has no alpha by definition: no bar for it.
            if (s != null && s.itemIds().size() < 2) continue;
            Double alpha = value(reliability, "alpha_pairwise", i);
            Double lower = value(reliability, "feldt_lower", i);
            Double upper = value(reliability, "feldt_upper", i);
            if (lower == null || upper == null) {
                lower = null;
                upper = null;
            }
            int n = reliability.intColumn("n_rows").get(i);
            charts.computeIfAbsent(List.of(instrument, year), k -> new ArrayList<>())
                    .add(new ReliabilityRow((s == null ? scale : label(s)) + " – " + wave, alpha, lower, upper, n));
        }
        List<Figure> out = new ArrayList<>();
        charts.values().removeIf(rows -> rows.stream().allMatch(r -> r.alpha() == null));
        charts.forEach((key, rows) -> {
            JFreeChart chart = ReliabilityChart.create(new ReliabilityData("Betrouwbaarheid per schaal — " + key.get(0)
                    + ", " + key.get(1), rows));
            ChartStyle.subtitle(chart, "Cronbachs alfa, pairwise (zoals psych::alpha); lijn: 95%-interval volgens Feldt");
            out.add(new Figure(FileNames.slug("betrouwbaarheid", key.get(0), key.get(1)),
                    StatisticsResults.SHEET_FIGURES_RELIABILITY, chart, WIDTH,
                    ReliabilityChart.suggestedHeight(rows.size()) + 20));
        });
        return out;
    }

    private static Double value(Table t, String column, int row) {
        double v = t.doubleColumn(column).getDouble(row);
        return Double.isNaN(v) ? null : v;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String label(Codebook.Scale s) {
        return s.label() == null || s.label().isBlank() ? s.id() : s.label();
    }
}
