package nl.samenkracht.report.audience;

import nl.samenkracht.comparison.LocationComparison;
import nl.samenkracht.comparison.YearComparison;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.report.chart.DutchFormat;
import nl.samenkracht.report.model.PValueFormat;
import nl.samenkracht.report.model.TableStyle;
import nl.samenkracht.statistics.YearVerdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The "Samenvatting" sheet of directie.xlsx: headline findings as Dutch sentences, each from a tested
 * change of the whole school (the focus group and the intervention first), strengths and points of
 * attention, and the leading key figures with their status. Every sentence that says "steeg" or
 * "daalde" rests on a verdict beter/slechter of {@link nl.samenkracht.comparison.Comparisons}; a
 * hidden figure never appears.
 */
final class Summary {
    static final String SHEET = "Samenvatting";
    static final int MAX_HEADLINES = 5;
    static final int MIN_HEADLINES = 3;
    static final int MAX_POINTS = 2;
    /** Characters of the wrapped text column: with the other columns one printed landscape page wide. */
    static final int TEXT_WIDTH = 95;
    /** Below this many people in either year, a tested change carries a caution. */
    static final int SMALL_N = 30;

    static final String HEADLINE = "Kernbevinding";
    static final String STRENGTH = "Sterk punt";
    static final String ATTENTION = "Aandachtspunt";
    static final String KEY_FIGURE = "Kerncijfer";

    private Summary() {}

    static AudienceTable build(IndicatorGrid grid, KeyFigureTests tests, AudienceFocus focus, Suppression policy, Double norm) {
        String overall = grid.overall();
        AudienceTable t = new AudienceTable("directie_samenvatting", List.of("section", "text", "value", "norm", "status"))
                .header("section", "Onderdeel").header("text", "Bevinding").header("value", "Waarde")
                .header("norm", "Norm of vorig jaar").header("status", "Status").wrap("text", TEXT_WIDTH);
        List<YearComparison> shown = new ArrayList<>();
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            YearComparison c = tests.year(ind.id(), overall);
            if (c == null || !visible(grid, ind.id(), overall, c)) continue;
            shown.add(c);
        }
        Comparator<YearComparison> order = Comparator.<YearComparison>comparingInt(c -> focus.rank(c.current().id()))
                .thenComparingDouble(c -> c.result().tested() ? c.result().p() : 2);
        // Headlines: tested changes, one per scale (the mean before its % eens), leading figures first.
        List<YearComparison> changed = shown.stream().filter(c -> c.verdict().changed()).sorted(order).toList();
        List<String> headlines = new ArrayList<>();
        Set<String> scalesDone = new HashSet<>();
        for (YearComparison c : changed) {
            if (headlines.size() >= MAX_HEADLINES) break;
            if (!scalesDone.add(scaleKey(c.current().id()))) continue;
            headlines.add(sentence(c));
        }
        // Fewer than three: add the leading figures that stayed the same, so the reader sees they were looked at.
        for (YearComparison c : shown.stream().filter(c -> YearVerdict.EQUAL.equals(c.verdict()) && focus.leads(c.current().id()))
                .sorted(order).toList()) {
            if (headlines.size() >= MIN_HEADLINES) break;
            if (!scalesDone.add(scaleKey(c.current().id()))) continue;
            headlines.add(sentence(c));
        }
        for (String h : headlines) row(t, HEADLINE, h, null, null, null, null, null);
        Set<String> headlineScales = new HashSet<>(scalesDone);

