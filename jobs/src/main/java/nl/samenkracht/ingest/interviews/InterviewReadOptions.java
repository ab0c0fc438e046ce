package nl.samenkracht.ingest.interviews;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How to read one interview export; the {@code study.yaml} entry of an interview file maps onto this.
 *
 * @param format          {@code auto} (default), {@code maxqda}, {@code atlasti}, {@code qdpx} or {@code table}
 * @param columns         logical column -> header text in the file. Logical names:
 *                        {@code respondent, document, documentGroup, code, segment, wave, location, role}.
 *                        Required for the {@code table} format unless the headers are the usual ones
 *                        (see {@link SegmentLayout#TABLE}); for MAXQDA/ATLAS.ti it overrides the built-in
 *                        header names, and {@code wave/location/role} name extra columns (e.g. exported
 *                        document variables) whose values win over the document-group mapping. For a
 *                        {@code .qdpx}, {@code wave/location/role} name document variables.
 * @param respondentFrom  {@code document} (the document name is the respondent; default for the QDA
 *                        formats) or a column header ({@code .qdpx}: a document variable name). Null
 *                        means the format's default ({@code table}: the {@code respondent} column).
 * @param documentGroupTo group-name pattern -> assignments such as {@code wave:voormeting}, in
 *                        priority order; see {@link DocumentGroupMapping}
 * @param codeSeparator   separator between code levels; null means automatic (see {@link CodePaths})
 */
public record InterviewReadOptions(
        String format,
        Map<String, String> columns,
        String respondentFrom,
        Map<String, String> documentGroupTo,
        String codeSeparator) {

    /** {@link #respondentFrom()} value meaning "the document name is the respondent". */
    public static final String RESPONDENT_FROM_DOCUMENT = "document";

    /** Logical column names accepted as keys of {@link #columns()}. */
    public static final Set<String> LOGICAL_COLUMNS =
            Set.of("respondent", "document", "documentGroup", "code", "segment", "wave", "location", "role");

    public InterviewReadOptions {
        format = InterviewFormat.fromKey(format).key();
        columns = ordered(columns);
        for (String key : columns.keySet()) {
            if (!LOGICAL_COLUMNS.contains(key)) {
                throw new IllegalArgumentException("columns: unknown key '" + key + "'; valid are "
                        + "respondent, document, documentGroup, code, segment, wave, location, role");
            }
        }
        respondentFrom = respondentFrom == null || respondentFrom.isBlank() ? null : respondentFrom.strip();
        documentGroupTo = ordered(documentGroupTo);
        DocumentGroupMapping.parse(documentGroupTo); // validate early: bad config is reported before reading
        codeSeparator = codeSeparator == null || codeSeparator.isEmpty() ? null : codeSeparator;
    }

    /** Automatic format, built-in column names, document = respondent, no group mapping. */
    public static InterviewReadOptions defaults() {
        return new InterviewReadOptions("auto", Map.of(), null, Map.of(), null);
    }

    public InterviewFormat formatType() {
        return InterviewFormat.fromKey(format);
    }

    public InterviewReadOptions withFormat(String newFormat) {
        return new InterviewReadOptions(newFormat, columns, respondentFrom, documentGroupTo, codeSeparator);
    }

    /** The configured header for a logical column, or null. */
    public String column(String logical) {
        return columns.get(logical);
    }

    /** True when the respondent is the document name (explicitly, or by default for this format). */
    boolean respondentIsDocument(boolean defaultIsDocument) {
        return respondentFrom == null ? defaultIsDocument : RESPONDENT_FROM_DOCUMENT.equalsIgnoreCase(respondentFrom);
    }

    DocumentGroupMapping groupMapping() {
        return DocumentGroupMapping.parse(documentGroupTo);
    }

    // Map.copyOf would lose the order, and the order of documentGroupTo is its priority.
    private static Map<String, String> ordered(Map<String, String> m) {
        return m == null || m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
