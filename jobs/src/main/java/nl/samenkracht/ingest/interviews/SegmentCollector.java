package nl.samenkracht.ingest.interviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects segments and rejects of one file; the record count follows from both, so nothing goes missing. */
final class SegmentCollector {
    private final String sourceFile;
    private final List<CodedSegment> segments = new ArrayList<>();
    private final List<SegmentReject> rejects = new ArrayList<>();
    private final Map<String, Long> skipped = new TreeMap<>();

    SegmentCollector(String sourceFile) {
        this.sourceFile = sourceFile;
    }

    String sourceFile() {
        return sourceFile;
    }

    void accept(CodedSegment segment) {
        segments.add(segment);
    }

    void reject(int row, String column, String reason) {
        rejects.add(new SegmentReject(sourceFile, row, column, reason));
    }

    /** A row that holds no data, with the front end's reason: counted apart, not a record. */
    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    InterviewReadResult result() {
        return new InterviewReadResult(segments, rejects, segments.size() + rejects.size(), skipped);
    }
}
