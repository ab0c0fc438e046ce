package nl.samenkracht.ingest.interviews;

import java.nio.file.Path;

/**
 * Entry point for the ingest stage: picks the reader for {@link InterviewReadOptions#format()}
 * (detecting it for {@code auto}) and reads the file, parsing a sheet or CSV only once.
 */
public final class InterviewReaders {
    private InterviewReaders() {}

    /** The reader for a concrete format. */
    public static InterviewReader forFormat(InterviewFormat format) {
        return switch (format) {
            case MAXQDA -> new MaxqdaCodedSegmentsReader();
            case ATLASTI -> new AtlasTiQuotationReader();
            case QDPX -> new QdpxReader();
            case TABLE -> new SimpleTableReader();
            case AUTO -> throw new IllegalArgumentException("AUTO is not a concrete format; use read() or detect first");
        };
    }

    public static InterviewReadResult read(Path file, InterviewReadOptions options) throws InterviewFormatException {
        InterviewFormat format = options.formatType();
        boolean qdpxName = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdpx");
        if (format == InterviewFormat.AUTO && qdpxName) {
            format = InterviewFormatDetector.detect(file); // checks it is a zip before the reader opens it
        }
        if (format == InterviewFormat.QDPX) {
            return new QdpxReader().read(file, options);
        }
        RawTable table = TabularFileReader.read(file);
        if (format == InterviewFormat.AUTO) {
            format = InterviewFormatDetector.detect(table.header());
        }
        return switch (format) {
            case MAXQDA -> new MaxqdaCodedSegmentsReader().read(table, options);
            case ATLASTI -> new AtlasTiQuotationReader().read(table, options);
            case TABLE -> new SimpleTableReader().read(table, options);
            default -> throw new IllegalStateException("unexpected format " + format);
        };
    }
}
