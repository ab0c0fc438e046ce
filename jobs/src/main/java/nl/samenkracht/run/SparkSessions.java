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
                .config("spark.sql.sources.partitionOverwriteMode", "static")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
        extra.forEach(builder::config);
        if (master != null && !master.isBlank()) {
            builder.master(master);
        }
        return builder.getOrCreate();
    }

    /** A manifest cannot carry -D options (STACK-NOTES pitfall 2), so they are set here before Spark starts. */
    public static void preparePlatform() {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    }
}
