package nl.samenkracht.ingest.interviews;

import java.util.List;

/**
 * What a reader made of one file. Every input record is accounted for:
 * {@code rowsRead == segments.size() + rejects.size()} always (checked on construction).
 *
 * <p>A "record" is one row of a MAXQDA or simple-table export, one (quotation, code) pair of an
 * ATLAS.ti export (a quotation without any usable code, or rejected as a whole, counts once), and
 * one (selection, coding) pair of a {@code .qdpx} (a selection without coding counts once).
 * Completely empty rows are layout, not data, and are not counted.
 */
public record InterviewReadResult(List<CodedSegment> segments, List<SegmentReject> rejects, int rowsRead) {
    public InterviewReadResult {
        segments = List.copyOf(segments);
        rejects = List.copyOf(rejects);
        if (rowsRead != segments.size() + rejects.size()) {
            throw new IllegalArgumentException("rowsRead (" + rowsRead + ") != segments (" + segments.size()
                    + ") + rejects (" + rejects.size() + ")");
        }
    }
}
