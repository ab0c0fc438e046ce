package nl.samenkracht.coverage;

/**
 * A group of factors within a framework (pijlers, rollen, fasen, ...), used to order and head the
 * factors in reports.
 *
 * @param id          ascii kebab-case id, unique within the framework
 * @param label       Dutch label shown to users
 * @param description Dutch description, may be empty
 */
public record FactorGroup(String id, String label, String description) {
    public FactorGroup {
        if (description == null) description = "";
    }
}
