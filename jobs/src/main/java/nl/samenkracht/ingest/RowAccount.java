package nl.samenkracht.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * Row accounting of one input file: every record read is accepted or rejected, so
 * {@code read == accepted + rejected} always; cell issues are counted apart (their row was kept).
 */
public record RowAccount(String source, String file, long read, long accepted, long rejected,
                         Map<String, Long> rejectsByReason, long cellIssues) {
    public RowAccount {
        rejectsByReason = new TreeMap<>(rejectsByReason);
        if (read != accepted + rejected)
            throw new IllegalStateException("row accounting does not add up for " + file + ": " + read + " != " + accepted + " + " + rejected);
    }
}
