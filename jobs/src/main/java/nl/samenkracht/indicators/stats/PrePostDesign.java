package nl.samenkracht.indicators.stats;

/** How the two waves of a pre/post comparison were tested; {@link #code()} is the value of prepost.csv's design column. */
public enum PrePostDesign {
    /** Wilcoxon signed-rank on the linked pairs. */
    PAIRED("paired"),
    /** Mann-Whitney U on every score of each wave. */
    INDEPENDENT("independent");

    private final String code;

    PrePostDesign(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
