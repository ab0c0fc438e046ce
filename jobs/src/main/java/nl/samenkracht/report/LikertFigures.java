package nl.samenkracht.report;

import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.OptionCount;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.chart.DivergingLikertChart;
import nl.samenkracht.report.chart.LikertBarData;
import nl.samenkracht.report.chart.LikertRow;
import nl.samenkracht.report.model.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One diverging stacked Likert chart per scale × school year (all locations together): a bar per
 * item and wave, options in scale order, options nobody chose kept.
 */
public final class LikertFigures {
    public static final String SHEET = "Grafieken Likert";
    private static final int MAX_LABEL = 60;

    private LikertFigures() {}

    public static List<Figure> build(List<OptionCount> distributions, Codebook cb, List<String> waveOrder) {
        List<Figure> out = new ArrayList<>();
        // All locations together, by instrument × item × school year × wave, options in answer-scale order.
        Map<List<String>, List<OptionCount>> all = new LinkedHashMap<>();
        for (OptionCount o : distributions)
            if (Descriptives.ALL_LOCATIONS.equals(o.location()))
                all.computeIfAbsent(List.of(o.instrument(), o.item(), o.schoolYear(), o.wave()), k -> new ArrayList<>()).add(o);
        Set<String> years = new TreeSet<>();
        for (List<String> k : all.keySet()) years.add(k.get(2));
        String latest = years.isEmpty() ? null : ((TreeSet<String>) years).last();
        for (Codebook.Scale scale : cb.scales()) {
            AnswerScale as = cb.answerScaleOf(scale);
            if (as == null) continue;
            for (String year : years) {
                List<LikertRow> rows = new ArrayList<>();
                for (String itemId : scale.itemIds()) {
                    Codebook.Item item = cb.item(scale.instrument(), itemId);
                    for (String wave : waves(all.keySet(), year, waveOrder)) {
                        List<OptionCount> sel = all.getOrDefault(List.of(scale.instrument(), itemId, year, wave), List.of());
                        if (sel.size() != as.options().size()) continue;
                        double[] shares = new double[sel.size()];
                        int n = sel.get(0).nValid();
                        for (int i = 0; i < shares.length; i++) shares[i] = n == 0 ? 0 : sel.get(i).share();
                        String label = shorten(item.text()) + (item.reverse() ? " (omgescoord item)" : "") + " — " + wave;
                        rows.add(new LikertRow(label, shares, n));
                    }
                }
                if (rows.isEmpty()) continue;
                List<String> options = as.options().stream().map(AnswerScale.Option::label).toList();
                LikertBarData data = new LikertBarData(scale.label() + " — " + year + " (alle locaties)", options, as.neutralIndex(), rows);
                Figure f = new Figure(FileNames.slug("likert", scale.instrument(), scale.id(), year), SHEET,
                        DivergingLikertChart.create(data), 1000, DivergingLikertChart.suggestedHeight(rows.size()));
                // The printed appendix shows the latest school year; earlier years are on the sheet and in figures/.
                out.add(year.equals(latest) ? f : f.onScreenOnly());
            }
        }
        return out;
    }

    /** The waves of a school year: those of waveOrder first, in that order, then the others by name. */
    private static List<String> waves(Set<List<String>> keys, String year, List<String> waveOrder) {
        Set<String> present = new LinkedHashSet<>();
        for (List<String> k : keys) if (k.get(2).equals(year)) present.add(k.get(3));
        List<String> out = new ArrayList<>();
        for (String w : waveOrder) if (present.remove(w)) out.add(w);
        out.addAll(present.stream().sorted().toList());
        return out;
    }

    static String shorten(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}
