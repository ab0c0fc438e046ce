package nl.samenkracht.testing;

import nl.samenkracht.run.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the whole test suite (local[2], 2 shuffle partitions, UI off). Only one
 * SparkContext may live per JVM, and starting one costs seconds, so every Spark test takes this one
 * and none stops it; the JVM's exit ends it.
 */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {}

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.create("local[2]", 2);
        }
        return session;
    }
}
