package nl.samenkracht.indicators.interviews;

import nl.samenkracht.ingest.interviews.InterviewIngest;
import java.util.Map;

/**
 * What the interview ingest read, for the methods text ({@code report.methods.InterviewMethods} words it).
 *
 * @param files    the number of export files read
 * @param formats  the export formats read (keys of {@code ingest.interviews.InterviewFormat}: maxqda, atlasti,
 *                 qdpx, table) with their file counts, in reading order
 * @param read     codings read (a passage with two codes counts twice)
 * @param accepted codings used
 * @param freeText whether passages are kept (privacy.include_free_text): examples are then listed
 */
public record InterviewReading(int files, Map<String, Long> formats, long read, long accepted, boolean freeText) {
    public InterviewReading {
        formats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formats));
    }

    /** Nothing read: a study without interviews. */
    public static final InterviewReading NONE = new InterviewReading(0, Map.of(), 0, 0, false);

    static InterviewReading of(InterviewIngest.Ingested in, boolean freeText) {
        long read = in.accounts().stream().mapToLong(nl.samenkracht.ingest.RowAccount::read).sum();
        long accepted = in.accounts().stream().mapToLong(nl.samenkracht.ingest.RowAccount::accepted).sum();
        return new InterviewReading(in.sources().size(), in.formats(), read, accepted, freeText);
    }
}
