package nl.samenkracht.run;

import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the Spark jobs and SQL executions of one run, for run.json. Each distinct query costs
 * planning and code generation in a cold JVM, so these counts are the data plane's cost model:
 * keep them low (docs/architecture.md, "Start-up, memory and speed").
 * <p>
 * Also says what Spark is doing right now, in one line for the progress ticker ({@link #describe()}):
 * the running stages with their finished and total tasks (from the status tracker, which Spark keeps
 * for its UI and which is cheap to poll). No row count: Spark's input metrics add up every record any
 * task reads (cached blocks, Parquet written back, shuffles), which is not the number of rows of the
 * study; the rows read from the exports are the front end's own count ({@code ingest.frontend.RowsRead}).
 */
public final class SparkActivity extends SparkListener implements AutoCloseable {
    private final SparkSession spark;
    private final AtomicLong jobs = new AtomicLong();
    private final AtomicLong sqlExecutions = new AtomicLong();
    private final PlanningTrace planningTrace = new PlanningTrace();
    static final int MAX_STAGES_SHOWN = 3;

    private SparkActivity(SparkSession spark) {
        this.spark = spark;
    }

    /** Starts counting on this session until {@link #close()}. */
    public static SparkActivity watch(SparkSession spark) {
        SparkActivity a = new SparkActivity(spark);
        spark.sparkContext().addSparkListener(a);
        if (TRACE) spark.listenerManager().register(a.planningTrace);
        return a;
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
    }

    /** e.g. "Spark stage 12: 3/8 tasks", or "no Spark stage running (work on the driver)". */
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
        return b.toString();
    }

    @Override
    public void onOtherEvent(SparkListenerEvent event) {
        if (event instanceof SparkListenerSQLExecutionStart start) {
            long n = sqlExecutions.incrementAndGet();
            // SAMENKRACHT_TRACE_SPARK=1: which call site started each SQL execution (a developer's aid
            // for finding the plans to fuse; never on by default).
            if (TRACE) System.err.println("spark-sql #" + n + " " + start.description() + " @ " + firstLine(start.details()));
        }
    }

    /** The counts so far; first waits (briefly) until the listener bus has delivered what was posted. */
    public Map<String, Long> counts() {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty(10_000L);
        } catch (Exception e) {
            // A bus that does not drain in 10 s only makes the counts approximate.
        }
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("jobs", jobs.get());
        m.put("sql_executions", sqlExecutions.get());
        return m;
    }

    private static final boolean TRACE = "1".equals(System.getenv("SAMENKRACHT_TRACE_SPARK"));

    /** The first call-site frame in our own code, else the first line. */
    private static String firstLine(String details) {
        if (details == null) return "";
        for (String line : details.split("\n")) if (line.contains("nl.samenkracht")) return line.strip();
        int nl = details.indexOf('\n');
        return nl < 0 ? details : details.substring(0, nl);
    }

    /**
     * SAMENKRACHT_TRACE_SPARK=1: per SQL execution the driver's planning phases (analysis,
     * optimization, physical planning) against the whole duration, and the slowest optimizer rules:
     * on a small study the driver's planning, not the data, is the cost.
     */
    static final class PlanningTrace implements org.apache.spark.sql.util.QueryExecutionListener {
        @Override
        public void onSuccess(String funcName, org.apache.spark.sql.execution.QueryExecution qe, long durationNs) {
            var tracker = qe.tracker();
            StringBuilder b = new StringBuilder("spark-plan " + funcName + " " + durationNs / 1_000_000 + " ms:");
            scala.jdk.javaapi.CollectionConverters.asJava(tracker.phases()).forEach((phase, summary) ->
                    b.append(' ').append(phase).append('=').append(summary.durationMs()));
            java.util.List<Map.Entry<String, org.apache.spark.sql.catalyst.QueryPlanningTracker.RuleSummary>> rules =
                    new java.util.ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(tracker.rules()).entrySet());
            rules.sort((x, y) -> Long.compare(y.getValue().totalTimeNs(), x.getValue().totalTimeNs()));
            b.append(" | rules");
            for (var r : rules.subList(0, Math.min(6, rules.size())))
                b.append(' ').append(r.getKey().substring(r.getKey().lastIndexOf('.') + 1)).append('=')
                        .append(r.getValue().totalTimeNs() / 1_000_000).append("ms/").append(r.getValue().numInvocations());
            b.append(" | plan lines ").append(qe.optimizedPlan().treeString().lines().count())
                    .append(" (analyzed ").append(qe.analyzed().treeString().lines().count()).append(')');
            System.err.println(b);
        }

        @Override
        public void onFailure(String funcName, org.apache.spark.sql.execution.QueryExecution qe, Exception exception) {}
    }

    @Override
    public void close() {
        if (TRACE) {
            spark.listenerManager().unregister(planningTrace);
            System.err.println("spark-rules (whole run)\n" + org.apache.spark.sql.catalyst.rules.RuleExecutor$.MODULE$.dumpTimeSpent());
        }
        spark.sparkContext().removeSparkListener(this);
    }
}
