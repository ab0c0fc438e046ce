package nl.samenkracht.testing;

import nl.samenkracht.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in this JVM ({@link Main#execute}) and captures what it prints. The
 * commands reuse the suite's SparkSession ({@link SharedSpark}) and leave it running.
 *
 * @param exitCode what the process would exit with
 * @param out      standard output
 * @param err      standard error (messages, progress)
 */
public record CliRun(int exitCode, String out, String err) {
    /**
     * {@code -Dcli.jar=PATH}: every command runs instead in a new JVM on that jar (an older build, e.g. the
     * baseline's {@code jobs/target/samenkracht.jar}), so the same cases and checks show which of them that
     * build fails (see jobs/src/test/resources/corpus/README.md). Unset: in this JVM.
     */
    public static final String JAR = System.getProperty("cli.jar", "");
    /** With {@link #JAR}: the java binary ({@code -Dcli.java}), extra JVM options ({@code -Dcli.jvm}, space-separated, e.g.
     *  that build's AOT cache) and the minutes a command may take ({@code -Dcli.minutes}, default 10). */
    private static final String JAVA = System.getProperty("cli.java", ""), JVM = System.getProperty("cli.jvm", "");
    private static final long MINUTES = Long.getLong("cli.minutes", 10);

    public static synchronized CliRun of(String... args) {
        if (!JAR.isBlank()) return ofJar(Path.of(JAR), args);
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

    /** The command in a new JVM on {@code jar}, with the launcher's JVM options; at most {@link #MINUTES}. */
    static CliRun ofJar(Path jar, String... args) {
        try {
            Path out = Files.createTempFile("cli-out-", ".txt"), err = Files.createTempFile("cli-err-", ".txt");
            String java = !JAVA.isBlank() ? JAVA : ProcessHandle.current().info().command().orElse("java");
            List<String> cmd = new ArrayList<>(List.of(java, "-XX:+IgnoreUnrecognizedVMOptions", "-Xmx1g", "-XX:+UseParallelGC",
                    "-Djava.awt.headless=true", "-Dio.netty.tryReflectionSetAccessible=true"));
            if (!JVM.isBlank()) cmd.addAll(List.of(JVM.strip().split("\\s+")));
            cmd.addAll(List.of("-jar", jar.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                return new CliRun(-1, Files.readString(out), Files.readString(err) + "\n(killed after " + MINUTES + " minutes)");
            }
            CliRun r = new CliRun(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Both streams, for assertion messages. */
    public String all() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
