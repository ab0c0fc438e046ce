package nl.samenkracht.indicators.stats;

/**
 * One item of a {@link ScaleAlpha} row (tables/reliability_items.csv). Missing numbers are NaN.
 *
 * @param reverse  whether the item is reverse-keyed
 * @param naReason why a value is missing, or null
 */
public record ItemAlpha(String instrument, String scale, String schoolYear, String wave, String item, int n, double mean,
                        double sd, double correctedItemTotalR, double alphaIfDeleted, boolean reverse, AnalysisReason naReason) {}
