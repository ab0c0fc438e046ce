package nl.samenkracht.indicators.stats;

/**
 * Reliability of one scale in one school year and wave, or over all ({@link StatisticsStage#ALL}) (a row of
 * tables/reliability.csv). Missing numbers are NaN.
 *
 * @param nRows    respondents with at least one answer on the scale
 * @param naReason Dutch: why alpha is missing, or null
 * @param warnings Dutch warnings joined with "; ", or null
 */
public record ScaleAlpha(String instrument, String scale, String schoolYear, String wave, int nItems, int nComplete,
                         double alphaListwise, double alphaPairwise, double feldtLower, double feldtUpper,
                         double averageR, int nRows, String naReason, String warnings) {}
