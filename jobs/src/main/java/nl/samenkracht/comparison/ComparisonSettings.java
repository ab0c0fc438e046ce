package nl.samenkracht.comparison;

import nl.samenkracht.config.ReportConfig;
import nl.samenkracht.indicators.IndicatorValue;

/**
 * @param minGroupSize  privacy.min_group_size: a year or location with fewer people gets no verdict
 * @param minRelevantMean  report.min_relevant_difference.mean (scale points)
 * @param minRelevantShare report.min_relevant_difference.share (a fraction; 0.05 = 5 procentpunt)
 * @param alpha         significance level (0.05)
 */
public record ComparisonSettings(int minGroupSize, double minRelevantMean, double minRelevantShare, double alpha) {
    public static final double ALPHA = 0.05;

    public static ComparisonSettings of(int minGroupSize, ReportConfig.MinRelevantDifference mrd) {
        return new ComparisonSettings(minGroupSize, mrd.mean(), mrd.share(), ALPHA);
    }

    /** The minimum relevant difference of a unit, in the unit of the values (a fraction for shares). */
    public double minRelevant(String unit) {
        return IndicatorValue.SHARE.equals(unit) ? minRelevantShare : IndicatorValue.MEAN.equals(unit) ? minRelevantMean : 0;
    }
}
