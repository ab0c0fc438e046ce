package nl.samenkracht.coverage;

import java.util.List;
import java.util.Optional;

/**
 * A framework of success factors, read from YAML ({@link FrameworkLoader}).
 *
 * @param id          ascii kebab-case id, unique among all loaded frameworks
 * @param label       Dutch label
 * @param description Dutch description, may be empty
 * @param source      the source text and the original publication it names, may be empty
 * @param groups      factor groups in display order (may be empty)
 * @param factors     factors in the source's order (at least one)
 */
public record Framework(String id, String label, String description, String source, List<FactorGroup> groups,
                        List<Factor> factors) {
    public Framework {
        if (description == null) description = "";
        if (source == null) source = "";
        groups = groups == null ? List.of() : List.copyOf(groups);
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    public Optional<Factor> factor(String factorId) {
        return factors.stream().filter(f -> f.id().equals(factorId)).findFirst();
    }

    public Optional<FactorGroup> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public List<String> factorIds() {
        return factors.stream().map(Factor::id).toList();
    }

    /** The factors of one group, in framework order. */
    public List<Factor> factorsInGroup(String groupId) {
        return factors.stream().filter(f -> groupId.equals(f.group())).toList();
    }
}
