package nl.samenkracht.indicators.stats;

/**
 * instrument × school year × wave × grouping ({@link #GROUP} = the grp column, {@link #LOCATION}): the
 * level at which the groups of a comparison are fixed.
 */
public record GroupSetting(String instrument, String schoolYear, String wave, String grouping) {
    public static final String GROUP = "groep";
    public static final String LOCATION = "locatie";
}
