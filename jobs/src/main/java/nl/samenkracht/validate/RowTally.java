package nl.samenkracht.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run would do with the rows of one file: counted per reason (rejected rows) or per reason and
 * column (unreadable cells, whose row is kept), with the first few row numbers so the user can find
 * them. Cell contents are never kept: a message must not print them.
 */
final class RowTally {
    private static final int ROWS_SHOWN = 5;

    /** Count and first rows of one reason. */
    static final class Entry {
        long count;
        final List<Integer> rows = new ArrayList<>();

        void add(int row) {
            count++;
            if (rows.size() < ROWS_SHOWN) rows.add(row);
        }

        String describe() {
            String shown = String.join(", ", rows.stream().map(String::valueOf).toList());
            return count + " (row" + (count == 1 ? " " : "s ") + shown + (count > rows.size() ? ", …" : "") + ")";
        }
    }

    long read;
    long empty;
    final Map<String, Entry> rejects = new LinkedHashMap<>();
    final Map<String, Entry> cells = new LinkedHashMap<>();

    void reject(String reason, String column, int row) {
        rejects.computeIfAbsent(reason + (column == null ? "" : " in column '" + column + "'"), k -> new Entry()).add(row);
    }

    void cell(String reason, String column, int row) {
        cells.computeIfAbsent(reason + " in column '" + column + "'", k -> new Entry()).add(row);
    }

    long rejected() {
        return rejects.values().stream().mapToLong(e -> e.count).sum();
    }

    long cellIssues() {
        return cells.values().stream().mapToLong(e -> e.count).sum();
    }

    /** The row counts, e.g. "65 rows: 63 usable, 2 would be rejected". */
    String summary() {
        long rejected = rejected();
        StringBuilder b = new StringBuilder().append(read).append(read == 1 ? " row: " : " rows: ").append(read - rejected).append(" usable");
        if (rejected > 0) b.append(", ").append(rejected).append(" would be rejected");
        long issues = cellIssues();
        if (issues > 0) b.append(", ").append(issues).append(issues == 1 ? " unreadable cell" : " unreadable cells");
        if (empty > 0) b.append("; ").append(empty).append(empty == 1 ? " empty row skipped" : " empty rows skipped");
        return b.toString();
    }

    List<String> details() {
        List<String> out = new ArrayList<>();
        rejects.forEach((why, e) -> out.add("rejected, " + why + ": " + e.describe()));
        cells.forEach((why, e) -> out.add("cell treated as missing, " + why + ": " + e.describe()));
        return out;
    }
}
