package nl.samenkracht.report.figures;

import nl.samenkracht.indicators.stats.ScaleAlpha;
import nl.samenkracht.indicators.stats.ScoreSpread;
import nl.samenkracht.indicators.stats.StatisticsResults;
import nl.samenkracht.indicators.stats.StatisticsStage;
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
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of the statistics stage: per instrument × school year a pre/post chart (scales as
 * categories; median with Q1–Q3 of every score of each wave, all respondents) and a reliability
 * chart (pairwise alpha with its Feldt interval per scale × wave).
 */
public final class StatisticsFigures {
    public static final String SHEET_PREPOST = "Grafieken pre-post";
    public static final String SHEET_RELIABILITY = "Grafieken betrouwbaarheid";
    static final int WIDTH = 1000;
    static final int PREPOST_HEIGHT = 560;

    private StatisticsFigures() {}

    /** The pre/post charts, then the reliability charts. */
    public static List<Figure> build(StatisticsResults results, Codebook codebook, String preWave, String postWave) {
        List<Figure> out = new ArrayList<>(prePost(results.spreads(), codebook, preWave, postWave));
        out.addAll(reliability(results.reliability(), codebook));
        return out;
    }

    static List<Figure> prePost(List<ScoreSpread> spreads, Codebook codebook, String preWave, String postWave) {
        Map<List<String>, List<ScoreSpread>> charts = new LinkedHashMap<>();
        for (ScoreSpread s : spreads) charts.computeIfAbsent(List.of(s.instrument(), s.schoolYear()), k -> new ArrayList<>()).add(s);
        List<Figure> out = new ArrayList<>();
        charts.forEach((key, cells) -> {
            String instrument = key.get(0), year = key.get(1);
            List<PrePostPoint> points = new ArrayList<>();
            double yMin = Double.POSITIVE_INFINITY;
            double yMax = Double.NEGATIVE_INFINITY;
            for (ScoreSpread cell : cells) {
                Codebook.Scale s = codebook.scale(instrument, cell.scale());
                points.add(new PrePostPoint(label(s, cell.scale()), cell.wave(), cell.median(), cell.q1(), cell.q3(), cell.n()));
                AnswerScale as = s == null ? null : codebook.answerScaleOf(s);
                if (as != null) {
                    yMin = Math.min(yMin, as.min());
                    yMax = Math.max(yMax, as.max());
                }
            }
            // A chart of one wave is no pre/post chart (the table says why the other is missing).
            if (points.stream().map(PrePostPoint::wave).distinct().count() < 2) return;
            if (!(yMin < yMax)) {
                yMin = points.stream().mapToDouble(PrePostPoint::q1).min().orElse(0);
                yMax = Math.max(yMin + 1, points.stream().mapToDouble(PrePostPoint::q3).max().orElse(1));
            }
            String yLabel = "Schaalscore (" + DutchFormat.number(1).format(yMin) + "–"
                    + DutchFormat.number(1).format(yMax) + ")";
            PrePostData d = new PrePostData(capitalised(preWave) + " en " + postWave + " per schaal — " + instrument + ", "
                    + year + " (alle respondenten)", yLabel, yMin, yMax, points);
            out.add(new Figure(FileNames.slug("prepost", instrument, year), SHEET_PREPOST,
                    PrePostChart.create(d), WIDTH, PREPOST_HEIGHT));
        });
        return out;
    }

    /** One chart per instrument × school year, a bar per scale × wave. */
    static List<Figure> reliability(List<ScaleAlpha> reliability, Codebook codebook) {
        Map<List<String>, List<ReliabilityRow>> charts = new LinkedHashMap<>();
        for (ScaleAlpha a : reliability) {
            String year = a.schoolYear();
            if (year.equals(StatisticsStage.ALL)) continue;
            String instrument = a.instrument();
            String scale = a.scale();
            String wave = a.wave();
            Codebook.Scale s = codebook.scale(instrument, scale);
            // A scale of fewer than 2 items has no alpha by definition: no bar for it.
            if (s != null && s.itemIds().size() < 2) continue;
            Double alpha = value(a.alphaPairwise());
            Double lower = value(a.feldtLower());
            Double upper = value(a.feldtUpper());
            if (lower == null || upper == null) {
                lower = null;
                upper = null;
            }
            int n = a.nRows();
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
                    SHEET_RELIABILITY, chart, WIDTH,
                    ReliabilityChart.suggestedHeight(rows.size()) + 20));
        });
        return out;
    }

    /** NaN or infinite (a missing cell of the table) is no value. */
    private static Double value(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String label(Codebook.Scale s) {
        return s.label() == null || s.label().isBlank() ? s.id() : s.label();
    }

    private static String label(Codebook.Scale s, String id) {
        return s == null ? id : label(s);
    }
}
