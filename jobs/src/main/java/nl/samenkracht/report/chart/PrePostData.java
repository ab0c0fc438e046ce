package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link PrePostChart}.
 *
 * @param title  chart title
 * @param yLabel value axis label, e.g. "Schaalscore (1–5)"
 * @param yMin   lowest possible score (axis start), e.g. 1
 * @param yMax   highest possible score (axis end), e.g. 5
 * @param points one point per category × wave; categories and waves appear in the order of
 *               their first occurrence (give voormeting before nameting)
 */
public record PrePostData(String title, String yLabel, double yMin, double yMax,
        List<PrePostPoint> points) {

    public PrePostData {
        Objects.requireNonNull(points, "points");
        points = List.copyOf(points);
        if (!(yMin < yMax)) {
            throw new IllegalArgumentException("yMin must be below yMax");
        }
        Set<List<String>> seen = new HashSet<>();
        for (PrePostPoint p : points) {
            if (!seen.add(List.of(p.category(), p.wave()))) {
                throw new IllegalArgumentException("two points for " + p.category() + " / "
                        + p.wave());
            }
        }
    }
}
