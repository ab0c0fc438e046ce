package nl.samenkracht.run;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Stage-by-stage progress on the terminal, and the timings that go into run.json. While a stage
 * runs, a daemon thread ({@link #tick}) prints a line every {@link #TICK_MILLIS} ms with the time
 * since the stage began and what is going on (the Spark stage and rows read, from {@link SparkActivity#describe()}),
 * so a long step never looks stuck. Everything goes to the stream given (the CLI: stderr).
 */
public final class Progress implements AutoCloseable {
    /** How often a running stage says where it is. */
    static final long TICK_MILLIS = 5_000;

    private final PrintStream out;
    private final int stages;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private final Map<String, Double> steps = new LinkedHashMap<>();
    private final Map<String, Double> stepCpu = new LinkedHashMap<>();
    private long stepCpuStarted = processCpu();
    private int stage;
    private volatile String current;
    private volatile long started;
    /** When the ticker last printed, or anything else did (a tick never follows another line at once). */
    private volatile long lastLine = System.nanoTime();
    private volatile boolean running;
    private long stepStarted;
    private boolean showSteps;
    private Thread ticker;

    public Progress(PrintStream out, int stages) {
        this.out = out;
        this.stages = stages;
    }

    /** Also print each step's time as it ends (run --timings); they are always in run.json. */
    public Progress showSteps(boolean show) {
        this.showSteps = show;
        return this;
    }

    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), 1);
    }

    /**
     * Starts the progress line: every {@code everyMillis} ms while a stage runs (and nothing else was
     * printed in that time), {@code "      … 12 s  <status>"}. Stopped by {@link #close()}.
     */
    public synchronized Progress tick(Supplier<String> status, long everyMillis) {
        if (ticker != null) return this;
        ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(Math.max(10, everyMillis / 5));
                    long now = System.nanoTime();
                    if (!running || now - lastLine < everyMillis * 1_000_000L) continue;
                    String what = status.get();
                    line(String.format(Locale.ROOT, "      … %d s  %s", Math.round((now - started) / 1e9), what == null ? "" : what));
                }
            } catch (InterruptedException e) {
                // closed
            }
        }, "samenkracht-progress");
        ticker.setDaemon(true); // never keeps the JVM alive
        ticker.start();
        return this;
    }

    /** The progress line every {@link #TICK_MILLIS} ms. */
    public Progress tick(Supplier<String> status) {
        return tick(status, TICK_MILLIS);
    }

    @Override
    public synchronized void close() {
        running = false;
        if (ticker != null) {
            ticker.interrupt();
            try {
                ticker.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticker = null;
        }
    }

    public void start(String name) {
        stage++;
        current = name;
        started = System.nanoTime();
        stepStarted = started;
        running = true;
        line(String.format(Locale.ROOT, "[%d/%d] %s ...", stage, stages, name));
    }

    /** Ends the current stage with a one-line summary (row counts). */
    public void done(String summary) {
        running = false;
        double s = (System.nanoTime() - started) / 1e9;
        timings.put(current, Math.round(s * 1000) / 1000.0);
        line(String.format(Locale.ROOT, "      %s (%.1f s)", summary, s));
    }

    /** One line, whole (the ticker thread and the pipeline never interleave inside a line). */
    private void line(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
        lastLine = System.nanoTime();
    }

    /**
     * Ends a step inside the current stage: the time since the stage or the previous step began,
     * under "stage / name" (a name used twice adds up). This is how a run shows where its time
     * goes (ingest, each Spark stage, rendering) without a profiler.
     */
    public void step(String name) {
        long now = System.nanoTime();
        double s = (now - stepStarted) / 1e9;
        stepStarted = now;
        steps.merge(current + " / " + name, Math.round(s * 1000) / 1000.0, (a, b) -> Math.round((a + b) * 1000) / 1000.0);
        long cpu = processCpu();
        double c = (cpu - stepCpuStarted) / 1e9;
        stepCpuStarted = cpu;
        stepCpu.merge(current + " / " + name, Math.round(c * 100) / 100.0, (a, b) -> Math.round((a + b) * 100) / 100.0);
        if (showSteps) line(String.format(Locale.ROOT, "        %-40s %6.2f s", name, s));
    }

    public void info(String line) {
        line("      " + line);
    }

    public void warn(String line) {
        line("      warning: " + line);
    }

    public Map<String, Double> timings() {
        return timings;
    }

    public Map<String, Double> steps() {
        return steps;
    }

    /**
     * CPU seconds of the whole process (driver, Spark's task threads, JIT, GC) per step: on a
     * shared machine wall time grows with the load, CPU time much less, so this is what compares
     * one version of a stage with another. Steps that run at once share their CPU.
     */
    public Map<String, Double> stepCpu() {
        return stepCpu;
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }
}
