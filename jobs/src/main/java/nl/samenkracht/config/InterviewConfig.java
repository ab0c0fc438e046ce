package nl.samenkracht.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One set of interview exports (coded segments) of the same layout, under {@code interviews:} in
 * study.yaml. Field by field in docs/config-reference.md ("interviews").
 *
 * @param id             name used in the data-quality sheet and messages
 * @param files          paths or globs relative to the study file's folder
 * @param format         auto (default) | maxqda | atlasti | qdpx | table
 * @param columns        logical column → header in the file; logical names: respondent, document,
 *                       document_group (or documentGroup), code, segment, wave, location, role. Needed
 *                       for the table format when the headers are not the usual ones; for MAXQDA and
 *                       ATLAS.ti it overrides the built-in header names
 * @param respondentFrom {@code document} (the document name is the respondent; default for the QDA
 *                       formats) or a column header / .qdpx document variable
 * @param documentGroups document-group pattern → assignments such as {@code wave:voormeting} or
 *                       {@code location:Akker, role:nieuwe collega}, in priority order (glob patterns,
 *                       or {@code regex:…})
 * @param codeSeparator  separator between code levels; default automatic ({@code \}, {@code >}, …)
 * @param wave           wave of a segment whose groups/columns give none (e.g. one interview round)
 * @param schoolYear     the school year of these interviews, e.g. 2024-2025 (required: exports carry none)
 * @param location       location of a segment whose groups/columns give none
 * @param role           role of a segment whose groups/columns give none, e.g. "nieuwe collega"
 */
public record InterviewConfig(String id, List<String> files, String format, Map<String, String> columns,
                              String respondentFrom, Map<String, String> documentGroups, String codeSeparator,
                              String wave, String schoolYear, String location, String role) {
    public InterviewConfig {
        if (files == null) files = List.of();
        if (format == null) format = "auto";
        columns = ordered(columns);
        documentGroups = ordered(documentGroups);
    }

    // Map.copyOf would lose the order, and the order of document_groups is its priority.
    private static Map<String, String> ordered(Map<String, String> m) {
        return m == null || m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
