package nl.samenkracht.report.audience;

import nl.samenkracht.report.chart.CoverageStatus;
import nl.samenkracht.report.chart.DutchFormat;
import nl.samenkracht.report.model.TableStyle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Success-factor coverage with the suppression policy applied, per framework × factor × school
 * year over the locations and the total, exactly as for indicators: a status that rests on fewer
 * than k people becomes "geen gegevens (&lt; k)", and a complementary one "geen gegevens (x)",
 * because "op orde" for the total next to "aandacht" everywhere else says something about the
 * one hidden location, just as a subtracted value would.
 */
final class CoverageGrid {
    /** A factor of a framework, in input order. */
    record FactorKey(String framework, String factor, String label, boolean hasRule) {}

    /** A coverage cell as it may be shown. */
    record Shown(CoverageCellInput input, Suppression.Mark mark, Suppression policy) {
        CoverageStatus status() {
            if (mark.hidden()) return CoverageStatus.GEEN_GEGEVENS;
            return CoverageStatus.fromLabel(input.status());
        }

        /** The table text: the status, or "geen gegevens (&lt; 5)" / "geen gegevens (x)". */
        String text() {
            if (mark.hidden()) return CoverageStatus.GEEN_GEGEVENS.label() + " (" + policy.text(mark) + ")";
            return status().label();
        }

        /** Hidden for privacy: the dashed "hidden" style, never the grey of "geen gegevens". */
        TableStyle.Tone tone() {
            if (mark.hidden()) return TableStyle.Tone.SUPPRESSED;
            return switch (status()) {
                case OP_ORDE -> TableStyle.Tone.STATUS_OK;
                case AANDACHT -> TableStyle.Tone.STATUS_ATTENTION;
                case GEEN_GEGEVENS -> TableStyle.Tone.STATUS_NO_DATA;
            };
        }

        /** The text inside a heatmap cell: the value ("3,8", "72%"), the mark of a hidden cell, or null. */
        String cellText() {
            if (mark.hidden()) return policy.text(mark);
            if (status() == CoverageStatus.GEEN_GEGEVENS || input.value() == null || !Double.isFinite(input.value())) return null;
            // The record carries no unit: a target (or value) within 0..1 is a share.
            double probe = input.target() != null ? input.target() : input.value();
            return Math.abs(probe) <= 1.0 ? DutchFormat.percent().format(input.value()) : DutchFormat.decimal(1).format(input.value());
        }
    }

    private final List<FactorKey> factors;
    private final List<String> years;
    private final List<String> locations;
    private final Map<List<String>, Shown> cells = new HashMap<>();

    CoverageGrid(List<CoverageCellInput> inputs, Suppression policy, IndicatorGrid indicators, List<String> configuredLocations) {
        Map<List<String>, FactorKey> f = new LinkedHashMap<>();
        Set<String> y = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        Map<List<String>, List<CoverageCellInput>> groups = new LinkedHashMap<>();
        for (CoverageCellInput c : inputs) {
            f.putIfAbsent(List.of(c.framework(), c.factor()), new FactorKey(c.framework(), c.factor(),
                    c.factorLabel() == null || c.factorLabel().isBlank() ? c.factor() : c.factorLabel(), c.hasRule()));
            y.add(c.schoolYear());
            if (!Suppression.TOTAL.equals(c.location())) seen.add(c.location());
            groups.computeIfAbsent(List.of(c.framework(), c.factor(), c.schoolYear()), k -> new ArrayList<>()).add(c);
        }
        Map<CoverageCellInput, Suppression.Mark> marks = new IdentityHashMap<>();
        Map<List<String>, Long> fallback = smallestN(indicators);
        for (List<CoverageCellInput> g : groups.values())
            marks.putAll(policy.mark(g, CoverageCellInput::location, c -> n(c, fallback)));
        for (CoverageCellInput c : inputs)
            cells.put(List.of(c.framework(), c.factor(), c.schoolYear(), c.location()), new Shown(c, marks.get(c), policy));
        this.factors = List.copyOf(f.values());
        this.years = List.copyOf(y);
        Set<String> locs = new LinkedHashSet<>();
        if (configuredLocations != null) for (String l : configuredLocations) if (seen.contains(l)) locs.add(l);
        locs.addAll(seen);
        this.locations = List.copyOf(locs);
    }

    /** The n a status rests on: given, else none for "geen gegevens", else the indicators' smallest n, else 1 (hidden). */
    private static long n(CoverageCellInput c, Map<List<String>, Long> fallback) {
        if (c.n() != null) return c.n();
        if (CoverageStatus.GEEN_GEGEVENS.label().equals(c.status())) return 0;
        Long f = fallback.get(List.of(c.schoolYear(), c.location()));
        return f != null ? f : 1;
    }

    private static Map<List<String>, Long> smallestN(IndicatorGrid indicators) {
        Map<List<String>, Long> out = new HashMap<>();
        if (indicators == null) return out;
        for (ShownValue s : indicators.shown()) {
            if (s.source().n() <= 0) continue;
            out.merge(List.of(s.source().schoolYear(), s.source().location()), s.source().n(), Math::min);
        }
        return out;
    }

    boolean isEmpty() {
        return factors.isEmpty();
    }

    List<String> frameworks() {
        return factors.stream().map(FactorKey::framework).distinct().toList();
    }

    /** The factors of a framework that have an evidence rule in this study (the ones a status can be given). */
    List<FactorKey> factors(String framework) {
        return factors.stream().filter(k -> k.framework().equals(framework) && k.hasRule()).toList();
    }

    /** The factors of a framework without an evidence rule in this study: listed apart, never counted. */
    List<FactorKey> unmeasured(String framework) {
        return factors.stream().filter(k -> k.framework().equals(framework) && !k.hasRule()).toList();
    }

    List<String> years() {
        return years;
    }

    String latestYear() {
        return years.isEmpty() ? null : years.get(years.size() - 1);
    }

    List<String> locations() {
        return locations;
    }

    /** Whether there is any cell for the total. */
    boolean hasTotal() {
        return cells.keySet().stream().anyMatch(k -> Suppression.TOTAL.equals(k.get(3)));
    }

    Shown get(FactorKey f, String year, String location) {
        return cells.get(List.of(f.framework(), f.factor(), year, location));
    }
}
