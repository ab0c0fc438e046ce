package nl.samenkracht.report.audience;

import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.IndicatorValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Disclosure control of the directie and bestuur outputs (docs/suppression.md): no figure about
 * fewer than {@code minGroupSize} people, and none that can be recovered from the figures that
 * are shown.
 *
 * <ol>
 *   <li><b>Small groups</b> (primary): a figure about 1 … k−1 people is shown as "&lt; k" in
 *       tables, left out of charts, and its n is hidden too. This includes the total over all
 *       locations.</li>
 *   <li><b>Complementary</b> (secondary): within one indicator × school year (or one factor ×
 *       school year for coverage), when the total is shown, value(total)·n(total) − Σ value·n of
 *       the shown locations is the combined figure of everything hidden: the suppressed locations
 *       plus the people in the total who belong to no listed location. While that hidden set
 *       holds between 1 and k−1 people, the smallest location still shown is hidden as well and
 *       marked "x"; among equally small ones, a location hidden in an earlier school year of the
 *       same indicator first (so one location loses its trend, not two), then by name. So one small location never stands alone behind a total,
 *       and neither do two locations that together are still small.</li>
 *   <li>Changes against the previous year are hidden when either year's figure is hidden.</li>
 * </ol>
 * The marks depend only on the n's, not on the values, so the mean and the share of one scale
 * (same respondents) always hide the same cells, and a chart hides exactly what its table hides.
 */
public final class Suppression {
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;
    /** The location label of the total over all locations (board or school). */
    public static final String TOTAL = Descriptives.ALL_LOCATIONS;
    /** Shown for a figure hidden so that a small group cannot be recovered by subtraction. */
    public static final String COMPLEMENTARY_TEXT = "x";
    /** Shown where there is no figure at all (no data, or not computable). */
    public static final String NO_VALUE_TEXT = "–";

    /** How a figure is shown. */
    public enum Mark {
        SHOWN,
        /** About fewer than k people: "&lt; k". */
        SMALL,
        /** Hidden so that a small group cannot be recovered from a total: "x". */
        COMPLEMENTARY;

        public boolean hidden() {
            return this != SHOWN;
        }
    }

    private final int minGroupSize;

    public Suppression(int minGroupSize) {
        if (minGroupSize < 1) throw new IllegalArgumentException("min_group_size must be at least 1, got " + minGroupSize);
        this.minGroupSize = minGroupSize;
    }

    public int minGroupSize() {
        return minGroupSize;
    }

    /** "&lt; 5" for the default threshold. */
    public String smallText() {
        return "< " + minGroupSize;
    }

    /** The text that replaces a hidden figure, or null when the mark is {@link Mark#SHOWN}. */
    public String text(Mark mark) {
        return switch (mark) {
            case SHOWN -> null;
            case SMALL -> smallText();
            case COMPLEMENTARY -> COMPLEMENTARY_TEXT;
        };
    }

    /** Whether a figure about n people is about a small group (n = 0 is about nobody: no figure, nothing to hide). */
    public boolean small(long n) {
        return n > 0 && n < minGroupSize;
    }

    /**
     * Marks the cells of one indicator × school year (or factor × school year): the locations and
     * at most one total ({@link #TOTAL}).
     *
     * @return a mark for every cell, by identity
     */
    public <T> Map<T, Mark> mark(List<T> cells, Function<T, String> location, ToLongFunction<T> n) {
        return mark(cells, location, n, java.util.Set.of());
    }

    /**
     * As {@link #mark(List, Function, ToLongFunction)}, choosing the complementary cell so that the least
     * is lost: the smallest location still shown (hiding the fewest people's figure), and among equally
     * small ones a location in {@code alreadyHidden} first (one whose figure of the same indicator is
     * hidden in another school year: its change is lost anyway, so hiding it again costs no trend), then
     * by name.
     */
    public <T> Map<T, Mark> mark(List<T> cells, Function<T, String> location, ToLongFunction<T> n, java.util.Set<String> alreadyHidden) {
        Map<T, Mark> marks = new IdentityHashMap<>();
        T total = null;
        List<T> locations = new ArrayList<>();
        for (T c : cells) {
            marks.put(c, small(n.applyAsLong(c)) ? Mark.SMALL : Mark.SHOWN);
            if (TOTAL.equals(location.apply(c))) total = c;
            else locations.add(c);
        }
        if (total == null || marks.get(total).hidden()) return marks;
        long sumLocations = locations.stream().mapToLong(c -> Math.max(0, n.applyAsLong(c))).sum();
        // People counted in the total but in none of the listed locations: a hidden group of their own.
        long unlisted = Math.max(0, n.applyAsLong(total) - sumLocations);
        List<T> candidates = new ArrayList<>(locations);
        candidates.sort(Comparator.<T>comparingLong(n).thenComparing(c -> alreadyHidden.contains(location.apply(c)) ? 0 : 1)
                .thenComparing(location, Comparator.naturalOrder()));
        while (true) {
            long hidden = unlisted;
            for (T c : locations) if (marks.get(c).hidden()) hidden += Math.max(0, n.applyAsLong(c));
            if (hidden == 0 || hidden >= minGroupSize) break;
            T next = candidates.stream().filter(c -> !marks.get(c).hidden() && n.applyAsLong(c) > 0).findFirst().orElse(null);
            if (next == null) {
                // Nothing left to hide with it (n's that do not add up): hide the total instead.
                marks.put(total, Mark.COMPLEMENTARY);
                break;
            }
            marks.put(next, Mark.COMPLEMENTARY);
        }
        return marks;
    }

