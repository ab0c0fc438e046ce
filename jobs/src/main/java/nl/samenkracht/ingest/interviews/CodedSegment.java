package nl.samenkracht.ingest.interviews;

import java.util.List;
import java.util.Objects;

/**
 * One coded interview segment: a piece of interview text with one code applied to it.
 *
 * <p>A text passage carrying several codes yields one {@code CodedSegment} per code, so code
 * frequencies are plain row counts.
 *
 * @param sourceFile    file name (no directories) of the export the segment came from
 * @param sourceRow     1-based row in the sheet or CSV as a spreadsheet shows it (header = row 1); in a
 *                      {@code .qdpx}, the 1-based ordinal of the selection in document order
 * @param document      document (interview transcript) name as the QDA program shows it; may be null
 * @param respondent    raw respondent identifier; the pipeline pseudonymises it on ingest
 * @param codePath      hierarchical code as path segments, e.g. {@code ["Behoeften", "Houvast"]}; never empty
 * @param text          the coded text, line breaks normalised to {@code \n}, outer whitespace stripped
 * @param wave          e.g. {@code voormeting}/{@code nameting}; null when unknown
 * @param location      school location; null when unknown
 * @param role          e.g. {@code nieuwe collega}, {@code buddy}; null when unknown
 * @param documentGroup document group(s) as exported; several groups joined with {@code "; "}; may be null
 */
public record CodedSegment(
        String sourceFile,
        int sourceRow,
        String document,
        String respondent,
        List<String> codePath,
        String text,
        String wave,
        String location,
        String role,
        String documentGroup) {

    /** Separator used by {@link #code()}: MAXQDA's own, and the one study.yaml writes codes with (code:Behoeften\\Houvast). */
    public static final String PATH_SEPARATOR = "\\";

    public CodedSegment {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(text, "text");
        codePath = List.copyOf(codePath);
        if (codePath.isEmpty()) {
            throw new IllegalArgumentException("codePath must not be empty");
        }
    }

    /** The code path joined with a backslash, e.g. {@code Behoeften\Houvast}. */
    public String code() {
        return String.join(PATH_SEPARATOR, codePath);
    }
}
