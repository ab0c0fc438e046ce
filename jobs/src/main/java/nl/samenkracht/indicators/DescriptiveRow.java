package nl.samenkracht.indicators;

/**
 * Descriptives of one scale score or item in one instrument × school year × wave × location × group (a row
 * of tables/descriptives.csv). Undefined statistics (a share without thresholds, an SD of one value) are NaN.
 *
 * @param level         {@link #SCALE} (the scale score, after reverse keying) or {@link #ITEM} (as answered)
 * @param measure       the scale or item id
 * @param location      a location or {@link Descriptives#ALL_LOCATIONS}
 * @param grp           a group, {@link Descriptives#NO_GROUP} or {@link Descriptives#ALL_GROUPS}
 * @param median        median and quartiles: R's type 7
 * @param shareAgree    share in the top options (a scale score: at or above the agree threshold)
 * @param shareDisagree share in the bottom options
 */
public record DescriptiveRow(String instrument, String level, String measure, String schoolYear, String wave,
                             String location, String grp, long n, double mean, double sd, double median, double q1,
                             double q3, double min, double max, double shareAgree, double shareDisagree) {
    public static final String SCALE = "schaal";
    public static final String ITEM = "item";

    public boolean isScale() {
        return SCALE.equals(level);
    }
}
