package nl.samenkracht.coverage;

/** Status of a factor in one school year and location; {@link #label()} is what reports show. */
public enum CoverageStatus {
    /** Every available piece of evidence meets its target. */
    OP_ORDE("op orde"),
    /** At least one available piece of evidence misses its target. */
    AANDACHT("aandacht"),
    /** No evidence available (no rule, or no value for this year and location). */
    GEEN_GEGEVENS("geen gegevens");

    private final String label;

    CoverageStatus(String label) {
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
