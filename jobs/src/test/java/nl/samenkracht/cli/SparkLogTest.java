package nl.samenkracht.cli;

import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: nothing from Spark's logging reaches a user's terminal. The jar's own log4j2.properties (the one the
 * launcher runs with; tests otherwise use log4j2-test.properties) has no console appender, and a Spark warning
 * seen on a normal run goes to the file {@link SparkLog} names, not to stderr or stdout.
 */
class SparkLogTest {
    @TempDir
    Path dir;

    @Test
    void theJarsLoggingWritesSparkWarningsToTheLogFileAndNothingToTheTerminal() throws Exception {
        URI config = getClass().getClassLoader().getResource("log4j2.properties").toURI();
        Path log = dir.resolve("samenkracht-test.log");
        String before = System.getProperty(SparkLog.PROPERTY);
        PrintStream err = System.err, out = System.out;
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        System.setProperty(SparkLog.PROPERTY, log.toString());
        System.setErr(capture);
        System.setOut(capture);
        LoggerContext ctx = new LoggerContext("jar-config", null, config);
        try {
            ctx.start();
            for (Appender a : ctx.getConfiguration().getAppenders().values())
                assertFalse(a instanceof ConsoleAppender, "a console appender: " + a.getName());
            assertFalse(Files.exists(log), "the file is made only when something is logged");
            Logger blockManager = ctx.getLogger("org.apache.spark.storage.BlockManager");
            blockManager.info("an INFO line nobody needs");
            blockManager.warn("Block rdd_5_0 already exists on this machine; not re-adding it");
            ctx.getLogger("org.apache.spark.scheduler.TaskSetManager").error("Task 0 in stage 3.0 failed 1 times");
        } finally {
            ctx.stop();
            System.setErr(err);
            System.setOut(out);
            if (before == null) System.clearProperty(SparkLog.PROPERTY);
            else System.setProperty(SparkLog.PROPERTY, before);
        }
        assertEquals("", terminal.toString(StandardCharsets.UTF_8), "nothing on the terminal");
        String written = Files.readString(log);
        assertTrue(written.contains("WARN BlockManager: Block rdd_5_0 already exists"), written);
        assertTrue(written.contains("ERROR TaskSetManager: Task 0 in stage 3.0 failed"), written);
        assertFalse(written.contains("INFO"), written);
    }

    @Test
    void theFileIsPerUserInTheTempFolderUnlessGiven() {
        Path f = SparkLog.defaultFile();
        assertNotNull(f);
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), f.getParent());
        assertTrue(f.getFileName().toString().matches("samenkracht-[A-Za-z0-9._-]+\\.log"), f.toString());
    }
}
