package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One value of a {@link TrendChart}.
 *
 * @param series     line the point belongs to, usually a location ("De Linde") or "Bestuur"
 * @param schoolYear school year label "2022-2023"; years sort as text, which is chronological
 * @param value      the value (a fraction 0..1 when the chart is a percentage chart), or null for
 *                   a suppressed or missing figure: nothing is drawn there and the line breaks
 */
public record TrendPoint(String series, String schoolYear, Double value) {

    public TrendPoint {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(schoolYear, "schoolYear");
    }
}
