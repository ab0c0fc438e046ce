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
    private int stage;
    private String current;
    private long started;

    public Progress(PrintStream out, int stages) {
        this.out = out;
        this.stages = stages;
    }

    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), 1);
    }

    public void start(String name) {
        stage++;
        current = name;
        started = System.nanoTime();
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
}