    /**
     * Applies the policy to every indicator: grouped by indicator id × school year, marked with
     * {@link #mark}. The result keeps the input order.
     */
    public List<ShownValue> apply(List<IndicatorValue> values) {
        Map<List<String>, List<IndicatorValue>> groups = new java.util.TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (IndicatorValue v : values)
            groups.computeIfAbsent(List.of(v.id(), v.schoolYear()), k -> new ArrayList<>()).add(v);
        Map<IndicatorValue, Mark> all = new IdentityHashMap<>();
        // Per indicator, the school years in order: a year prefers as its complementary cell a location already
        // hidden in an earlier year, so one location loses its trend instead of two.
        Map<String, java.util.Set<String>> hiddenEarlier = new HashMap<>();
        for (List<IndicatorValue> g : groups.values()) {
            java.util.Set<String> earlier = hiddenEarlier.computeIfAbsent(g.get(0).id(), k -> new java.util.HashSet<>());
            Map<IndicatorValue, Mark> marks = mark(g, IndicatorValue::location, IndicatorValue::n, java.util.Set.copyOf(earlier));
            marks.forEach((v, m) -> {
                if (m.hidden() && !TOTAL.equals(v.location())) earlier.add(v.location());
            });
            all.putAll(marks);
        }
        List<ShownValue> out = new ArrayList<>(values.size());
        for (IndicatorValue v : values) out.add(new ShownValue(v, all.get(v), this));
        return out;
    }

    /**
     * The change from {@code previous} to {@code current} as shown: null when either is missing,
     * hidden or not computable.
     */
    public static Double change(ShownValue current, ShownValue previous) {
        if (current == null || previous == null || current.value() == null || previous.value() == null) return null;
        return current.value() - previous.value();
    }

    /**
     * The text for a change that is not shown: the mark of the hidden year (this year's first),
     * or {@link #NO_VALUE_TEXT} when a year has no figure.
     */
    public String changeText(ShownValue current, ShownValue previous) {
        if (current != null && current.mark().hidden()) return text(current.mark());
        if (previous != null && previous.mark().hidden()) return text(previous.mark());
        return NO_VALUE_TEXT;
    }

    /** The policy in Dutch, as it stands on the overview sheets of directie.xlsx and bestuur.xlsx. */
    public List<String[]> policy() {
        String k = Integer.toString(minGroupSize);
        String lt = smallText();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Kleine groepen", "Een cijfer over minder dan " + k + " personen staat in de tabellen als \"" + lt
                + "\" en ontbreekt in de grafieken. Het aantal personen (n) van zo'n cijfer wordt ook niet getoond."});
        rows.add(new String[]{"Niet terug te rekenen", "Uit een totaal en de cijfers van de andere locaties zou een verborgen cijfer"
                + " terug te rekenen zijn. Daarom wordt per indicator en schooljaar ook de kleinste andere locatie verborgen, tot"
                + " de verborgen locaties samen minstens " + k + " personen tellen (personen zonder locatie tellen mee); bij"
                + " gelijke grootte bij voorkeur een locatie die in een eerder schooljaar al verborgen was, zodat zo min mogelijk"
                + " trends verloren gaan. Zo'n extra verborgen cijfer staat als \"" + COMPLEMENTARY_TEXT + "\": de groep zelf is niet klein."});
        rows.add(new String[]{"Totalen", "Ook het totaal van het bestuur of de school (\"" + TOTAL + "\") wordt verborgen als het over minder dan "
                + k + " personen gaat."});
        rows.add(new String[]{"Verandering", "Een verandering ten opzichte van vorig jaar wordt niet getoond als het cijfer van een van"
                + " beide jaren verborgen is."});
        rows.add(new String[]{"Verschillen", "Een verschil tussen locaties wordt niet genoemd als een van beide locaties minder dan "
                + k + " personen telt."});
        rows.add(new String[]{"Succesfactoren", "Een status (op orde / aandacht) die berust op minder dan " + k
                + " personen staat als \"geen gegevens (" + lt + ")\"; met dezelfde regel tegen terugrekenen als \"geen gegevens ("
                + COMPLEMENTARY_TEXT + ")\"."});
        rows.add(new String[]{"Teken –", "Geen cijfer: geen gegevens, of niet te berekenen."});
        rows.add(new String[]{"Instelling", "privacy.min_group_size in study.yaml (nu " + k + "). Het onderzoeksrapport (onderzoek.xlsx)"
                + " is voor de onderzoeker en toont alle cijfers: deel dat niet verder."});
        return rows;
    }

    /** Marks of a grouped lookup: by (id, school year, location). */
    static Map<List<String>, ShownValue> index(List<ShownValue> shown) {
        Map<List<String>, ShownValue> out = new HashMap<>();
        for (ShownValue s : shown) out.put(List.of(s.source().id(), s.source().schoolYear(), s.source().location()), s);
        return out;
    }
}
