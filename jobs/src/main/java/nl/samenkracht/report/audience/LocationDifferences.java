package nl.samenkracht.report.audience;

import nl.samenkracht.report.chart.DutchFormat;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which locations differ on a questionnaire scale, from the statistics stage's groups table
 * (grouping "locatie"): a pair is named when the Kruskal-Wallis test of that scale, school year
 * and wave is significant after Holm (p_holm &lt; 0.05, Holm over the scales of one year × wave)
 * and Dunn's test of the pair is too (p_holm &lt; 0.05, Holm over the pairs of that scale). The
 * omnibus test guards the pairs, so a scale without an overall difference gets no pair named.
 * A pair with a location of fewer than k people is never named (see {@link Suppression}).
 *
 * <p>Only questionnaire scale means are tested. Shares of contacts are not: an
 * {@link nl.samenkracht.indicators.IndicatorValue} share is not always a share of its n people
 * (the share of positive contacts counts contacts), so the counts a chi-square test needs are not
 * known from the indicators.
 */
final class LocationDifferences {
    static final double ALPHA = 0.05;
    static final String LOCATION = "locatie";
    static final String KRUSKAL_WALLIS = "kruskal-wallis";
    static final String DUNN = "dunn";

    /** One named difference: {@code lower} scores lower than {@code higher}. */
    record Pair(String lower, String higher, double pHolm) {
        String text() {
            return lower + " < " + higher + " (" + pText(pHolm) + ")";
        }
    }

    /**
     * @param tested whether the groups table has a Kruskal-Wallis row for this scale, year and wave
     * @param pairs  the named pairs, most significant first
     */
    record Result(boolean tested, List<Pair> pairs) {
        static final Result NOT_TESTED = new Result(false, List.of());

        String text() {
            if (!tested) return "niet getoetst";
            if (pairs.isEmpty()) return "geen aantoonbaar verschil";
            return String.join("; ", pairs.stream().map(Pair::text).toList());
        }
    }

    private final Table groups;
    private final String postWave;
    private final Suppression policy;
    /** Rows of location comparisons of scales, by (instrument, scale, school year). */
    private final Map<List<String>, List<Integer>> index = new HashMap<>();

    LocationDifferences(Table groups, String postWave, Suppression policy) {
        this.groups = groups;
        this.postWave = postWave;
        this.policy = policy;
        if (groups == null || !groups.columnNames().contains("grouping")) return;
        for (int i = 0; i < groups.rowCount(); i++) {
            if (!LOCATION.equals(text(groups, "grouping", i)) || !"schaal".equals(text(groups, "level", i))) continue;
            index.computeIfAbsent(Arrays.asList(text(groups, "instrument", i), text(groups, "scale_or_item", i),
                    text(groups, "school_year", i)), k -> new ArrayList<>()).add(i);
        }
    }

    /** Whether an indicator id is a questionnaire scale mean ("instrument/scale/mean"), the only kind tested. */
    static boolean testable(String domain, String id) {
        return "vragenlijst".equals(domain) && id.split("/").length == 3 && id.endsWith("/mean");
    }

    /**
     * The differences between locations for one scale mean in one school year.
     *
     * @param label  the indicator's label; SurveyIndicators writes the wave it used into it
     *               ("Structuur (gemiddelde, nameting)"), which picks the groups rows of that wave
     * @param hidden locations whose figure is hidden as a small group: no pair with them is named
     */
    Result find(String id, String label, String schoolYear, Set<String> hidden) {
        String[] parts = id.split("/");
        if (parts.length != 3) return Result.NOT_TESTED;
        List<Integer> rows = index.getOrDefault(Arrays.asList(parts[0], parts[1], schoolYear), List.of());
        Set<String> waves = new LinkedHashSet<>();
        for (int i : rows) waves.add(text(groups, "wave", i));
        String wave = waves.stream().filter(w -> label != null && label.endsWith(", " + w + ")")).findFirst()
                .orElse(waves.contains(postWave) ? postWave : null);
        if (wave == null) return Result.NOT_TESTED;
        boolean tested = false, omnibus = false;
        List<Pair> pairs = new ArrayList<>();
        for (int i : rows) {
            if (!wave.equals(text(groups, "wave", i))) continue;
            String test = text(groups, "test", i);
            double pHolm = number(groups, "p_holm", i);
            if (KRUSKAL_WALLIS.equals(test)) {
                tested = true;
                omnibus = pHolm < ALPHA;
            } else if (DUNN.equals(test) && pHolm < ALPHA) {
                String a = text(groups, "group_a", i), b = text(groups, "group_b", i);
                if (hidden.contains(a) || hidden.contains(b)) continue;
                if (policy.small((long) number(groups, "n_a", i)) || policy.small((long) number(groups, "n_b", i))) continue;
                double z = number(groups, "z", i);
                if (!Double.isFinite(z) || z == 0) continue;
                // Dunn's z = (mean rank A − mean rank B) / SE: positive when A tends to score higher.
                pairs.add(z > 0 ? new Pair(b, a, pHolm) : new Pair(a, b, pHolm));
            }
        }
        if (!tested) return Result.NOT_TESTED;
        if (!omnibus) return new Result(true, List.of());
        pairs.sort(Comparator.comparingDouble(Pair::pHolm).thenComparing(Pair::lower).thenComparing(Pair::higher));
        return new Result(true, pairs);
    }

    /** "p = 0,012", "p < 0,001". */
    static String pText(double p) {
        if (p < 0.001) return "p < " + DutchFormat.decimal(3).format(0.001);
        return "p = " + DutchFormat.decimal(3).format(p);
    }

    /** The reading note for the differences column. */
    static String note() {
        return "Verschillen tussen locaties: \"Beek < Akker (p = 0,012)\" betekent dat Beek op deze schaal lager scoort dan Akker"
                + " en dat dit verschil waarschijnlijk niet op toeval berust (Kruskal-Wallis over alle locaties en daarna Dunn"
                + " per paar, beide met Holm-correctie, p < 0,05). Geen vermelding betekent niet dat locaties gelijk zijn:"
                + " bij kleine groepen is een verschil moeilijk aan te tonen.";
    }

    private static String text(Table t, String column, int row) {
        if (!t.columnNames().contains(column)) return null;
        Column<?> c = t.column(column);
        if (c.isMissing(row)) return null;
        Object v = c.get(row);
        return v == null ? null : String.valueOf(v);
    }

    private static double number(Table t, String column, int row) {
        if (!t.columnNames().contains(column)) return Double.NaN;
        Column<?> c = t.column(column);
        if (c.isMissing(row)) return Double.NaN;
        Object v = c.get(row);
        if (v instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(String.valueOf(v));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
