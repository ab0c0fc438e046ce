package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link LocationComparisonChart}.
 *
 * @param title         chart title
 * @param yLabel        value axis label
 * @param percent       true: values are fractions 0..1, shown as "72%" on a 0–100% axis
 * @param currentLabel  legend label of this year's bars, e.g. "2024-2025"
 * @param previousLabel legend label of last year's markers, e.g. "2023-2024" (null: "vorig jaar")
 * @param boardTotal    the board total drawn as a horizontal line, or null (suppressed/absent)
 * @param locations     bars from left to right
 */
public record LocationComparisonData(String title, String yLabel, boolean percent,
        String currentLabel, String previousLabel, Double boardTotal,
        List<LocationValue> locations) {

    public LocationComparisonData {
        Objects.requireNonNull(currentLabel, "currentLabel");
        Objects.requireNonNull(locations, "locations");
        locations = List.copyOf(locations);
        if (previousLabel == null) {
            previousLabel = "vorig jaar";
        }
        Set<String> seen = new HashSet<>();
        for (LocationValue l : locations) {
            if (!seen.add(l.location())) {
                throw new IllegalArgumentException("duplicate location '" + l.location() + "'");
            }
        }
    }
}
