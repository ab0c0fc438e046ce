package nl.samenkracht.ingest.interviews;

import java.util.Objects;

/**
 * An input record that did not become a {@link CodedSegment}, with the reason in Dutch (it ends up
 * in the data-quality appendix a school user reads).
 *
 * @param sourceFile file name (no directories)
 * @param sourceRow  same numbering as {@link CodedSegment#sourceRow()}
 * @param column     the column (header text as in the file, or the XML element/attribute for a
 *                   {@code .qdpx}) the problem is in; null when it concerns the whole row
 * @param reason     Dutch, names the column, e.g. "Geen code: kolom 'Code' is leeg"
 */
public record SegmentReject(String sourceFile, int sourceRow, String column, String reason) {
    public SegmentReject {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(reason, "reason");
    }
}
