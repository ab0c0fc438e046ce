package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link ReliabilityChart}.
 *
 * @param title chart title, e.g. "Betrouwbaarheid van de schalen"
 * @param rows  bars from top to bottom
 */
public record ReliabilityData(String title, List<ReliabilityRow> rows) {

    public ReliabilityData {
        Objects.requireNonNull(rows, "rows");
        rows = List.copyOf(rows);
        Set<String> seen = new HashSet<>();
        for (ReliabilityRow r : rows) {
            if (!seen.add(r.label())) {
                throw new IllegalArgumentException("duplicate row label '" + r.label() + "'");
            }
        }
    }
}
