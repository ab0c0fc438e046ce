package nl.samenkracht.report;

import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Waves in the study's design order (voormeting before nameting, then any other wave by name) in a
 * table that lists rows per wave. The analysis stages sort their tables by the wave's name, which
 * puts "nameting" before "voormeting"; the order a reader sees is layout, so it is decided here.
 */
public final class WaveOrder {
    private WaveOrder() {}

    /**
     * The table's rows with, within each run of rows that agree on every column before {@code wave}
     * (instrument, measure, school year …), the waves in design order; rows of one wave keep their
     * order. A table without a {@code wave} column is returned as it is.
     *
     * @param designOrder the waves in design order (pre, post); other waves follow by name
     */
    public static Table sorted(Table table, List<String> designOrder) {
        if (!table.columnNames().contains("wave") || table.rowCount() < 2) return table;
        int waveColumn = table.columnIndex("wave");
        Map<List<String>, Integer> groupRank = new HashMap<>();
        int rows = table.rowCount();
        int[] group = new int[rows];
        String[] waves = new String[rows];
        for (int i = 0; i < rows; i++) {
            List<String> key = new ArrayList<>(waveColumn);
            for (int c = 0; c < waveColumn; c++) key.add(table.column(c).getString(i));
            group[i] = groupRank.computeIfAbsent(key, k -> groupRank.size());
            waves[i] = table.column(waveColumn).getString(i);
        }
        Comparator<String> byDesign = Comparator.<String>comparingInt(w -> {
            int at = designOrder.indexOf(w);
            return at < 0 ? designOrder.size() : at;
        }).thenComparing(Comparator.naturalOrder());
        Integer[] order = new Integer[rows];
        for (int i = 0; i < rows; i++) order[i] = i;
        // Stable: rows of the same group and wave keep their order.
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> group[i]).thenComparing(i -> waves[i], byDesign));
        Table out = table.emptyCopy();
        for (int i : order) out.addRow(i, table);
        return out;
    }
}
