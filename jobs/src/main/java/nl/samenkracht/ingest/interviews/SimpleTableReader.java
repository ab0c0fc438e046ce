package nl.samenkracht.ingest.interviews;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plain table of coded segments that a researcher made by hand or exported from another
 * tool: one row per (segment, code), as {@code .csv}/{@code .txt} ({@code ;}, {@code ,} or tab,
 * UTF-8 with or without BOM or Windows-1252, quoted fields with line breaks) or {@code .xlsx}.
 *
 * <p>Columns are named in {@link InterviewReadOptions#columns()} (logical name -> header). Without
 * configuration these headers are recognised (case-insensitive):
 * <ul>
 *   <li>respondent: {@code respondent, deelnemer, participant, geïnterviewde, naam}</li>
 *   <li>code: {@code code}; path levels separated by {@code \}, {@code /} or {@code >}
 *       ({@code Behoeften\Houvast}, {@code Behoeften/Houvast}, {@code Behoeften > Houvast})</li>
 *   <li>segment: {@code segment, tekst, text, fragment, citaat, quote}</li>
 *   <li>optional: {@code document, interview}; {@code documentgroep, document group, groep};
 *       {@code wave, meting}; {@code location, locatie, vestiging}; {@code role, rol, functie}</li>
 * </ul>
 * {@code respondentFrom: document} takes the respondent from the document column instead.
 */
public final class SimpleTableReader implements InterviewReader {

    static final List<String> RESPONDENT = List.of("respondent", "deelnemer", "participant", "geïnterviewde", "naam");
    static final List<String> DOCUMENT = List.of("document", "interview", "documentnaam", "document name");
    static final List<String> DOCUMENT_GROUP = List.of("documentgroep", "document group", "groep");
    static final List<String> CODE = List.of("code");
    static final List<String> SEGMENT = List.of("segment", "tekst", "text", "fragment", "citaat", "quote");
    static final List<String> WAVE = List.of("wave", "meting");
    static final List<String> LOCATION = List.of("location", "locatie", "vestiging");
    static final List<String> ROLE = List.of("role", "rol", "functie");

    @Override
    public InterviewReadResult read(Path file, InterviewReadOptions options) throws InterviewFormatException {
        return read(TabularFileReader.read(file), options);
    }

    InterviewReadResult read(RawTable table, InterviewReadOptions options) throws InterviewFormatException {
        int documentCol = Headers.resolve(table, options, "document", DOCUMENT);
        int groupCol = Headers.resolve(table, options, "documentGroup", DOCUMENT_GROUP);
        int codeCol = Headers.resolve(table, options, "code", CODE);
        int segmentCol = Headers.resolve(table, options, "segment", SEGMENT);
        int respondentCol;
        if (options.respondentFrom() == null) {
            respondentCol = Headers.resolve(table, options, "respondent", RESPONDENT);
            if (respondentCol < 0) {
                throw Headers.missing(table, "respondent", "respondent");
            }
        } else if (options.respondentIsDocument(false)) {
            respondentCol = documentCol;
            if (respondentCol < 0) {
                throw Headers.missing(table, options.column("document") != null ? options.column("document") : "document",
                        "document = respondent");
            }
        } else {
            respondentCol = MaxqdaCodedSegmentsReader.respondentColumn(table, options);
        }
        if (codeCol < 0) {
            throw Headers.missing(table, "code", "code");
        }
        if (segmentCol < 0) {
            throw Headers.missing(table, "segment", "tekst van het segment");
        }
        RowSupport.AttributeColumns attrCols = RowSupport.AttributeColumns.resolve(table, options, WAVE, LOCATION, ROLE);
        DocumentGroupMapping mapping = options.groupMapping();

        SegmentCollector out = new SegmentCollector(table.sourceFile());
        for (RawTable.Row row : table.rows()) {
            if (!RowSupport.fieldCountOk(table, row, out)) {
                continue;
            }
            String respondent = RowSupport.value(row, respondentCol);
            if (respondent == null) {
                out.reject(row.number(), RowSupport.header(table, respondentCol),
                        RowSupport.empty("Geen respondent", RowSupport.header(table, respondentCol)));
                continue;
            }
            List<String> codePath = CodePaths.split(row.cell(codeCol), options.codeSeparator(), CodePaths.Style.TABLE);
            if (codePath.isEmpty()) {
                out.reject(row.number(), RowSupport.header(table, codeCol),
                        RowSupport.empty("Geen code", RowSupport.header(table, codeCol)));
                continue;
            }
            String text = RowSupport.value(row, segmentCol);
            if (text == null) {
                out.reject(row.number(), RowSupport.header(table, segmentCol),
                        RowSupport.empty("Geen tekst", RowSupport.header(table, segmentCol)));
                continue;
            }
            String group = RowSupport.value(row, groupCol);
            List<String> groups = group == null ? List.of() : List.of(group);
            RowSupport.Attributes attrs = RowSupport.attributes(table, row, attrCols, mapping, groups, groupCol);
            if (attrs.conflict() != null) {
                out.reject(row.number(), attrs.conflictColumn(), attrs.conflict());
                continue;
            }
            out.accept(new CodedSegment(table.sourceFile(), row.number(), RowSupport.value(row, documentCol),
                    respondent, codePath, text, attrs.wave(), attrs.location(), attrs.role(), group));
        }
        return out.result();
    }
}
