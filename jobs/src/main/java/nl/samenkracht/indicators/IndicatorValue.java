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
 */
public record IndicatorValue(String domain, String id, String label, String schoolYear, String location,
                             double value, long n, String unit, Double target, boolean higherIsBetter) {
    public static final String MEAN = "mean";
    public static final String SHARE = "share";
    public static final String COUNT = "count";
}
