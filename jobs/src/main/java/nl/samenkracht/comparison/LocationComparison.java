package nl.samenkracht.comparison;

import nl.samenkracht.indicators.IndicatorValue;

/**
 * One location's figure against the rest of the board (all other people in the total).
 *
 * @param value     the location's figure
 * @param restValue the figure of the rest (NaN when unknown)
 * @param restN     the number of people in the rest
 * @param result    the test of location against rest
 * @param pHolm     p after Holm over the locations of this indicator × school year (NaN when not tested)
 * @param flag      {@link #HIGHER}, {@link #LOWER} or {@link #NONE}
 */
public record LocationComparison(IndicatorValue value, double restValue, long restN, TestResult result, double pHolm, String flag) {
    public static final String HIGHER = "hoger";
    public static final String LOWER = "lager";
    public static final String NONE = "geen";
}
