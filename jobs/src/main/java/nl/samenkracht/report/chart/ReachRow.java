package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One bar of a {@link ReachChart}.
 *
 * @param label location or class, unique within the chart
 * @param reach share reached, a fraction 0..1; null: no bar (the caller reports suppression)
 * @param n     size of the roster (the denominator), shown as "(n=23)"; null to omit
 */
public record ReachRow(String label, Double reach, Integer n) {

    public ReachRow {
        Objects.requireNonNull(label, "label");
        if (reach != null && !(reach >= 0.0 && reach <= 1.0)) {
            throw new IllegalArgumentException("reach outside 0..1 for " + label + ": " + reach);
        }
    }
}
