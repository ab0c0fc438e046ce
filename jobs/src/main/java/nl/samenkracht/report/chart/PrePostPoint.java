package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One summary of one wave in one category of a {@link PrePostChart}.
 *
 * @param category scale (or location) the point belongs to, e.g. "Duidelijkheid"
 * @param wave     wave label, e.g. "voormeting" or "nameting"
 * @param median   median of the scale scores
 * @param q1       first quartile (lower end of the whisker)
 * @param q3       third quartile (upper end of the whisker)
 * @param n        respondents with a score
 */
public record PrePostPoint(String category, String wave, double median, double q1, double q3,
        int n) {

    public PrePostPoint {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(wave, "wave");
        if (!(q1 <= median && median <= q3)) {
            throw new IllegalArgumentException("need q1 <= median <= q3 for " + category + " / "
                    + wave + ": " + q1 + ", " + median + ", " + q3);
        }
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
    }
}
