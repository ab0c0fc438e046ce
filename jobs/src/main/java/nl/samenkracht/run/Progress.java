package nl.samenkracht.run;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Stage-by-stage progress on the terminal, and the timings that go into run.json. */
public final class Progress {
    private final PrintStream out;
    private final int stages;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private final Map<String, Double> steps = new LinkedHashMap<>();
    private final Map<String, Double> stepCpu = new LinkedHashMap<>();
    private long stepCpuStarted = processCpu();
    private int stage;
    private String current;
    private long started;
    private long stepStarted;
    private boolean showSteps;

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

    public void start(String name) {
        stage++;
        current = name;
        started = System.nanoTime();
        stepStarted = started;
        out.printf(Locale.ROOT, "[%d/%d] %s ...%n", stage, stages, name);
        out.flush();
    }

    /** Ends the current stage with a one-line summary (row counts). */
    public void done(String summary) {
        double s = (System.nanoTime() - started) / 1e9;
        timings.put(current, Math.round(s * 1000) / 1000.0);
        out.printf(Locale.ROOT, "      %s (%.1f s)%n", summary, s);
        out.flush();
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
        if (showSteps) {
            out.printf(Locale.ROOT, "        %-40s %6.2f s%n", name, s);
            out.flush();
        }
    }

    public void info(String line) {
        out.println("      " + line);
        out.flush();
    }

    public void warn(String line) {
        out.println("      warning: " + line);
        out.flush();
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
