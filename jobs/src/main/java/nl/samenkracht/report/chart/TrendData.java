package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link TrendChart}.
 *
 * @param title   chart title
 * @param yLabel  value axis label, e.g. "Bereik startgesprek vóór 1 oktober"
 * @param percent true: values (and target) are fractions 0..1, shown as "72%" on a 0–100% axis
 * @param target  optional target drawn as a dashed line (same unit as the values), or null
 * @param points  values; series appear in order of first occurrence, school years sorted
 */
public record TrendData(String title, String yLabel, boolean percent, Double target,
        List<TrendPoint> points) {

    public TrendData {
        Objects.requireNonNull(points, "points");
        points = List.copyOf(points);
        Set<List<String>> seen = new HashSet<>();
        for (TrendPoint p : points) {
            if (!seen.add(List.of(p.series(), p.schoolYear()))) {
                throw new IllegalArgumentException("two values for " + p.series() + " in "
                        + p.schoolYear());
            }
        }
    }
}
