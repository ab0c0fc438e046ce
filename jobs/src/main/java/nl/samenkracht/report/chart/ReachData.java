package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link ReachChart}.
 *
 * @param title      chart title, e.g. "Startgesprek vóór 1 oktober – 2024-2025"
 * @param valueLabel value axis label, e.g. "Ouders bereikt"
 * @param target     target share 0..1 drawn as a dashed line and used for the bar colour, or null
 * @param rows       bars from top to bottom
 */
public record ReachData(String title, String valueLabel, Double target, List<ReachRow> rows) {

    public ReachData {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (target != null && !(target >= 0.0 && target <= 1.0)) {
            throw new IllegalArgumentException("target outside 0..1: " + target);
        }
        Set<String> seen = new HashSet<>();
        for (ReachRow r : rows) {
            if (!seen.add(r.label())) {
                throw new IllegalArgumentException("duplicate row label '" + r.label() + "'");
            }
        }
    }
}
