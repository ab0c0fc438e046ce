package nl.samenkracht.ingest.frontend;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.AccumulatorV2;

import java.util.HashMap;
import java.util.Map;

/**
 * The front end's own count of the rows read from the exports so far, for the progress line of a run
 * (issue 15: "rows read" must be the rows of the sources, not every record Spark reads later from
 * caches, shuffles or Parquet). A row is counted as the row accounting counts it as read: a record after
 * the header records that is not skipped as holding no data.
 *
 * <p>A Spark accumulator, so that it also counts in a cluster: each task adds, per file it read, how far
 * it got, and the driver merges a task's values when the task ends. Per file the largest count is kept,
 * not the sum: a plan that reads a file again (a recomputed partition, a second action on an uncached
 * read, a retried task) does not count its rows twice. A task reads a whole file or one part of a file read
 * line by line (keyed by the file and the part's first byte), so one task's count is that file's or part's count. Driver-side readers (interview exports) add their rows directly.
 */
public final class RowsRead extends AccumulatorV2<RowsRead.Progress, Map<String, Long>> {
    /** How far a reader got in one file: {@code rows} rows read in all. */
    public record Progress(String file, long rows) implements java.io.Serializable {}

    private final HashMap<String, Long> files = new HashMap<>();

    /** A new count, registered with the session's Spark context so that tasks can add to it. */
    public static RowsRead register(SparkSession spark) {
        RowsRead r = new RowsRead();
        spark.sparkContext().register(r, "samenkracht rows read");
        return r;
    }

    /** Rows read from the exports so far (of the tasks that have ended, and of the driver's readers). */
    public long total() {
        long n = 0;
        for (long v : value().values()) n += v;
        return n;
    }

    /** Called by a reader: {@code rows} rows of {@code file} read so far. */
    public void read(String file, long rows) {
        add(new Progress(file, rows));
    }

    @Override
    public boolean isZero() {
        synchronized (files) {
            return files.isEmpty();
        }
    }

    @Override
    public AccumulatorV2<Progress, Map<String, Long>> copy() {
        RowsRead c = new RowsRead();
        synchronized (files) {
            c.files.putAll(files);
        }
        return c;
    }

    @Override
    public void reset() {
        synchronized (files) {
            files.clear();
        }
    }

    @Override
    public void add(Progress p) {
        synchronized (files) {
            files.merge(p.file(), p.rows(), Math::max);
        }
    }

    @Override
    public void merge(AccumulatorV2<Progress, Map<String, Long>> other) {
        for (Map.Entry<String, Long> e : other.value().entrySet()) add(new Progress(e.getKey(), e.getValue()));
    }

    @Override
    public Map<String, Long> value() {
        synchronized (files) {
            return new HashMap<>(files);
        }
    }
}
