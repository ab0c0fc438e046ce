package nl.samenkracht.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Validates a study's framework mappings against the loaded frameworks. */
public final class StudyMappings {
    private StudyMappings() {}

    /**
     * Throws one {@link FrameworkException} listing every problem, each prefixed with
     * {@code origin} (e.g. the study.yaml path): an unknown framework or factor (with a
     * did-you-mean), an invalid rule, or the same evidence mapped twice to one factor.
     */
    public static void validate(FrameworkRegistry registry, List<StudyMapping> mappings, String origin) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            StudyMapping m = mappings.get(i);
            String where = "mapping " + m.framework() + "/" + m.factor();
            if (registry.find(m.framework()).isEmpty()) {
                problems.add("framework '" + m.framework() + "' does not exist" + Suggestions.hint(m.framework(), registry.ids())
                        + "; known: " + String.join(", ", registry.ids()));
                continue;
            }
            Framework framework = registry.get(m.framework());
            if (framework.factor(m.factor()).isEmpty()) {
                problems.add(FrameworkRegistry.unknownFactor(framework, m.factor()));
                continue;
            }
            if (m.rule() == null) {
                problems.add(where + ": evidence is missing");
                continue;
            }
            for (String p : EvidenceRuleValidator.problems(m.rule())) problems.add(where + ": " + p);
            for (int j = 0; j < i; j++) {
                StudyMapping earlier = mappings.get(j);
                if (earlier.framework().equals(m.framework()) && earlier.factor().equals(m.factor())
                        && earlier.rule() != null && m.rule().kind() != null && m.rule().ref() != null
                        && m.rule().sameEvidenceAs(earlier.rule())) {
                    problems.add(where + ": the same evidence (" + m.rule().kind() + " " + m.rule().ref()
                            + ") is already mapped to this factor");
                }
            }
        }
        if (problems.isEmpty()) return;
        String prefix = origin == null || origin.isBlank() ? "" : origin + ": ";
        if (problems.size() == 1) throw new FrameworkException(prefix + problems.get(0));
        throw new FrameworkException(prefix + problems.size() + " problems in the mappings to frameworks:"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    }
}
