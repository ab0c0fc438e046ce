package nl.samenkracht.indicators.stats;

import java.util.List;
import nl.samenkracht.statistics.ReliabilityWarning;

/**
 * Reliability of one scale in one school year and wave, or over all ({@link StatisticsStage#ALL}) (a row of
 * tables/reliability.csv). Missing numbers are NaN.
 *
 * @param nRows    respondents with at least one answer on the scale
 * @param naReason why alpha is missing, or null
 * @param warnings the scale's warnings (none when alpha is missing because the wave has no respondents)
 */
public record ScaleAlpha(String instrument, String scale, String schoolYear, String wave, int nItems, int nComplete,
                         double alphaListwise, double alphaPairwise, double feldtLower, double feldtUpper,
                         double averageR, int nRows, AnalysisReason naReason,
                         List<ReliabilityWarning> warnings) {
    public ScaleAlpha {
        warnings = List.copyOf(warnings);
    }
}
