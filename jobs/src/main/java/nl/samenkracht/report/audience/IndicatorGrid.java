package nl.samenkracht.report.audience;

import nl.samenkracht.indicators.IndicatorValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The suppressed indicators of a run arranged for lookup: indicators in order of first
 * occurrence (grouped by domain), school years sorted, locations in the study's order.
 */
final class IndicatorGrid {
    /** One indicator: what stays the same over years and locations. */
    record Indicator(String domain, String id, String label, String unit, boolean higherIsBetter) {}

    private static final List<String> DOMAIN_ORDER = List.of("vragenlijst", "contacten", "dekking");

    private final List<ShownValue> shown;
    private final Map<List<String>, ShownValue> byKey;
    private final List<Indicator> indicators;
    private final List<String> years;
    private final List<String> locations;
    private final boolean hasTotal;

    IndicatorGrid(List<ShownValue> shown, List<String> configuredLocations) {
        this(shown, configuredLocations, AudienceFocus.NONE);
    }

    /** With the focus group and intervention first, then the rest by domain. */
    IndicatorGrid(List<ShownValue> shown, List<String> configuredLocations, AudienceFocus focus) {
        this.shown = List.copyOf(shown);
        this.byKey = Suppression.index(shown);
        Map<String, Indicator> ind = new LinkedHashMap<>();
        Set<String> y = new TreeSet<>();
        Set<String> seenLocations = new TreeSet<>();
        boolean total = false;
        for (ShownValue s : shown) {
            IndicatorValue v = s.source();
            ind.putIfAbsent(v.id(), new Indicator(v.domain(), v.id(), v.label(), v.unit(), v.higherIsBetter()));
            y.add(v.schoolYear());
            if (Suppression.TOTAL.equals(v.location())) total = true;
            else seenLocations.add(v.location());
        }
        List<Indicator> ordered = new ArrayList<>(ind.values());
        ordered.sort(java.util.Comparator.<Indicator>comparingInt(i -> focus.rank(i.id())).thenComparingInt(i -> domainRank(i.domain())));
        this.indicators = List.copyOf(ordered);
        this.years = List.copyOf(y);
        Set<String> locs = new LinkedHashSet<>();
        if (configuredLocations != null) for (String l : configuredLocations) if (seenLocations.contains(l)) locs.add(l);
        locs.addAll(seenLocations);
        this.locations = List.copyOf(locs);
        this.hasTotal = total;
    }

    private static int domainRank(String domain) {
        int i = DOMAIN_ORDER.indexOf(domain);
        return i < 0 ? DOMAIN_ORDER.size() : i;
    }

    List<ShownValue> shown() {
        return shown;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    List<Indicator> indicators(String domain) {
        return indicators.stream().filter(i -> i.domain().equals(domain)).toList();
    }

    /** Domains present, in report order. */
    List<String> domains() {
        return indicators.stream().map(Indicator::domain).distinct().toList();
    }

    List<String> years() {
        return years;
    }

    String latestYear() {
        return years.isEmpty() ? null : years.get(years.size() - 1);
    }

    /** The school year before {@code year} among the years of the run, or null. */
    String previousYear(String year) {
        if (year == null) return null; // a study without survey years (interviews only): List.of refuses indexOf(null)
        int i = years.indexOf(year);
        return i > 0 ? years.get(i - 1) : null;
    }

    /** The locations, without the total. */
    List<String> locations() {
        return locations;
    }

    boolean hasTotal() {
        return hasTotal;
    }

    /** The row that stands for the whole board or school: the total, or the only location. */
    String overall() {
        if (hasTotal || locations.size() != 1) return Suppression.TOTAL;
        return locations.get(0);
    }

    ShownValue get(String id, String year, String location) {
        if (year == null) return null;
        return byKey.get(List.of(id, year, location));
    }

    /** The target of an indicator in a year (from the total, else any location), or null. */
    Double target(String id, String year) {
        ShownValue t = get(id, year, overall());
        if (t != null && t.source().target() != null) return t.source().target();
        for (String l : locations) {
            ShownValue s = get(id, year, l);
            if (s != null && s.source().target() != null) return s.source().target();
        }
        return null;
    }

    static String domainLabel(String domain) {
        return switch (domain) {
            case "vragenlijst" -> "Vragenlijst";
            case "contacten" -> "Contacten";
            case "dekking" -> "Succesfactoren";
            default -> domain;
        };
    }

    /** Excel number format of a unit: one decimal for means, whole percentages for shares. */
    static String excelFormat(String unit) {
        return switch (unit) {
            case IndicatorValue.SHARE -> "0%";
            case IndicatorValue.COUNT -> "0";
            default -> "0.0";
        };
    }

    /** Excel format of a change: signed, "+0.2" / "−5%" (for shares: percentage points). */
    static String changeFormat(String unit) {
        return switch (unit) {
            case IndicatorValue.SHARE -> "+0%;-0%;0%";
            case IndicatorValue.COUNT -> "+0;-0;0";
            default -> "+0.0;-0.0;0.0";
        };
    }

    /** Half the last shown digit: a change smaller than this shows as 0 and counts as "gelijk". */
    static double displayEpsilon(String unit) {
        return switch (unit) {
            case IndicatorValue.SHARE -> 0.005;
            case IndicatorValue.COUNT -> 0.5;
            default -> 0.05;
        };
    }

    static boolean percent(String unit) {
        return IndicatorValue.SHARE.equals(unit);
    }
}
