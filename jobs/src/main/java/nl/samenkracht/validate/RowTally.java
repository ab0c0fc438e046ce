package nl.samenkracht.validate;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RowKind;
import nl.samenkracht.report.RejectReasonText;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a run would do with the rows of one file, counted from the rows the run's own interpreter makes
 * ({@link #counter}): rejected rows per reason, unreadable cells (whose row is kept) per reason and
 * column, rows without data skipped, with the first few row numbers so the user can find them. Each
 * reason is said in English by its {@link RejectReason}, after the label the data-quality sheet will
 * give it (the report's Dutch, quoted), so the user finds the same rows in the report. Cell contents
 * are never kept: a message must not print them.
 */
final class RowTally {
    private static final int ROWS_SHOWN = 5;

    /** What is counted: a reason, in a column (null: the whole row). */
    private record Key(RejectReason reason, String column) {}

    /** Count and first rows of one reason. */
    static final class Entry {
        long count;
        final List<Integer> rows = new ArrayList<>();

        void add(int row) {
            count++;
            if (rows.size() < ROWS_SHOWN) rows.add(row);
        }

        String describe(RejectReason reason) {
            String shown = String.join(", ", rows.stream().map(String::valueOf).toList());
            return reason.count(count) + ", at row" + (count == 1 ? " " : "s ") + shown + (count > rows.size() ? ", …" : "");
        }
    }

    long read;
    long skipped;
    private final Map<Key, Entry> rejects = new LinkedHashMap<>();
    private final Map<Key, Entry> cells = new LinkedHashMap<>();
    /** Records of another kind than accepted or rejected (incomplete submissions), by kind and reason. */
    private final Map<RowKind, Map<Key, Entry>> other = new EnumMap<>(RowKind.class);

    void reject(RejectReason reason, String column, int row) {
        rejects.computeIfAbsent(new Key(reason, column), k -> new Entry()).add(row);
    }

    void cell(RejectReason reason, String column, int row) {
        cells.computeIfAbsent(new Key(reason, column), k -> new Entry()).add(row);
    }

    /** 'dubbele rij' in column 'Datum': the report's label and the column, as the user will find them. */
    private static String label(Key k) {
        return "'" + RejectReasonText.dutch(k.reason()) + "'" + (k.column() == null ? "" : " in column '" + k.column() + "'");
    }

    /**
     * Counts each row a run's interpreter emits ({@code schema}: the source's interpreted rows, with
     * {@link RowKind#COLUMN} first and {@code row}, {@code reason}, {@code column}, optionally {@code issues}
     * of reason, column, detail), the way the run's row accounting counts them.
     */
    Consumer<Row> counter(StructType schema) {
        int rowAt = schema.fieldIndex("row"), reasonAt = schema.fieldIndex("reason"), columnAt = schema.fieldIndex("column");
        int issuesAt = List.of(schema.fieldNames()).contains("issues") ? schema.fieldIndex("issues") : -1;
        return r -> {
            RowKind kind = RowKind.of(r.getInt(0));
            int row = r.getInt(rowAt);
            RejectReason reason = r.isNullAt(reasonAt) ? null : RejectReason.of(r.getString(reasonAt));
            String column = r.isNullAt(columnAt) ? null : r.getString(columnAt);
            switch (kind) {
                case ACCEPTED -> {
                    read++;
                    if (issuesAt >= 0 && !r.isNullAt(issuesAt))
                        for (Row i : r.<Row>getList(issuesAt))
                            cell(RejectReason.of(i.getString(0)), i.isNullAt(1) ? null : i.getString(1), row);
                }
                case REJECTED, DUPLICATE -> {
                    read++;
                    reject(reason, column, row);
                }
                case CELL_ISSUE -> cell(reason, column, row);
                case SKIPPED -> skipped++;
                default -> {
                    read++;
                    other.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(new Key(reason, null), k -> new Entry()).add(row);
                }
            }
        };
    }

    long rejected() {
        return rejects.values().stream().mapToLong(e -> e.count).sum();
    }

    long cellIssues() {
        return cells.values().stream().mapToLong(e -> e.count).sum();
    }

    long others() {
        return other.values().stream().flatMap(m -> m.values().stream()).mapToLong(e -> e.count).sum();
    }

    /** The row counts, e.g. "65 rows: 63 usable, 2 would be rejected". */
    String summary() {
        long rejected = rejected(), others = others();
        StringBuilder b = new StringBuilder().append(read).append(read == 1 ? " row: " : " rows: ").append(read - rejected - others).append(" usable");
        if (rejected > 0) b.append(", ").append(rejected).append(" would be rejected");
        if (others > 0) b.append(", ").append(others).append(" counted apart");
        long issues = cellIssues();
        if (issues > 0) b.append(", ").append(issues).append(issues == 1 ? " unreadable cell" : " unreadable cells");
        if (skipped > 0) b.append("; ").append(skipped).append(skipped == 1 ? " row without data skipped" : " rows without data skipped");
        return b.toString();
    }

    /** One line per reason: "rejected 'dubbele rij': 1 row that repeats an earlier row, at row 2161". */
    List<String> details() {
        List<String> out = new ArrayList<>();
        rejects.forEach((k, e) -> out.add("rejected " + label(k) + ": " + e.describe(k.reason())));
        other.forEach((kind, byReason) -> byReason.forEach((k, e) ->
                out.add(kind.name().toLowerCase(Locale.ROOT) + ", " + label(k) + ": " + e.describe(k.reason()))));
        cells.forEach((k, e) -> out.add("cell treated as missing, " + label(k) + ": " + e.describe(k.reason())));
        return out;
    }
}
