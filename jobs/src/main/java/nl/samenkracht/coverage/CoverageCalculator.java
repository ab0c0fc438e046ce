package nl.samenkracht.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Success-factor coverage: for every factor × school year × location, which evidence is available
 * and whether it meets its target.
 *
 * <p><b>Rules of a factor.</b> The factor's default rules (framework file) in their order; a study
 * mapping for the factor with the same kind and ref as a default replaces that default in place
 * (the study sets its own target), any other study mapping is appended.
 *
 * <p><b>Available evidence.</b> A rule is available in a school year and location when an
 * {@link EvidenceValue} with the same kind, ref, school year and location exists with a finite
 * value and n &gt; 0. Missing years or locations simply have no values.
 *
 * <p><b>Status of a factor</b> (over its available evidence only):
 * <ul>
 *   <li><b>geen gegevens</b>: no rule is available (also: a factor without rules);</li>
 *   <li><b>aandacht</b>: at least one available rule misses its target;</li>
 *   <li><b>op orde</b>: every available rule meets its target.</li>
 * </ul>
 * A rule without a value neither helps nor hurts: the status says what the data that exist show.
 *
 * <p><b>Deciding evidence</b> (the row's evidence, value and target): for aandacht the first rule,
 * in rule order, that misses its target; for op orde the first available rule. When more rules
 * were available the label gets " (+N andere bron)" / " (+N andere bronnen)";
 * {@link #details} lists every rule.
 */
public final class CoverageCalculator {
    private CoverageCalculator() {}

    private record Key(String kind, String ref, String schoolYear, String location) {}

    private record Rule(EvidenceRule rule, boolean fromStudy) {}

    /**
     * One row per factor × school year × location (factors in framework order, then years, then
     * locations, each in the order given). Study mappings for other frameworks are ignored; a
     * mapping to a factor this framework lacks is a {@link FrameworkException}.
     */
    public static List<CoverageRow> compute(Framework framework, List<StudyMapping> studyMappings,
                                            List<EvidenceValue> values, List<String> schoolYears,
                                            List<String> locations) {
        Map<Key, EvidenceValue> index = index(values);
        // A rule counts for this study when the run has a value for its kind and ref at all (any year or
        // location): a Kotter rule without a Kotter log, or a partner rule without a partner log, never can.
        java.util.Set<List<String>> sources = new java.util.HashSet<>();
        for (EvidenceValue v : values) sources.add(List.of(v.kind(), v.ref()));
        List<CoverageRow> rows = new ArrayList<>();
        for (Factor factor : framework.factors()) {
            List<Rule> rules = rulesFor(framework, factor, studyMappings);
            boolean measurable = rules.stream().anyMatch(r -> sources.contains(List.of(r.rule().kind(), r.rule().ref())));
            for (String year : schoolYears) {
                for (String location : locations) {
                    CoverageRow r = row(framework, factor, rules, index, year, location);
                    rows.add(new CoverageRow(r.framework(), r.factor(), uniqueLabel(framework, factor), r.schoolYear(),
                            r.location(), r.evidence(), r.value(), r.target(), r.status(), measurable));
                }
            }
        }
        return rows;
    }

    /**
     * The factor's label, made unique within its framework: two factors with the same label (inwerken has
     * "Structuur" as a safe-learning condition and as a need) get their group's label in parentheses,
     * "Structuur (behoeften van nieuwe collega's)", so no report shows two rows that read the same.
     */
    static String uniqueLabel(Framework framework, Factor factor) {
        long same = framework.factors().stream().filter(f -> f.label().equals(factor.label())).count();
        if (same < 2) return factor.label();
        String group = factor.group() == null ? null : framework.group(factor.group()).map(FactorGroup::label).orElse(null);
        if (group == null || group.isBlank()) return factor.label() + " (" + factor.id() + ")";
        return factor.label() + " (" + Character.toLowerCase(group.charAt(0)) + group.substring(1) + ")";
    }

    /** Every rule of every factor × school year × location, with its value and whether it meets the target. */
    public static List<EvidenceCheck> details(Framework framework, List<StudyMapping> studyMappings,
                                              List<EvidenceValue> values, List<String> schoolYears,
                                              List<String> locations) {
        Map<Key, EvidenceValue> index = index(values);
        List<EvidenceCheck> checks = new ArrayList<>();
        for (Factor factor : framework.factors()) {
            List<Rule> rules = rulesFor(framework, factor, studyMappings);
            for (String year : schoolYears) {
                for (String location : locations) {
                    for (Rule r : rules) {
                        EvidenceValue v = lookup(index, r.rule(), year, location);
                        checks.add(new EvidenceCheck(framework.id(), factor.id(), year, location, r.rule(), r.fromStudy(),
                                v == null ? null : v.value(), v == null ? null : v.n(),
                                v == null ? null : r.rule().meets(v.value())));
                    }
                }
            }
        }
        return checks;
    }

    /** Per framework × school year × location (in order of first appearance): counts and shares. */
    public static List<CoverageSummary> summarize(List<CoverageRow> rows) {
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (CoverageRow row : rows) {
            int[] c = counts.computeIfAbsent(List.of(row.framework(), row.schoolYear(), row.location()), k -> new int[4]);
            c[0]++;
            if (row.status() != CoverageStatus.GEEN_GEGEVENS) c[1]++;
            if (row.status() == CoverageStatus.OP_ORDE) c[2]++;
            if (row.hasRule()) c[3]++;
        }
        List<CoverageSummary> summaries = new ArrayList<>();
        counts.forEach((k, c) -> summaries.add(new CoverageSummary(k.get(0), k.get(1), k.get(2), c[0], c[1], c[2],
                c[3] == 0 ? Double.NaN : (double) c[1] / c[3], c[3] == 0 ? Double.NaN : (double) c[2] / c[3], c[3])));
        return summaries;
    }

    /** The effective rules of a factor: defaults, with study rules replacing same-evidence defaults or appended. */
    public static List<EvidenceRule> effectiveRules(Framework framework, Factor factor, List<StudyMapping> studyMappings) {
        return rulesFor(framework, factor, studyMappings).stream().map(Rule::rule).toList();
    }

    private static List<Rule> rulesFor(Framework framework, Factor factor, List<StudyMapping> studyMappings) {
        List<Rule> rules = new ArrayList<>();
        for (EvidenceRule r : factor.evidence()) rules.add(new Rule(r, false));
        for (StudyMapping m : studyMappings) {
            if (!framework.id().equals(m.framework())) continue;
            if (framework.factor(m.factor()).isEmpty()) {
                throw new FrameworkException(FrameworkRegistry.unknownFactor(framework, m.factor()));
            }
            if (!factor.id().equals(m.factor())) continue;
            Rule study = new Rule(Objects.requireNonNull(m.rule(), "rule"), true);
            int same = -1;
            for (int i = 0; i < rules.size(); i++) {
                if (!rules.get(i).fromStudy() && rules.get(i).rule().sameEvidenceAs(m.rule())) same = i;
            }
            if (same >= 0) rules.set(same, study);
            else rules.add(study);
        }
        return rules;
    }

    private static CoverageRow row(Framework framework, Factor factor, List<Rule> rules, Map<Key, EvidenceValue> index,
                                   String year, String location) {
        EvidenceRule decidingRule = null;
        double decidingValue = Double.NaN;
        int available = 0;
        boolean missed = false;
        for (Rule r : rules) {
            EvidenceValue v = lookup(index, r.rule(), year, location);
            if (v == null) continue;
            available++;
            boolean meets = r.rule().meets(v.value());
            // The first available rule decides, until a missed target takes over (the first one missed).
            if (decidingRule == null || (!meets && !missed)) {
                decidingRule = r.rule();
                decidingValue = v.value();
            }
            if (!meets) missed = true;
        }
        if (available == 0) {
            return new CoverageRow(framework.id(), factor.id(), factor.label(), year, location, "", null, null,
                    CoverageStatus.GEEN_GEGEVENS, !rules.isEmpty());
        }
        String label = decidingRule.displayLabel();
        if (available > 1) label += " (+" + (available - 1) + (available == 2 ? " andere bron)" : " andere bronnen)");
        return new CoverageRow(framework.id(), factor.id(), factor.label(), year, location, label, decidingValue,
                decidingRule.target(), missed ? CoverageStatus.AANDACHT : CoverageStatus.OP_ORDE);
    }

    private static EvidenceValue lookup(Map<Key, EvidenceValue> index, EvidenceRule rule, String year, String location) {
        EvidenceValue v = index.get(new Key(rule.kind(), rule.ref(), year, location));
        return v != null && v.available() ? v : null;
    }

    private static Map<Key, EvidenceValue> index(List<EvidenceValue> values) {
        Map<Key, EvidenceValue> index = new HashMap<>();
        for (EvidenceValue v : values) {
            Key key = new Key(v.kind(), v.ref(), v.schoolYear(), v.location());
            if (index.putIfAbsent(key, v) != null) {
                // Two values for one cell would make the status depend on input order: a pipeline bug.
                throw new IllegalArgumentException("two evidence values for " + key);
            }
        }
        return index;
    }
}
