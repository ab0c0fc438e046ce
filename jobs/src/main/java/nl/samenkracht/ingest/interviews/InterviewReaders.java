package nl.samenkracht.ingest.interviews;

import java.nio.file.Path;

/**
 * Entry point for the ingest stage: picks the reader for {@link InterviewReadOptions#format()}
 * (detecting it for {@code auto}) and reads the file. A tabular export (MAXQDA, ATLAS.ti, plain
 * table) is opened through the ingest front end and read by the one row loop with its
 * {@link SegmentLayout}; a REFI-QDA project (.qdpx) is an XML archive with its own reader.
 */
public final class InterviewReaders {
    private InterviewReaders() {}

    /** The reader for a concrete format. */
    public static InterviewReader forFormat(InterviewFormat format) {
        return switch (format) {
            case QDPX -> new QdpxReader();
            case MAXQDA, ATLASTI, TABLE -> {
                SegmentLayout layout = SegmentLayout.of(format);
                yield (file, options) -> SegmentRows.read(SegmentTable.read(file), layout, options);
            }
            case AUTO -> throw new IllegalArgumentException("AUTO is not a concrete format; use read() or detect first");
        };
    }

    public static InterviewReadResult read(Path file, InterviewReadOptions options) throws InterviewFormatException {
        return readDetecting(file, options).result();
    }

    /**
     * What a file was read as (the concrete format, also for {@code auto}), the name of its layout as the terminal
     * and inputs.csv show it ("MAXQDA coded segments (Polish)", "REFI-QDA project"), and what was read.
     */
    public record Read(InterviewFormat format, String layout, InterviewReadResult result) {}

    /** What run.json, the terminal and inputs.csv call a REFI-QDA project. */
    static final String QDPX_LAYOUT = "REFI-QDA project";

    /**
     * Reads a file, detecting {@code auto} from the export as it is opened for reading, so that the
     * file is opened (and an .xlsx streamed to CSV) once, not once to detect and once to read.
     */
    public static Read readDetecting(Path file, InterviewReadOptions options) throws InterviewFormatException {
        InterviewFormat format = options.formatType();
        boolean qdpxName = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx");
        if (format == InterviewFormat.AUTO && qdpxName) {
            format = InterviewFormatDetector.detect(file); // checks it is a zip before the reader opens it
        }
        if (format == InterviewFormat.QDPX) {
            return new Read(format, QDPX_LAYOUT, new QdpxReader().read(file, options));
        }
        RawTable table = SegmentTable.read(file);
        SegmentLayout layout = format == InterviewFormat.AUTO ? InterviewFormatDetector.layout(table.header()) : SegmentLayout.of(format);
        return new Read(layout.format(), layout.nameFor(table.header()), SegmentRows.read(table, layout, options));
    }
}
