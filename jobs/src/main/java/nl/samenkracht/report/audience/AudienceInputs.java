package nl.samenkracht.report.audience;

import nl.samenkracht.coverage.CoverageResults;
import nl.samenkracht.coverage.CoverageRow;
import nl.samenkracht.coverage.CoverageSummary;
import nl.samenkracht.coverage.EvidenceCheck;
import nl.samenkracht.indicators.IndicatorValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the coverage results of a run into what the audience reports read: one cell per framework ×
 * factor × school year × location with the smallest n behind its evidence (so suppression can hide
 * a status that rests on a few people), and the achievement share per framework as a key figure.
 */
public final class AudienceInputs {
    private AudienceInputs() {}

    public static List<CoverageCellInput> coverageCells(CoverageResults coverage) {
        Map<List<String>, Long> smallest = smallestN(coverage.checks(), true);
        List<CoverageCellInput> out = new ArrayList<>();
        for (CoverageRow r : coverage.rows())
            out.add(new CoverageCellInput(r.framework(), r.factor(), r.factorLabel(), r.schoolYear(), r.location(),
                    r.status().label(), finite(r.value()), finite(r.target()),
                    smallest.get(List.of(r.framework(), r.factor(), r.schoolYear(), r.location())), r.hasRule()));
        return out;
    }

    /** Achievement (share of a framework's factors on target) per school year × location, n = smallest group behind it. */
    public static List<IndicatorValue> achievement(CoverageResults coverage) {
        Map<List<String>, Long> smallest = smallestN(coverage.checks(), false);
        List<IndicatorValue> out = new ArrayList<>();
        for (CoverageSummary s : coverage.summaries()) {
            String fw = s.framework(), year = s.schoolYear(), loc = s.location();
            Long n = smallest.get(List.of(fw, "", year, loc));
            if (n == null) continue; // no evidence at all: nothing to show
            out.add(new IndicatorValue("dekking", fw + "/achievement", "Succesfactoren op orde (" + fw + ")", year, loc,
                    finite(s.achievement()), n, IndicatorValue.SHARE, null, true,
                    nl.samenkracht.indicators.Descriptives.ALL_GROUPS, null, false)); // a share of factors, not of people: not tested
        }
        return out;
    }

    /** Smallest n behind the evidence per framework × factor (or "" when not by factor) × school year × location. */
    private static Map<List<String>, Long> smallestN(List<EvidenceCheck> checks, boolean byFactor) {
        Map<List<String>, Long> smallest = new HashMap<>();
        for (EvidenceCheck c : checks) {
            if (c.n() == null) continue;
            // The Kotter log is about the school's activities, not about people: nothing to suppress.
            if ("kotter_phase".equals(c.rule().kind())) continue;
            smallest.merge(List.of(c.framework(), byFactor ? c.factor() : "", c.schoolYear(), c.location()),
                    c.n().longValue(), Math::min);
        }
        return smallest;
    }

    /** A value the tables show as a number; NaN or infinite is no value. */
    private static Double finite(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
