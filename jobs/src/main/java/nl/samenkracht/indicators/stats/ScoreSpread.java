package nl.samenkracht.indicators.stats;

/**
 * Median and quartiles (R type 7) of every scale score of one wave, all respondents: what the pre/post
 * chart shows per scale.
 *
 * @param n the number of scores
 */
public record ScoreSpread(String instrument, String schoolYear, String scale, String wave, double median, double q1,
                          double q3, int n) {}
