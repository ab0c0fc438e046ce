package nl.samenkracht.report.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A category dataset whose value is a median and which also keeps the first and third quartile
 * of each item, for the whiskers of {@link QuartileRangeRenderer}.
 */
public class QuartileDataset extends DefaultCategoryDataset {

    private static final long serialVersionUID = 1L;

    private final Map<List<Comparable<?>>, double[]> quartiles = new HashMap<>();

    /** Adds (or replaces) one item: value = median. */
    public void add(double median, double q1, double q3, Comparable<?> series,
            Comparable<?> category) {
        addValue(median, (Comparable) series, (Comparable) category);
        quartiles.put(List.of(series, category), new double[] {q1, q3});
    }

    /** First quartile, or null when the item is absent. */
    public Double getQ1(int row, int column) {
        double[] q = quartiles.get(List.of(getRowKey(row), getColumnKey(column)));
        return q == null ? null : q[0];
    }

    /** Third quartile, or null when the item is absent. */
    public Double getQ3(int row, int column) {
        double[] q = quartiles.get(List.of(getRowKey(row), getColumnKey(column)));
        return q == null ? null : q[1];
    }
}
