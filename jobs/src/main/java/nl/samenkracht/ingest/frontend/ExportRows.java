package nl.samenkracht.ingest.frontend;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.CsvStructure;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The record steps of the front end, inside the Spark tasks: follows the {@code _path} column to each
 * file's own plan, skips its header records, gives every record the row number a user sees, decodes
 * the cells ({@link Decoding}), notes a record that does not fit the header, and hands the
 * {@link RawRecord} to the source's {@link RecordInterpreter}. A partition holds parts of files, each
 * read in order (a whole file, or a split of a file read line by line); the record index of a split's first
 * record comes from the file's {@link CsvStructure.LineStarts}, so row numbers are those of a whole read.
 */
final class ExportRows<P> implements MapPartitionsFunction<Row, Row> {
    /** What the record steps need of one file. */
    record FileRead<P>(int width, int headerRecords, CsvStructure.RowNumbers rowNumbers, CsvStructure.LineStarts lineStarts,
                       Decoding decoding, char delimiter, int leadingColumns, P plan, String[] header) implements Serializable {}

    private final Map<String, FileRead<P>> files;
    private final int[] selected;
    private final boolean sheetRows;
    private final RecordInterpreter<P> interpreter;
    /** The run's count of rows read, or null. */
    private final RowsRead rowsRead;

    /**
     * @param files    per file, keyed by {@link Export#key()}
     * @param rowsRead where the rows read are counted (the progress line), or null
     */
    ExportRows(Map<String, FileRead<P>> files, int[] selected, boolean sheetRows, RecordInterpreter<P> interpreter, RowsRead rowsRead) {
        this.files = files;
        this.selected = selected;
        this.sheetRows = sheetRows;
        this.interpreter = interpreter;
        this.rowsRead = rowsRead;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        int n = selected.length;
        return new Iterator<>() {
            private final List<Row> buffer = new ArrayList<>(4);
            private int at;
            private String lastPath;
            private long lastBlock = -1;
            private FileRead<P> file;
            private long records;
            /** Rows of the current file read (not header records, not skipped): as the row accounting counts read. */
            private long counted;

            @Override
            public boolean hasNext() {
                while (at >= buffer.size() && input.hasNext()) {
                    buffer.clear();
                    at = 0;
                    Row raw = input.next();
                    String path = raw.getString(n + 1);
                    long block = raw.getLong(n + 2);
                    if (!path.equals(lastPath) || block != lastBlock) {
                        count();
                        lastPath = path;
                        lastBlock = block;
                        counted = 0;
                        file = files.get(key(path));
                        if (file == null) throw new IllegalStateException("no plan for scanned file " + path + " among " + files.keySet());
                        records = firstRecord(file, path, block);
                        interpreter.begin(file.plan());
                    }
                    long index = records++;
                    if (index < file.headerRecords()) continue;
                    int row = sheetRows ? Integer.parseInt(raw.getString(n + 3)) : file.rowNumbers().row(index);
                    RawRecord rec = record(raw, row);
                    RejectReason skip = skipReason(rec, raw.isNullAt(n) ? null : raw.getString(n), file, selected);
                    if (skip != null) interpreter.skip(rec, file.plan(), skip, buffer);
                    else {
                        interpreter.interpret(rec, file.plan(), buffer);
                        counted++;
                    }
                }
                if (at < buffer.size()) return true;
                count();
                return false;
            }

            /** The current file's rows so far to the run's count (its value reaches the driver when the task ends). */
            private void count() {
                // per part of a file: a file read line by line may be split over tasks
                if (rowsRead != null && lastPath != null) rowsRead.read(lastBlock > 0 ? key(lastPath) + "@" + lastBlock : key(lastPath), counted);
            }

            private RawRecord record(Row raw, int row) {
                String[] cells = new String[file.width()];
                for (int j = 0; j < n; j++) if (!raw.isNullAt(j)) cells[selected[j]] = file.decoding().cell(raw.getString(j));
                int fields = -1, breaks = 0;
                if (!raw.isNullAt(n)) {
                    String corrupt = raw.getString(n);
                    fields = fieldCount(corrupt, file.delimiter()) - file.leadingColumns();
                    for (int i = 0; i < corrupt.length(); i++) if (corrupt.charAt(i) == '\n') breaks++;
                }
                return new RawRecord(row, cells, fields, breaks, file.width());
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return buffer.get(at++);
            }
        };
    }

    /** The index of the first record of the part of a file that starts at byte {@code block}. */
    static long firstRecord(FileRead<?> file, String path, long block) {
        if (block == 0) return 0;
        if (file.lineStarts() == null) throw new IllegalStateException("a file read whole was split: " + path);
        try {
            return file.lineStarts().recordsBefore(Path.of(key(path)), block);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot find the first record of a split of " + path, e);
        }
    }

    /** Why a record is no data at all, or null: the front end's one rule ({@link RowRules#noData}) on Spark's record. */
    static RejectReason skipReason(RawRecord rec, String corrupt, FileRead<?> file, int[] selected) {
        return RowRules.noData(rec.cells(), selected, file.header(), rec.fits(),
                corrupt != null && RowRules.onlySeparators(corrupt, file.delimiter()));
    }

    /** Fields of a raw record Spark marked as malformed, to say how it differs from the header. */
    static int fieldCount(String record, char delimiter) {
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) fields++;
        }
        return fields;
    }

    static String key(String scannedPath) {
        Path p = scannedPath.startsWith("file:") ? Path.of(URI.create(scannedPath)) : Path.of(scannedPath);
        return p.toAbsolutePath().normalize().toString();
    }
}
