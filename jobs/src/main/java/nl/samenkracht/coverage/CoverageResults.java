package nl.samenkracht.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the coverage stage produced, as typed results; {@code report.tables.CoverageTables} and
 * {@code report.figures.CoverageFigures} and {@code report.methods.CoverageMethods} decide how they are shown.
 *
 * @param frameworks the reported frameworks in report order, each with its rows and checks
 * @param summaries  per framework × school year × location: factors, with evidence, meeting target,
 *                   coverage, achievement (tables/coverage_summary.csv)
 * @param kotter     the Kotter timeline on the reference date, or null without a kotter_log
 * @param years      the school years reported, sorted
 * @param locations  the locations reported: the study's in their order, then others, then "Alle locaties"
 * @param warnings   Dutch warnings (e.g. a mapped interview code no interview mentions)
 */
public record CoverageResults(List<FrameworkCoverage> frameworks, List<CoverageSummary> summaries, KotterTimeline kotter,
                              List<String> years, List<String> locations, List<String> warnings) {
    public CoverageResults {
        frameworks = List.copyOf(frameworks);
        summaries = List.copyOf(summaries);
        years = List.copyOf(years);
        locations = List.copyOf(locations);
        warnings = List.copyOf(warnings);
    }

    /**
     * One reported framework.
     *
     * @param framework the framework
     * @param rules     factor id → its effective evidence rules in this study (defaults and study mappings;
     *                  empty when the factor can have no evidence)
     * @param rows      one row per factor × school year × location (tables/coverage.csv)
     * @param checks    every rule of every factor × school year × location (tables/coverage_evidence.csv)
     */
    public record FrameworkCoverage(Framework framework, Map<String, List<EvidenceRule>> rules, List<CoverageRow> rows,
                                    List<EvidenceCheck> checks) {
        public FrameworkCoverage {
            rules = Map.copyOf(rules);
            rows = List.copyOf(rows);
            checks = List.copyOf(checks);
        }

        /** The effective rules of one factor (empty when none). */
        public List<EvidenceRule> rulesOf(Factor factor) {
            return rules.getOrDefault(factor.id(), List.of());
        }
    }

    /** Every framework's rows, frameworks in report order. */
    public List<CoverageRow> rows() {
        List<CoverageRow> out = new ArrayList<>();
        for (FrameworkCoverage f : frameworks) out.addAll(f.rows());
        return out;
    }

    /** Every framework's evidence checks, frameworks in report order. */
    public List<EvidenceCheck> checks() {
        List<EvidenceCheck> out = new ArrayList<>();
        for (FrameworkCoverage f : frameworks) out.addAll(f.checks());
        return out;
    }
}
