package nl.samenkracht.coverage;

import java.util.List;

/**
 * One success factor (or pillar, role, phase, competence) of a framework.
 *
 * @param id          ascii kebab-case id, unique within its framework
 * @param label       Dutch label, faithful to the source text
 * @param description Dutch description (paraphrase or quote of the source), may be empty
 * @param source      where in the source text the factor comes from, may be empty
 * @param group       id of a {@link FactorGroup} of the framework, or null
 * @param evidence    default evidence rules; a study can add rules or replace one with the same
 *                    kind and ref (see {@link CoverageCalculator})
 */
public record Factor(String id, String label, String description, String source, String group,
                     List<EvidenceRule> evidence) {
    public Factor {
        if (description == null) description = "";
        if (source == null) source = "";
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
