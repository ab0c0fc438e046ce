package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One bar of a {@link ReliabilityChart}: Cronbach's alpha of one scale (optionally × wave).
 *
 * @param label scale label, e.g. "Duidelijkheid – voormeting" (unique within the chart)
 * @param alpha Cronbach's alpha, or null when it cannot be computed (the row stays, reading "niet te berekenen")
 * @param lower lower end of the 95% interval (Feldt), or null
 * @param upper upper end of the 95% interval, or null
 * @param n     respondents the alpha is based on, shown as "(n=23)"; null to omit
 */
public record ReliabilityRow(String label, Double alpha, Double lower, Double upper, Integer n) {

    public ReliabilityRow {
        Objects.requireNonNull(label, "label");
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("give both ends of the interval or neither: "
                    + label);
        }
        if (lower != null && lower > upper) {
            throw new IllegalArgumentException("lower > upper for " + label);
        }
    }

    /** A row without interval and without n. */
    public ReliabilityRow(String label, double alpha) {
        this(label, alpha, null, null, null);
    }
}
