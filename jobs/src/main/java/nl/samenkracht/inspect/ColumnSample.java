package nl.samenkracht.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code init} learnt of one table export: its header and, per column, the distinct values of
 * the first rows (in order of first appearance, at most {@link #MAX_DISTINCT}) and their longest length.
 */
final class ColumnSample {
    static final int MAX_ROWS = 5000;
    static final int MAX_DISTINCT = 40;

    final String label;
    final String readAs;
    final List<String> header;
    final List<String> secondRow;
    final List<Map<String, Integer>> distinct = new ArrayList<>();
    final int[] longest;
    final boolean[] truncated;
    int rows;

    ColumnSample(String label, String readAs, List<String> header, List<String> secondRow) {
        this.label = label;
        this.readAs = readAs;
        this.header = header;
        this.secondRow = secondRow;
        for (int i = 0; i < header.size(); i++) distinct.add(new LinkedHashMap<>());
        longest = new int[header.size()];
        truncated = new boolean[header.size()];
    }

    /** @param extraHeaderRows how many records after the header are not data (a layout's label rows), from the header */
    static ColumnSample read(ExportTable t, java.util.function.ToIntFunction<List<String>> extraHeaderRows) {
        ExportTable.Record first = t.next();
        List<String> header = new ArrayList<>();
        if (first != null) for (String c : first.cells()) header.add(c == null ? "" : c.strip());
        int skip = extraHeaderRows.applyAsInt(header);
        List<String> labelRow = new ArrayList<>();
        for (int i = 0; i < skip; i++) {
            ExportTable.Record h = t.next();
            if (i == 0 && h != null) for (String c : h.cells()) labelRow.add(c == null ? "" : c.strip());
        }
        List<ExportTable.Record> rows = new ArrayList<>();
        ExportTable.Record r;
        while (rows.size() < MAX_ROWS && (r = t.next()) != null) rows.add(r);
        ColumnSample s = new ColumnSample(t.label(), t.readAs(), header, labelRow);
        for (ExportTable.Record rec : rows) s.add(rec.cells());
        return s;
    }

    void add(String[] cells) {
        rows++;
        for (int i = 0; i < header.size() && i < cells.length; i++) {
            String v = cells[i];
            if (v == null || v.isBlank()) continue;
            v = v.strip();
            longest[i] = Math.max(longest[i], v.length());
            Map<String, Integer> d = distinct.get(i);
            if (d.containsKey(v)) d.merge(v, 1, Integer::sum);
            else if (d.size() < MAX_DISTINCT) d.put(v, 1);
            else truncated[i] = true;
        }
    }

    /** Distinct values of a column, or null when there are more than {@link #MAX_DISTINCT}. */
    List<String> values(int column) {
        return truncated[column] ? null : new ArrayList<>(distinct.get(column).keySet());
    }

    int index(String normalisedHeader) {
        for (int i = 0; i < header.size(); i++)
            if (nl.samenkracht.model.AnswerScale.normalise(header.get(i)).equals(normalisedHeader)) return i;
        return -1;
    }
}
