package nl.samenkracht.trust;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One hostile or broken input and what must happen to it. The files are written by code into a
 * fresh study folder (named {@code folder}, or after the case) — nothing binary is committed;
 * {@link Setup#write} returns the study.yaml.
 *
 * <p>Two kinds of outcome: {@link Exits} — the command line ends with this exit code and a
 * message naming the file (and row/column where it applies); {@link Reads} — the file is read,
 * every row is accepted or rejected with a reason ({@code read == accepted + rejected}), and the
 * listed rejects are there with their row, column and reason.
 *
 * <p>To add cases for another input kind (contact logs, interviews), add a list of cases in the
 * style of {@link SurveyCorpus} and, for {@link Reads} outcomes, teach
 * {@link HostileInputCorpusTest#accounts} to read that source.
 */
public record CorpusCase(String name, String folder, Setup setup, Outcome outcome) {
    @FunctionalInterface
    public interface Setup {
        /** Writes the input files into {@code dir} and returns the text of study.yaml. */
        String write(Path dir) throws Exception;
    }

    public sealed interface Outcome permits Exits, Reads {}

    /**
     * @param args      command-line arguments after the study file (e.g. "--out", …); {@code {dir}} is replaced
     *                  by the study folder
     * @param fragments every one must occur in what the command printed
     */
    public record Exits(String command, int exitCode, List<String> fragments, List<String> args) implements Outcome {
        public Exits(String command, int exitCode, String... fragments) {
            this(command, exitCode, List.of(fragments), List.of());
        }
    }

    /**
     * @param source   which reader: "surveys" (more to come)
     * @param files    expected accounting per file (relative to the study folder)
     * @param rejects  rejects that must be present (others may follow from the same cause only if listed)
     * @param check    anything else to assert on what was read (may be null)
     */
    public record Reads(String source, Map<String, Account> files, List<Reject> rejects, Check check) implements Outcome {}

    /** @param cellIssues unreadable cells whose row was kept */
    public record Account(long read, long accepted, long rejected, Map<String, Long> byReason, long cellIssues) {
        public static Account allAccepted(long n) {
            return new Account(n, n, 0, Map.of(), 0);
        }
    }

    /** A reject that must be listed: row as the user sees it, reason, column (null = the row), a fragment of the detail. */
    public record Reject(String file, int row, String reason, String column, String detail) {}

    @FunctionalInterface
    public interface Check {
        void verify(ReadResult read) throws Exception;
    }

    /** What a {@link Reads} case produced, for extra checks. */
    public record ReadResult(nl.samenkracht.ingest.survey.SurveyData surveys, Path dir) {}

    @Override
    public String toString() {
        return name;
    }
}
