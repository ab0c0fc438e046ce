package nl.samenkracht.ingest.contacts;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Interprets the rows of one Spark scan over several files of the same shape
 * ({@link RawExportReader#scan}): follows the {@code _path} column to the file's own plan, skips
 * each file's header record and numbers the records as a user sees them (header = row 1; for a
 * converted .xlsx the sheet row it came from). This relies on multi-line CSV never being split:
 * a partition holds whole files, each in order.
 *
 * <p>Input columns: the header positions {@code selected} of the scan, then {@code _corrupt_record},
 * {@code _path} and, for .xlsx, {@code _sheetrow}.
 *
 * @param <P> the per-file plan
 */
abstract class ScanInterpreter<P> implements MapPartitionsFunction<Row, Row> {
    private final Map<String, P> plans;
    protected final int[] selected;
    private final boolean sheetRows;

    /** @param plans per file, keyed by {@link RawExport#key()} */
    ScanInterpreter(Map<String, P> plans, int[] selected, boolean sheetRows) {
        this.plans = plans;
        this.selected = selected;
        this.sheetRows = sheetRows;
    }

    /** The output row for one data record of a file, or null for none. */
    abstract Row interpret(Row raw, int row, P plan);

    /** Called when the records of another file begin. */
    void begin(P plan) {}

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        int n = selected.length;
        return new Iterator<>() {
            private Row next;
            private String lastPath;
            private P plan;
            private int records;

            @Override
            public boolean hasNext() {
                while (next == null && input.hasNext()) {
                    Row raw = input.next();
                    String path = raw.getString(n + 1);
                    if (!path.equals(lastPath)) {
                        lastPath = path;
                        plan = plans.get(key(path));
                        if (plan == null) throw new IllegalStateException("no plan for scanned file " + path + " among " + plans.keySet());
                        records = 0;
                        begin(plan);
                    }
                    records++;
                    if (records == 1) continue; // the file's header record
                    int row = sheetRows ? Integer.parseInt(raw.getString(n + 2)) : records;
                    next = interpret(raw, row, plan);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    static String key(String scannedPath) {
        Path p = scannedPath.startsWith("file:") ? Path.of(URI.create(scannedPath)) : Path.of(scannedPath);
        return p.toAbsolutePath().normalize().toString();
    }
}