        List<String[]> strengths = new ArrayList<>(), attention = new ArrayList<>();
        for (YearComparison c : changed) {
            // What the headlines say already is not repeated.
            if (headlineScales.contains(scaleKey(c.current().id()))) continue;
            String s = shortChange(c);
            if (YearVerdict.BETTER.equals(c.verdict())) strengths.add(new String[]{s});
            else attention.add(new String[]{s});
        }
        for (LocationComparison l : tests.locations()) {
            if (LocationComparison.NONE.equals(l.flag())) continue;
            ShownValue v = grid.get(l.value().id(), l.value().schoolYear(), l.value().location());
            if (v == null || v.value() == null || !Double.isFinite(l.restValue())) continue;
            boolean good = LocationComparison.HIGHER.equals(l.flag()) == l.value().higherIsBetter();
            String s = l.value().location() + ": " + l.value().label() + " " + value(l.value().unit(), l.value().value()) + " tegen "
                    + value(l.value().unit(), l.restValue()) + " op de andere locaties (" + PValueFormat.text(l.pHolm()) + ", na Holm-correctie)";
            (good ? strengths : attention).add(new String[]{s});
        }
        strengths.stream().limit(MAX_POINTS).forEach(s -> row(t, STRENGTH, s[0], null, null, null, null, TableStyle.Tone.BETTER));
        attention.stream().limit(MAX_POINTS).forEach(s -> row(t, ATTENTION, s[0], null, null, null, null, TableStyle.Tone.WORSE));
        if (strengths.isEmpty()) row(t, STRENGTH, "Geen aantoonbare verbetering of uitschieter naar boven.", null, null, null, null, null);
        if (attention.isEmpty()) row(t, ATTENTION, "Geen aantoonbare achteruitgang of uitschieter naar beneden.", null, null, null, null, null);

