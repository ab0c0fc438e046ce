package nl.samenkracht.comparison;

import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.statistics.YearVerdict;

/**
 * A key figure of one school year against the previous year, at one location (or the total).
 *
 * @param current  this year's figure
 * @param previous the previous year's figure
 * @param change   current − previous, in the figure's unit (a fraction for shares); NaN when either is missing
 * @param result   the test
 * @param verdict  better / worse / equal / uncertain ({@link YearVerdict}; report words it)
 */
public record YearComparison(IndicatorValue current, IndicatorValue previous, double change, TestResult result, YearVerdict verdict) {
}
