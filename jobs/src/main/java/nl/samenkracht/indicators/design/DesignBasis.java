package nl.samenkracht.indicators.design;

/** What a design comparison compared; {@link #code()} is the value of design.csv's basis column. */
public enum DesignBasis {
    /** The linked changes (post − pre) of each side. */
    LINKED("linked"),
    /** The post-wave scores of each side: the waves could not be linked. */
    INDEPENDENT("independent");

    private final String code;

    DesignBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
