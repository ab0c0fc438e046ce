package nl.samenkracht.ingest.interviews;

import java.nio.file.Path;

/** Reads one export file of coded interview segments. Implementations are stateless and thread-safe. */
public interface InterviewReader {

    /**
     * @throws InterviewFormatException when the file cannot be read as this format at all (not a
     *         spreadsheet/zip, required column missing, invalid XML, size limits exceeded); problems
     *         with single records become {@link SegmentReject}s instead
     */
    InterviewReadResult read(Path file, InterviewReadOptions options) throws InterviewFormatException;
}
