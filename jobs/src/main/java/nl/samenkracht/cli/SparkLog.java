package nl.samenkracht.cli;

import java.nio.file.Path;

/**
 * Where the libraries' logging goes (log4j2.properties): a file, never the user's terminal. Spark, Hadoop
 * and POI write warnings a user cannot act on ("Block rdd_5_0 already exists on this machine"); the user
 * sees Samenkracht's own lines only, and an internal error names this file next to its own details.
 */
final class SparkLog {
    /** The system property log4j2.properties reads the file name from. */
    static final String PROPERTY = "samenkracht.log";

    private SparkLog() {}

    /** Sets the file (unless already given, e.g. -Dsamenkracht.log=...), before the first logger is made. */
    static void configure() {
        if (System.getProperty(PROPERTY) == null) System.setProperty(PROPERTY, defaultFile().toString());
    }

    /** {@code <tmp>/samenkracht-<user>.log}: per user, so that another user's file never blocks the log. */
    static Path defaultFile() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "samenkracht-" + user + ".log");
    }

    /** The file in use. */
    static Path file() {
        String p = System.getProperty(PROPERTY);
        return p == null ? defaultFile() : Path.of(p);
    }
}
