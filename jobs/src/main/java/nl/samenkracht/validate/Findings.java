package nl.samenkracht.validate;

import nl.samenkracht.cli.ExitCodes;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything {@code validate} found, collected before anything is printed, so the report lists ALL
 * problems at once, and the exit code follows from the worst of them.
 */
final class Findings {
    /** One file as it was read: a line for the file and its row counts, then the details. */
    record FileLine(String source, String label, String description, RowTally tally) {}

    private final List<FileLine> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    void file(String source, String label, String description, RowTally tally) {
        files.add(new FileLine(source, label, description, tally));
    }

    void config(String where, String message) {
        problems.add(new Problem(Problem.Kind.CONFIG, where, message));
    }

    void input(String where, String message) {
        problems.add(new Problem(Problem.Kind.INPUT, where, message));
    }

    void warning(String where, String message) {
        problems.add(new Problem(Problem.Kind.WARNING, where, message));
    }

    List<Problem> problems() {
        return problems;
    }

    List<FileLine> files() {
        return files;
    }

    long count(Problem.Kind kind) {
        return grouped().stream().filter(p -> p.kind() == kind).count();
    }

    /**
     * The same problem in several files of one source (an item's column missing from every wave's
     * export) is one problem, listed once with all its files.
     */
    List<Problem> grouped() {
        java.util.Map<String, List<String>> wheres = new java.util.LinkedHashMap<>();
        java.util.Map<String, Problem> first = new java.util.LinkedHashMap<>();
        for (Problem p : problems) {
            String key = p.kind() + "\u0000" + p.message();
            first.putIfAbsent(key, p);
            wheres.computeIfAbsent(key, k -> new ArrayList<>()).add(p.where());
        }
        List<Problem> out = new ArrayList<>();
        first.forEach((key, p) -> {
            List<String> w = wheres.get(key);
            out.add(w.size() == 1 ? p : new Problem(p.kind(), String.join(", ", w), p.message()));
        });
        return out;
    }

    long rowsRejected() {
        return files.stream().filter(f -> f.tally() != null).mapToLong(f -> f.tally().rejected()).sum();
    }

    /** 2 for any config error, else 1 for an input error or more rejects than the threshold, else 0. */
    int exitCode(double rejectThreshold) {
        if (count(Problem.Kind.CONFIG) > 0) return ExitCodes.CONFIG;
        if (count(Problem.Kind.INPUT) > 0 || overThreshold(rejectThreshold)) return ExitCodes.INPUT;
        return ExitCodes.OK;
    }

    /**
     * The rows reject_threshold is a share of, as in a run: accepted + rejected. Rows of another kind
     * (incomplete questionnaire submissions) count on neither side.
     */
    long rowsSubmitted() {
        return files.stream().filter(f -> f.tally() != null).mapToLong(f -> f.tally().read - f.tally().others()).sum();
    }

    boolean overThreshold(double rejectThreshold) {
        long submitted = rowsSubmitted();
        return submitted > 0 && (double) rowsRejected() / submitted > rejectThreshold;
    }

    void print(PrintStream out, double rejectThreshold) {
        String source = null;
        for (FileLine f : files) {
            if (!f.source().equals(source)) {
                out.println(f.source());
                source = f.source();
            }
            out.println("  " + f.label() + ": " + f.description() + (f.tally() == null ? "" : "; " + f.tally().summary()));
            if (f.tally() != null) for (String d : f.tally().details()) out.println("      " + d);
        }
        List<Problem> grouped = grouped();
        if (!grouped.isEmpty()) {
            out.println();
            out.println("Problems (" + grouped.size() + "):");
            for (Problem p : grouped) out.println("  " + p);
        }
        out.println();
        long read = rowsSubmitted();
        long rejected = rowsRejected();
        long config = count(Problem.Kind.CONFIG);
        long input = count(Problem.Kind.INPUT);
        String rows = read == 0 ? "no rows read" : String.format(Locale.ROOT, "%d of %d rows would be rejected (%.1f %%, options.reject_threshold %.0f %%)",
                rejected, read, 100.0 * rejected / read, 100.0 * rejectThreshold);
        if (config + input == 0) {
            out.println((overThreshold(rejectThreshold) ? "not valid: " : "valid: ") + rows
                    + (overThreshold(rejectThreshold) ? "; a run would write its reports and exit 1" : "")
                    + (count(Problem.Kind.WARNING) > 0 ? "; " + count(Problem.Kind.WARNING) + " warning(s)" : ""));
        } else {
            out.println("not valid: " + (config > 0 ? config + " config error" + (config == 1 ? "" : "s") : "")
                    + (config > 0 && input > 0 ? ", " : "") + (input > 0 ? input + " input error" + (input == 1 ? "" : "s") : "")
                    + "; " + rows + " in the files that could be read");
        }
    }
}
