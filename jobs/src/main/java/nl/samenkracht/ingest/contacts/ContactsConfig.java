package nl.samenkracht.ingest.contacts;

import java.util.List;

/**
 * The {@code contacts:} section of study.yaml: contact logs, rosters and indicator options.
 * Field by field in docs/config-contacts.md.
 */
public record ContactsConfig(List<ContactLogConfig> logs, List<RosterConfig> rosters, ContactOptions options) {
    public static final ContactsConfig NONE = new ContactsConfig(null, null, null);

    public ContactsConfig {
        if (logs == null) logs = List.of();
        if (rosters == null) rosters = List.of();
        if (options == null) options = ContactOptions.DEFAULT;
    }

    public boolean hasRoster(String kind) {
        return rosters.stream().anyMatch(r -> kind.equals(r.kind()));
    }
}
