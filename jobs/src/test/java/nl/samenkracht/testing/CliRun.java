package nl.samenkracht.testing;

import nl.samenkracht.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in this JVM ({@link Main#execute}) and captures what it prints. The
 * commands reuse the suite's SparkSession ({@link SharedSpark}) and leave it running.
 *
 * @param exitCode what the process would exit with
 * @param out      standard output
 * @param err      standard error (messages, progress)
 */
public record CliRun(int exitCode, String out, String err) {
    public static synchronized CliRun of(String... args) {
        SharedSpark.get(); // the commands take the running session instead of starting their own
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = Main.execute(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Both streams, for assertion messages. */
    public String all() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
