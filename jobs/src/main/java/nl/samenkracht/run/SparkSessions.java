package nl.samenkracht.run;

import org.apache.spark.sql.SparkSession;

/** Creates the SparkSession the pipeline runs on: embedded local[*] by default, or a cluster master. */
public final class SparkSessions {
    private SparkSessions() {}

    /**
     * Settings shared by the CLI and the tests.
     *
     * @param master           e.g. {@code local[*]} or {@code spark://host:7077}
     * @param shufflePartitions small data wants few partitions: each empty one is a task
     */
    public static SparkSession create(String master, int shufflePartitions) {
        return create(master, shufflePartitions, java.util.Map.of());
    }

    /** As {@link #create(String, int)}, with extra Spark settings that win over the defaults. */
    public static SparkSession create(String master, int shufflePartitions, java.util.Map<String, String> extra) {
        preparePlatform();
        SparkSession.Builder builder = SparkSession.builder()
                .appName("samenkracht")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                .config("spark.sql.adaptive.enabled", "true")
                .config("spark.sql.session.timeZone", "Europe/Amsterdam")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.debug.maxToStringFields", "1000")
                .config("spark.sql.sources.partitionOverwriteMode", "static")
                // Data is written partitioned by school year (a handful of values): with a writer
                // open per year a task streams its rows out instead of first sorting them all by
                // year (which spilled on a large board). Spark falls back to sorting beyond 16.
                .config("spark.sql.maxConcurrentOutputFileWriters", "16")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
        extra.forEach(builder::config);
        if (master != null && !master.isBlank()) {
            builder.master(master);
        }
        return builder.getOrCreate();
    }

    /**
     * A session for one command: the session already running in this JVM when there is one (a
     * test suite, a notebook, spark-submit with a session set up by the caller), else a new one.
     * Only a session this call created is stopped by {@link Lease#close()}: stopping someone
     * else's would kill the only SparkContext the JVM may have.
     */
    public static Lease acquire(java.util.function.Supplier<SparkSession> create) {
        scala.Option<SparkSession> active = SparkSession.getActiveSession();
        if (active.isEmpty()) active = SparkSession.getDefaultSession();
        if (active.isDefined() && !active.get().sparkContext().isStopped()) return new Lease(active.get(), false);
        return new Lease(create.get(), true);
    }

    /** A session and whether this process stage owns it (and so must stop it). */
    public record Lease(SparkSession session, boolean owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned) session.stop();
        }
    }

    /** A manifest cannot carry -D options (STACK-NOTES pitfall 2), so they are set here before Spark starts. */
    public static void preparePlatform() {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    }
}
