package nl.samenkracht.ingest;

import nl.samenkracht.canonical.RejectReason;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Row accounting of one input file: every record read is accepted, rejected or an incomplete
 * questionnaire submission (not finished, or nothing answered: counted apart, neither used nor a
 * reject), so {@code read == accepted + rejected + incomplete} always; cell issues are counted apart (their row was kept), and
 * so are the rows skipped as no data at all (an empty row Excel leaves as {@code ;;;;}, the header
 * repeated mid-file when two exports were pasted together): they are not part of {@code read}.
 * Every count by reason is keyed by the typed {@link RejectReason} (in its declaration order); the
 * report words it. Made by {@link nl.samenkracht.ingest.frontend.RowAccounting}.
 */
public record RowAccount(String source, String file, long read, long accepted, long rejected,
                         Map<RejectReason, Long> rejectsByReason, long cellIssues, Map<RejectReason, Long> cellIssuesByReason,
                         long skipped, Map<RejectReason, Long> skippedByReason, long incomplete, Map<RejectReason, Long> incompleteByReason) {
    public RowAccount {
        rejectsByReason = copy(rejectsByReason);
        cellIssuesByReason = copy(cellIssuesByReason);
        skippedByReason = copy(skippedByReason);
        incompleteByReason = copy(incompleteByReason);
        if (read != accepted + rejected + incomplete)
            throw new IllegalStateException("row accounting does not add up for " + file + ": " + read + " != " + accepted + " + "
                    + rejected + " + " + incomplete);
    }

    /** No incomplete submissions (every source but surveys). */
    public RowAccount(String source, String file, long read, long accepted, long rejected, Map<RejectReason, Long> rejectsByReason,
                      long cellIssues, Map<RejectReason, Long> cellIssuesByReason, long skipped, Map<RejectReason, Long> skippedByReason) {
        this(source, file, read, accepted, rejected, rejectsByReason, cellIssues, cellIssuesByReason, skipped, skippedByReason, 0, Map.of());
    }

    /** Nothing skipped. */
    public RowAccount(String source, String file, long read, long accepted, long rejected, Map<RejectReason, Long> rejectsByReason,
                      long cellIssues, Map<RejectReason, Long> cellIssuesByReason) {
        this(source, file, read, accepted, rejected, rejectsByReason, cellIssues, cellIssuesByReason, 0, Map.of());
    }

    /** Without cell issues by reason (sources that count them only in total). */
    public RowAccount(String source, String file, long read, long accepted, long rejected, Map<RejectReason, Long> rejectsByReason,
                      long cellIssues) {
        this(source, file, read, accepted, rejected, rejectsByReason, cellIssues, Map.of());
    }

    private static Map<RejectReason, Long> copy(Map<RejectReason, Long> byReason) {
        Map<RejectReason, Long> m = new EnumMap<>(RejectReason.class);
        m.putAll(byReason);
        return Collections.unmodifiableMap(m);
    }
}
