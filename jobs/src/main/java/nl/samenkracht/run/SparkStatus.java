package nl.samenkracht.run;

import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Spark is doing right now, in one line for the progress ticker: the running stages with
 * their finished and total tasks (from the status tracker, which Spark keeps for its UI and which
 * is cheap to poll), and the input records read by the tasks finished since {@link #watch} (a
 * listener adds up each finished task's input metrics; a running task's rows show when it ends).
 */
public final class SparkStatus extends SparkListener implements AutoCloseable {
    static final int MAX_STAGES_SHOWN = 3;

    private final SparkSession spark;
    private final AtomicLong rowsRead = new AtomicLong();

    private SparkStatus(SparkSession spark) {
        this.spark = spark;
    }

    /** Starts counting on this session until {@link #close()}. */
    public static SparkStatus watch(SparkSession spark) {
        SparkStatus s = new SparkStatus(spark);
        spark.sparkContext().addSparkListener(s);
        return s;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) rowsRead.addAndGet(end.taskMetrics().inputMetrics().recordsRead());
    }

    /** Input records read by finished tasks since {@link #watch}. */
    public long rowsRead() {
        return rowsRead.get();
    }

    /** e.g. "Spark stage 12: 3/8 tasks; 4,198 rows read", or "reading files on the driver; …" when no stage runs. */
    public String describe() {
        SparkStatusTracker tracker = spark.sparkContext().statusTracker();
        int[] active = tracker.getActiveStageIds();
        Arrays.sort(active);
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int id : active) {
            SparkStageInfo info = tracker.getStageInfo(id).getOrElse(() -> null);
            if (info == null) continue;
            // Concurrent ingests can run many stages at once: the line stays one line.
            if (shown == MAX_STAGES_SHOWN) {
                b.append(" and ").append(active.length - shown).append(" more");
                break;
            }
            if (b.length() > 0) b.append(", ");
            b.append(String.format(Locale.ROOT, "Spark stage %d: %d/%d tasks", id, info.numCompletedTasks(), info.numTasks()));
            shown++;
        }
        if (b.length() == 0) b.append("no Spark stage running (work on the driver)");
        return b + String.format(Locale.ROOT, "; %,d rows read", rowsRead.get());
    }

    @Override
    public void close() {
        spark.sparkContext().removeSparkListener(this);
    }
}
