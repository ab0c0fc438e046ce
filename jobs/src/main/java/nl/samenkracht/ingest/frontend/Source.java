package nl.samenkracht.ingest.frontend;

/** The kinds of input a study has; each is read through the same front end. {@link #label()} is what outputs show. */
public enum Source {
    SURVEYS("surveys"), CONTACTS("contacts"), ROSTERS("rosters"), INTERVIEWS("interviews"), KOTTER("kotter log");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