        // The leading key figures (focus group and intervention) with their status; a scale's mean is in the
        // headlines already, its share (helemaal) eens is set against the norm here.
        String year = grid.latestYear();
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            if (!focus.leads(ind.id())) continue;
            if (focus.isFocus(ind.id()) && IndicatorValue.MEAN.equals(ind.unit()) && norm != null) continue;
            ShownValue cur = grid.get(ind.id(), year, overall);
            if (cur == null) continue;
            String fmt = IndicatorGrid.excelFormat(ind.unit());
            Double target = grid.target(ind.id(), year);
            if (target == null && norm != null && IndicatorGrid.percent(ind.unit()) && "vragenlijst".equals(ind.domain())) target = norm;
            YearComparison c = tests.year(ind.id(), overall);
            String status;
            TableStyle.Tone tone;
            String normText;
            // Padded on the right ("_0_0"): the status cell beside it is filled, and "40%" ran into "aandacht".
            String normFormat = fmt == null ? null : fmt + "_0_0";
            if (cur.value() == null) {
                status = cur.text();
                tone = TableStyle.Tone.SUPPRESSED;
                normText = null;
            } else if (target != null) {
                boolean ok = cur.value() >= target;
                status = ok ? "op orde" : "aandacht";
                tone = ok ? TableStyle.Tone.STATUS_OK : TableStyle.Tone.STATUS_ATTENTION;
                normText = nl.samenkracht.report.csv.CsvTableWriter.number(target);
            } else {
                ShownValue prev = grid.get(ind.id(), grid.previousYear(year), overall);
                Change ch = Change.of(cur, prev, c, ind, policy);
                status = ch.directionWithP();
                tone = ch.tone() == null ? null : ch.tone() == TableStyle.Tone.BETTER ? TableStyle.Tone.STATUS_OK
                        : ch.tone() == TableStyle.Tone.WORSE ? TableStyle.Tone.STATUS_ATTENTION : null;
                normText = prev == null || prev.value() == null ? null : prev.text();
            }
            int row = t.addRow();
            t.set(row, "section", KEY_FIGURE);
            t.set(row, "text", ind.label());
            t.value(row, "value", cur, fmt);
            if (normText != null) t.set(row, "norm", normText, normFormat, null);
            t.set(row, "status", status, null, tone);
        }
        return t;
    }

    private static boolean visible(IndicatorGrid grid, String id, String overall, YearComparison c) {
        ShownValue cur = grid.get(id, c.current().schoolYear(), overall);
        ShownValue prev = grid.get(id, c.previous().schoolYear(), overall);
        return cur != null && prev != null && cur.value() != null && prev.value() != null;
    }

    /** The scale of a questionnaire figure ("inwerken/structuur" + group), so mean and % eens make one headline. */
    private static String scaleKey(String id) {
        String group = id.contains("@") ? id.substring(id.indexOf('@')) : "";
        String base = id.replaceFirst("@.*$", "");
        if (base.endsWith("/mean") || base.endsWith("/agree")) base = base.substring(0, base.lastIndexOf('/'));
        return base + group;
    }

    /**
     * "Duidelijkheid bij nieuwe collega's steeg van 2,6 naar 3,7 (gemiddelde, nameting; p &lt; 0,001; r = 0,62;
     * let op: kleine groep, n = 19)."
     */
    static String sentence(YearComparison c) {
        IndicatorValue cur = c.current(), prev = c.previous();
        String[] parts = subject(cur);
        String verb = !c.verdict().changed() ? "bleef gelijk:" : c.change() > 0 ? "steeg van" : "daalde van";
        StringBuilder s = new StringBuilder(capitalise(parts[0])).append(' ').append(verb).append(' ');
        if (c.verdict().changed()) s.append(value(cur.unit(), prev.value())).append(" naar ").append(value(cur.unit(), cur.value()));
        else s.append(value(cur.unit(), prev.value())).append(" → ").append(value(cur.unit(), cur.value()));
        List<String> details = new ArrayList<>();
        if (parts[1] != null) details.add(parts[1]);
        if (c.result().tested()) details.add(PValueFormat.text(c.result().p()));
        if (Double.isFinite(c.result().effect())) details.add("r = " + DutchFormat.decimal(2).format(c.result().effect()));
        if (!c.verdict().changed()) details.add("geen aantoonbaar verschil");
        if (Math.min(cur.n(), prev.n()) < SMALL_N) details.add("let op: kleine groep, n = " + prev.n() + " en " + cur.n());
        s.append(" (").append(String.join("; ", details)).append(").");
        return s.toString();
    }

    /** "Structuur bij nieuwe collega's (gemiddelde, nameting): 2,8 → 3,8 (p < 0,001)". */
    static String shortChange(YearComparison c) {
        String[] parts = subject(c.current());
        return capitalise(parts[0]) + (parts[1] == null ? "" : " (" + parts[1] + ")") + ": "
                + value(c.current().unit(), c.previous().value()) + " → "
                + value(c.current().unit(), c.current().value()) + " (" + PValueFormat.text(c.result().p()) + ")";
    }

    /**
     * Who a figure is about, split as {@link #split}: a survey figure of the whole school beside a focus
     * group says so ("Structuur bij alle respondenten"), so that no line reads as if it were about the focus group.
     */
    static String[] subject(IndicatorValue v) {
        String[] parts = split(v.label());
        if ("vragenlijst".equals(v.domain()) && nl.samenkracht.indicators.Descriptives.ALL_GROUPS.equals(v.group()))
            parts[0] = parts[0] + " bij alle respondenten";
        return parts;
    }

    /** Label and its final parenthesis: "Structuur bij nieuwe collega's", "gemiddelde, nameting". */
    static String[] split(String label) {
        String l = label.strip();
        if (l.endsWith(")") && l.lastIndexOf(" (") > 0) {
            int i = l.lastIndexOf(" (");
            return new String[]{l.substring(0, i), l.substring(i + 2, l.length() - 1)};
        }
        return new String[]{l, null};
    }

    static String value(String unit, double v) {
        if (IndicatorValue.SHARE.equals(unit)) return DutchFormat.percent().format(v);
        return DutchFormat.decimal(1).format(v);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void row(AudienceTable t, String section, String text, String value, String valueFormat, String norm, String status,
                            TableStyle.Tone tone) {
        int r = t.addRow();
        t.set(r, "section", section);
        t.set(r, "text", text, null, tone);
        if (value != null) t.set(r, "value", value, valueFormat, null);
        if (norm != null) t.set(r, "norm", norm);
        if (status != null) t.set(r, "status", status);
    }
}
