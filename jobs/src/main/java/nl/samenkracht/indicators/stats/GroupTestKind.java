package nl.samenkracht.indicators.stats;

/** The test of a group-comparison row; {@link #code()} is the value of groups.csv's test column. */
public enum GroupTestKind {
    /** Two groups. */
    MANN_WHITNEY("mann-whitney"),
    /** Three or more groups: the omnibus row. */
    KRUSKAL_WALLIS("kruskal-wallis"),
    /** Three or more groups: one pair. */
    DUNN("dunn");

    private final String code;

    GroupTestKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
