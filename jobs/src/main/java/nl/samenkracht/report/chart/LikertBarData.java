package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link DivergingLikertChart}: one scale (or one set of items sharing an answer scale).
 *
 * @param title        chart title, e.g. "Duidelijkheid – antwoorden per item"
 * @param optionLabels answer options in scale order, low..high ("Helemaal mee oneens" … "Helemaal
 *                     mee eens"); every option appears in the legend, chosen or not
 * @param neutralIndex index of the neutral option in {@code optionLabels}, or null for an even
 *                     scale (the chart is then centred between the middle two options)
 * @param rows         bars from top to bottom
 */
public record LikertBarData(String title, List<String> optionLabels, Integer neutralIndex,
        List<LikertRow> rows) {

    /** Largest tolerated |sum of shares − 1| (rounded shares from a table). */
    static final double SUM_TOLERANCE = 0.005;

    public LikertBarData {
        Objects.requireNonNull(optionLabels, "optionLabels");
        Objects.requireNonNull(rows, "rows");
        optionLabels = List.copyOf(optionLabels);
        rows = List.copyOf(rows);
        int k = optionLabels.size();
        if (k < 2) {
            throw new IllegalArgumentException("a Likert scale needs at least 2 options");
        }
        if (new HashSet<>(optionLabels).size() != k) {
            throw new IllegalArgumentException("duplicate option label in " + optionLabels);
        }
        if (neutralIndex != null && (neutralIndex < 0 || neutralIndex >= k)) {
            throw new IllegalArgumentException("neutralIndex " + neutralIndex + " outside 0.." + (k - 1));
        }
        Set<String> seen = new HashSet<>();
        for (LikertRow r : rows) {
            if (r.shares().length != k) {
                throw new IllegalArgumentException("row '" + r.label() + "' has "
                        + r.shares().length + " shares for " + k + " options");
            }
            double sum = 0;
            for (double s : r.shares()) {
                sum += s;
            }
            // An item nobody answered (n = 0) has all shares 0 and is drawn as an empty row.
            if (r.n() > 0 && Math.abs(sum - 1.0) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("shares of row '" + r.label()
                        + "' sum to " + sum + ", not 1");
            }
            if (!seen.add(r.label())) {
                throw new IllegalArgumentException("duplicate row label '" + r.label() + "'");
            }
        }
    }
}
