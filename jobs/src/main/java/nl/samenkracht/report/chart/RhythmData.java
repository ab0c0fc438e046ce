package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link RhythmChart}.
 *
 * @param title  chart title, e.g. "Contactritme – 2024-2025"
 * @param yLabel value axis label, e.g. "Contacten per maand"
 * @param points values; series appear in order of first occurrence; months not given are gaps
 */
public record RhythmData(String title, String yLabel, List<RhythmPoint> points) {

    public RhythmData {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        Set<List<Object>> seen = new HashSet<>();
        for (RhythmPoint p : points) {
            if (!seen.add(List.of(p.series(), p.month()))) {
                throw new IllegalArgumentException("two values for " + p.series() + " in month "
                        + p.month());
            }
        }
    }
}
