package nl.samenkracht.report;

import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.chart.DivergingLikertChart;
import nl.samenkracht.report.chart.LikertBarData;
import nl.samenkracht.report.chart.LikertRow;
import nl.samenkracht.report.model.Figure;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One diverging stacked Likert chart per scale × school year (all locations together): a bar per
 * item and wave, options in scale order, options nobody chose kept.
 */
public final class LikertFigures {
    public static final String SHEET = "Grafieken Likert";
    private static final int MAX_LABEL = 60;

    private LikertFigures() {}

    public static List<Figure> build(Table distributions, Codebook cb, List<String> waveOrder) {
        List<Figure> out = new ArrayList<>();
        if (distributions.rowCount() == 0) return out;
        Table all = distributions.where(distributions.stringColumn("location").isEqualTo(Descriptives.ALL_LOCATIONS));
        Set<String> years = new LinkedHashSet<>(all.stringColumn("school_year").asList());
        for (Codebook.Scale scale : cb.scales()) {
            AnswerScale as = cb.answerScaleOf(scale);
            if (as == null) continue;
            for (String year : years.stream().sorted().toList()) {
                List<LikertRow> rows = new ArrayList<>();
                for (String itemId : scale.itemIds()) {
                    Codebook.Item item = cb.item(scale.instrument(), itemId);
                    for (String wave : waves(all, year, waveOrder)) {
                        Table sel = all.where(all.stringColumn("instrument").isEqualTo(scale.instrument())
                                .and(all.stringColumn("item").isEqualTo(itemId))
                                .and(all.stringColumn("school_year").isEqualTo(year))
                                .and(all.stringColumn("wave").isEqualTo(wave)));
                        if (sel.rowCount() != as.options().size()) continue;
                        double[] shares = new double[sel.rowCount()];
                        int n = sel.intColumn("n_valid").get(0);
                        for (int i = 0; i < shares.length; i++) shares[i] = n == 0 ? 0 : sel.doubleColumn("share").get(i);
                        String label = shorten(item.text()) + (item.reverse() ? " (omgescoord item)" : "") + " — " + wave;
                        rows.add(new LikertRow(label, shares, n));
                    }
                }
                if (rows.isEmpty()) continue;
                List<String> options = as.options().stream().map(AnswerScale.Option::label).toList();
                LikertBarData data = new LikertBarData(scale.label() + " — " + year + " (alle locaties)", options, as.neutralIndex(), rows);
                out.add(new Figure(FileNames.slug("likert", scale.instrument(), scale.id(), year), SHEET,
                        DivergingLikertChart.create(data), 1000, DivergingLikertChart.suggestedHeight(rows.size())));
            }
        }
        return out;
    }

    private static List<String> waves(Table all, String year, List<String> waveOrder) {
        Set<String> present = new LinkedHashSet<>(all.where(all.stringColumn("school_year").isEqualTo(year)).stringColumn("wave").asList());
        List<String> out = new ArrayList<>();
        for (String w : waveOrder) if (present.remove(w)) out.add(w);
        out.addAll(present.stream().sorted().toList());
        return out;
    }

    static String shorten(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}
