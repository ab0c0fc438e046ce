package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One location of a {@link LocationComparisonChart}.
 *
 * @param location location name, unique within the chart
 * @param value    this year's value (fraction 0..1 for a percentage chart), or null: no bar is
 *                 drawn but the location keeps its place (the caller reports suppression)
 * @param previous last year's value, or null for no marker
 */
public record LocationValue(String location, Double value, Double previous) {

    public LocationValue {
        Objects.requireNonNull(location, "location");
    }
}
