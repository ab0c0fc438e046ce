package nl.samenkracht.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * Row accounting of one input file: every record read is accepted, rejected or an incomplete
 * questionnaire submission (not finished, or nothing answered: counted apart, neither used nor a
 * reject), so {@code read == accepted + rejected + incomplete} always; cell issues are counted apart (their row was kept), and
 * so are the rows skipped as no data at all (an empty row Excel leaves as {@code ;;;;}, the header
 * repeated mid-file when two exports were pasted together): they are not part of {@code read}.
 * Made by {@link nl.samenkracht.ingest.frontend.RowAccounting}.
 */
public record RowAccount(String source, String file, long read, long accepted, long rejected,
                         Map<String, Long> rejectsByReason, long cellIssues, Map<String, Long> cellIssuesByReason,
                         long skipped, Map<String, Long> skippedByReason, long incomplete, Map<String, Long> incompleteByReason) {
    public RowAccount {
        rejectsByReason = new TreeMap<>(rejectsByReason);
        cellIssuesByReason = new TreeMap<>(cellIssuesByReason);
        skippedByReason = new TreeMap<>(skippedByReason);
        incompleteByReason = new TreeMap<>(incompleteByReason);
        if (read != accepted + rejected + incomplete)
            throw new IllegalStateException("row accounting does not add up for " + file + ": " + read + " != " + accepted + " + "
                    + rejected + " + " + incomplete);
    }

    /** No incomplete submissions (every source but surveys). */
    public RowAccount(String source, String file, long read, long accepted, long rejected, Map<String, Long> rejectsByReason,
                      long cellIssues, Map<String, Long> cellIssuesByReason, long skipped, Map<String, Long> skippedByReason) {
        this(source, file, read, accepted, rejected, rejectsByReason, cellIssues, cellIssuesByReason, skipped, skippedByReason, 0, Map.of());
    }

    /** Nothing skipped. */
    public RowAccount(String source, String file, long read, long accepted, long rejected, Map<String, Long> rejectsByReason,
                      long cellIssues, Map<String, Long> cellIssuesByReason) {
        this(source, file, read, accepted, rejected, rejectsByReason, cellIssues, cellIssuesByReason, 0, Map.of());
    }

    /** Without cell issues by reason (sources that count them only in total). */
    public RowAccount(String source, String file, long read, long accepted, long rejected, Map<String, Long> rejectsByReason,
                      long cellIssues) {
        this(source, file, read, accepted, rejected, rejectsByReason, cellIssues, Map.of());
    }
}
