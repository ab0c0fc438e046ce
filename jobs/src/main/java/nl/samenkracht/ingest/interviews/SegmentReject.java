package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;

import java.util.Objects;

/**
 * An input record that did not become a {@link CodedSegment}: why (typed, counted and worded by the
 * report), and the reader's full Dutch message for the reject's detail (it ends up in the data-quality
 * appendix a school user reads).
 *
 * @param sourceFile file name (no directories)
 * @param sourceRow  same numbering as {@link CodedSegment#sourceRow()}
 * @param column     the column (header text as in the file, or the XML element/attribute for a
 *                   {@code .qdpx}) the problem is in; null when it concerns the whole row
 * @param reason     why the record was rejected
 * @param message    Dutch, names the column, e.g. "Geen code: kolom 'Code' is leeg"
 */
public record SegmentReject(String sourceFile, int sourceRow, String column, RejectReason reason, String message) {
    public SegmentReject {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
