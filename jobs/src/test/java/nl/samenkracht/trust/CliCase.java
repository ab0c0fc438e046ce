package nl.samenkracht.trust;

import nl.samenkracht.testing.CliRun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One hostile input for any source, judged only by what a user sees: it is run through the command
 * line ({@code Main.execute}, in-process), so it survives any rewrite of the readers behind it.
 * The case writes its files into a fresh study folder and says
 * <ul>
 *   <li>the exit code and the key words of the message (no stack trace is checked for every case);</li>
 *   <li>the exact row accounting per file as run.json records it (read, accepted, rejected and the
 *       rejects by reason) — an empty map for a run that must write nothing;</li>
 *   <li>the planted identifiers (e-mail addresses, pupil numbers, names) that must not appear on the
 *       terminal or in any file of the output (CSV, the workbooks' XML, Parquet rows).</li>
 * </ul>
 *
 * @param command   "run" or "validate"
 * @param accounts  file (as run.json names it) → expected accounting; checked only for {@code run}
 * @param planted   identifiers that must appear nowhere
 * @param check     anything else (may be null)
 */
public record CliCase(String name, String source, Setup setup, String command, int exitCode, List<String> fragments,
                      Map<String, Count> accounts, List<String> planted, Check check) {

    @FunctionalInterface
    public interface Setup {
        /** Writes the input files into {@code dir} and returns the text of study.yaml (null: the case wrote it). */
        String write(Path dir) throws Exception;
    }

    @FunctionalInterface
    public interface Check {
        /** @param run the run folder (null when none was written), {@code cli} what was printed */
        void verify(Path dir, Path run, CliRun cli) throws Exception;
    }

    /**
     * The row accounting of one file: read = accepted + rejected, the rejects by reason, and the rows
     * skipped as no data (empty rows, a repeated header) by reason.
     */
    public record Count(long read, long accepted, long rejected, Map<String, Long> byReason, Map<String, Long> skipped) {
        public Count {
            byReason = new TreeMap<>(byReason);
            skipped = new TreeMap<>(skipped);
        }

        public Count(long read, long accepted, long rejected, Map<String, Long> byReason) {
            this(read, accepted, rejected, byReason, Map.of());
        }

        public static Count all(long n) {
            return new Count(n, n, 0, Map.of());
        }

        /** This count with {@code n} rows skipped for {@code reason}. */
        public Count skipping(String reason, long n) {
            Map<String, Long> m = new TreeMap<>(skipped);
            m.put(reason, n);
            return new Count(read, accepted, rejected, byReason, m);
        }

        /** {@code reasons}: reason, count, reason, count … */
        public static Count of(long read, long accepted, Object... reasons) {
            Map<String, Long> m = new LinkedHashMap<>();
            for (int i = 0; i < reasons.length; i += 2) m.put((String) reasons[i], ((Number) reasons[i + 1]).longValue());
            return new Count(read, accepted, read - accepted, m);
        }
    }

    /** Builder: the defaults are a run that ends 0 with nothing to check but leaks and no stack trace. */
    public static final class Builder {
        private final String name, source;
        private final Setup setup;
        private String command = "run";
        private int exit = 0;
        private final List<String> fragments = new ArrayList<>();
        private final Map<String, Count> accounts = new LinkedHashMap<>();
        private final List<String> planted = new ArrayList<>();
        private Check check;

        Builder(String source, String name, Setup setup) {
            this.source = source;
            this.name = name;
            this.setup = setup;
        }

        Builder validate() {
            command = "validate";
            return this;
        }

        Builder exits(int code, String... fragments) {
            exit = code;
            this.fragments.addAll(List.of(fragments));
            return this;
        }

        Builder says(String... fragments) {
            this.fragments.addAll(List.of(fragments));
            return this;
        }

        Builder file(String file, Count count) {
            accounts.put(file, count);
            return this;
        }

        Builder planted(String... ids) {
            planted.addAll(List.of(ids));
            return this;
        }

        Builder check(Check c) {
            check = c;
            return this;
        }

        CliCase build() {
            return new CliCase(name, source, setup, command, exit, List.copyOf(fragments), Map.copyOf(accounts), List.copyOf(planted), check);
        }
    }

    @Override
    public String toString() {
        return source + ": " + name;
    }
}
