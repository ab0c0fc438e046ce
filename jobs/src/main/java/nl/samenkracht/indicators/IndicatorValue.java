package nl.samenkracht.indicators;

/**
 * One key figure for the directie and bestuur reports, in one long format whatever its source
 * (questionnaire, contacts, coverage), so the audience reports and their suppression rules work
 * the same for every indicator.
 *
 * @param domain         vragenlijst | contacten | dekking
 * @param id             stable id, e.g. "inwerken/structuur/mean"
 * @param label          Dutch label for tables and charts
 * @param schoolYear     e.g. 2024-2025
 * @param location       a location, or {@link Descriptives#ALL_LOCATIONS} for the board/school total
 * @param value          the figure (a mean, or a share 0..1, or a count); NaN when not computable
 * @param n              the number of people the figure is about (drives suppression)
 * @param unit           mean | share | count
 * @param target         the target, when there is one (coverage, reach), else null
 * @param higherIsBetter direction for colouring changes
 * @param group          the respondent group the figure is about ({@link Descriptives#ALL_GROUPS} for everybody;
 *                       a focus group's figures carry its own id, e.g. "inwerken/structuur/mean@nieuw")
 * @param successes      for a share: the count behind it (value = successes / n), when the source knows it;
 *                       null otherwise (then a test derives it as round(value · n))
 * @param independent    whether the n units are independent people (false for shares of contacts, where one
 *                       parent has many contacts: such a share is shown but not tested)
 */
public record IndicatorValue(String domain, String id, String label, String schoolYear, String location,
                             double value, long n, String unit, Double target, boolean higherIsBetter,
                             String group, Long successes, boolean independent) {
    public static final String MEAN = "mean";
    public static final String SHARE = "share";
    public static final String COUNT = "count";

    /** About everybody, n independent people, count derived from value · n. */
    public IndicatorValue(String domain, String id, String label, String schoolYear, String location,
                          double value, long n, String unit, Double target, boolean higherIsBetter) {
        this(domain, id, label, schoolYear, location, value, n, unit, target, higherIsBetter, Descriptives.ALL_GROUPS, null, true);
    }

    public IndicatorValue {
        if (group == null) group = Descriptives.ALL_GROUPS;
    }

    /** The count behind a share: given, or round(value · n). */
    public long successCount() {
        if (successes != null) return successes;
        return Double.isFinite(value) ? Math.round(value * n) : 0;
    }
}
