package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import java.util.List;
import java.util.Map;

/**
 * What a reader made of one file. Every input record is accounted for:
 * {@code rowsRead == segments.size() + rejects.size()} always (checked on construction).
 *
 * <p>A "record" is one row of a MAXQDA or simple-table export, one (quotation, code) pair of an
 * ATLAS.ti export (a quotation without any usable code, or rejected as a whole, counts once), and
 * one (selection, coding) pair of a {@code .qdpx} (a selection without coding counts once).
 * Rows that hold no data are not records: an empty row ({@code ;;;;}) or the header repeated is
 * counted apart in {@code skipped}, by the front end's reason ({@code RowRules}), as for every source.
 * A workbook row without any cell value is dropped by the sheet's conversion and not counted at all.
 *
 * @param skipped reason ({@link RejectReason#EMPTY_ROW}, {@link RejectReason#HEADER_ROW}) → rows
 */
public record InterviewReadResult(List<CodedSegment> segments, List<SegmentReject> rejects, int rowsRead,
                                  Map<RejectReason, Long> skipped) {
    public InterviewReadResult {
        segments = List.copyOf(segments);
        rejects = List.copyOf(rejects);
        skipped = Map.copyOf(skipped);
        if (rowsRead != segments.size() + rejects.size()) {
            throw new IllegalArgumentException("rowsRead (" + rowsRead + ") != segments (" + segments.size()
                    + ") + rejects (" + rejects.size() + ")");
        }
    }

    /** Nothing skipped. */
    public InterviewReadResult(List<CodedSegment> segments, List<SegmentReject> rejects, int rowsRead) {
        this(segments, rejects, rowsRead, Map.of());
    }
}
