package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects segments and rejects of one file; the record count follows from both, so nothing goes missing. */
final class SegmentCollector {
    private final String sourceFile;
    private final List<CodedSegment> segments = new ArrayList<>();
    private final List<SegmentReject> rejects = new ArrayList<>();
    private final Map<RejectReason, Long> skipped = new EnumMap<>(RejectReason.class);

    SegmentCollector(String sourceFile) {
        this.sourceFile = sourceFile;
    }

    String sourceFile() {
        return sourceFile;
    }

    void accept(CodedSegment segment) {
        segments.add(segment);
    }

    void reject(int row, String column, RejectReason reason, String message) {
        rejects.add(new SegmentReject(sourceFile, row, column, reason, message));
    }

    /** A row that holds no data, with the front end's reason: counted apart, not a record. */
    void skip(RejectReason reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    InterviewReadResult result() {
        return new InterviewReadResult(segments, rejects, segments.size() + rejects.size(), skipped);
    }
}
