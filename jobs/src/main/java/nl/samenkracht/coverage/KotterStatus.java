package nl.samenkracht.coverage;

/** Progress of one Kotter phase on a reference date; {@link #label()} is what reports show. */
public enum KotterStatus {
    GEDAAN("gedaan"),
    BEZIG("bezig"),
    NOG_NIET_GESTART("nog niet gestart");

    private final String label;

    KotterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
