package nl.samenkracht.ingest.interviews;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a MAXQDA "Coded Segments" export (Overview of Coded Segments / Retrieved Segments exported
 * as Excel, or as a delimited text file): one row per coded segment.
 *
 * <h2>Column layout</h2>
 * Besides the columns below, the export carries administrative columns such as <i>Color, Beginning,
 * End, Weight score, Comment, Created by, Created, Modified by, Modified, Area, Coverage %</i>; which
 * appear, and in what order, depends on the MAXQDA version and export settings, so the reader never
 * relies on position and reads only:
 * <ul>
 *   <li>document: {@code Document name} (German UI: {@code Dokumentname}; also accepted:
 *       {@code Document}, {@code Dokument}, Dutch {@code Documentnaam}, {@code Document})</li>
 *   <li>document group: {@code Document group} ({@code Dokumentgruppe}; {@code Documentgroep}) — optional</li>
 *   <li>code: {@code Code}, the full path of the code</li>
 *   <li>segment text: {@code Segment}</li>
 * </ul>
 * Code paths: MAXQDA writes a subcode with its parents, {@code Behoeften\Houvast} in MAXQDA 2018/2020,
 * {@code Behoeften > Houvast} in MAXQDA 24 exports; both are split (see {@link CodePaths}).
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>"Document name", "Code" and "Segment" as the headers of a MAXQDA 24 "Coded Segments" xlsx:
 *       public R analysis scripts reading {@code MAXQDA 24 Coded Segments_allcodes.xlsx}
 *       ({@code maxqda_data$`Document name`}, {@code maxqda_data$Segment},
 *       {@code filter(Code == "RELATIONAL INTIMACY > Situational > What > Annoy / Tease")}), and a public
 *       Python pipeline reading a MAXQDA coded-segments workbook ({@code _MANUAL_DOC_COL = "Document name"},
 *       {@code _MANUAL_TEXT_COL = "Segment"}), both found with the project's code search. The second
 *       example also shows why "/" is not a level separator: the code name "Annoy / Tease" contains it.</li>
 *   <li>MAXQDA manual, "Display Coded Segments in the Document Browser"
 *       (https://www.maxqda.com/help-mx20/05-coding/visualizing-coded-segments-in-the-document-browser):
 *       the full code name with parent codes is written {@code Interests\Day-to-Day Issues}.</li>
 *   <li>MAXQDA manual (de), "Codes und Code-Memos aus einer Excel-Tabelle importieren"
 *       (https://www.maxqda.com/de/hilfe-mx22/04-codes/codes-und-code-memos-aus-einer-excel-tabelle-importieren):
 *       MAXQDA itself accepts subcodes written with {@code >} or {@code \} in a "Code" column.</li>
 *   <li>MAXQDA manual (de), "Übersicht Codings" (https://www.maxqda.com/de/hilfe-max18/coding-suche/uebersicht-codings-durch-die-segmente-blaettern)
 *       and the MAXQDA 12 tutorial on document variables: the German terms "Dokumentgruppe" and
 *       "Dokumentname". The remaining German/Dutch header spellings and the administrative columns
 *       (Beginning/Anfang, End/Ende, Coverage %/Abdeckungsgrad %, Created by/Erstellt von, Modified
 *       by/Geändert von) follow the MAXQDA UI and were not verified against an export file; they are
 *       only used to recognise the format, never required.</li>
 * </ul>
 *
 * <h2>Rows</h2>
 * The respondent is the document name unless {@link InterviewReadOptions#respondentFrom()} names a
 * column (e.g. an exported document variable). Rejected with a Dutch reason: no respondent, no code,
 * empty segment text (image/video segments have none), document groups mapping to conflicting values,
 * and CSV records whose field count does not match the header.
 */
public final class MaxqdaCodedSegmentsReader implements InterviewReader {

    // Header spellings per interface language live in MaxqdaHeaders (data); these are their unions.
    static final List<String> DOCUMENT = MaxqdaHeaders.all(MaxqdaHeaders::documentName, "Document", "Dokument");
    static final List<String> DOCUMENT_GROUP = MaxqdaHeaders.all(MaxqdaHeaders::documentGroup);
    static final List<String> CODE = MaxqdaHeaders.all(MaxqdaHeaders::code);
    static final List<String> SEGMENT = MaxqdaHeaders.all(MaxqdaHeaders::segment);
    /** Administrative columns of the export: recognised, not read. */
    static final List<String> ADMINISTRATIVE = MaxqdaHeaders.allAdministrative();

    @Override
    public InterviewReadResult read(Path file, InterviewReadOptions options) throws InterviewFormatException {
        return read(TabularFileReader.read(file), options);
    }

    InterviewReadResult read(RawTable table, InterviewReadOptions options) throws InterviewFormatException {
        boolean respondentIsDocument = options.respondentIsDocument(true);
        int documentCol = Headers.resolve(table, options, "document", DOCUMENT);
        int groupCol = Headers.resolve(table, options, "documentGroup", DOCUMENT_GROUP);
        int codeCol = Headers.resolve(table, options, "code", CODE);
        int segmentCol = Headers.resolve(table, options, "segment", SEGMENT);
        int respondentCol = respondentIsDocument ? documentCol : respondentColumn(table, options);
        if (respondentCol < 0) {
            throw Headers.missing(table, "Document name", "documentnaam = respondent");
        }
        if (codeCol < 0) {
            throw Headers.missing(table, "Code", "code");
        }
        if (segmentCol < 0) {
            throw Headers.missing(table, "Segment", "tekst van het segment");
        }
        RowSupport.AttributeColumns attrCols = RowSupport.AttributeColumns.resolve(table, options, List.of(), List.of(), List.of());
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
            List<String> codePath = CodePaths.split(row.cell(codeCol), options.codeSeparator(), CodePaths.Style.MAXQDA);
            if (codePath.isEmpty()) {
                out.reject(row.number(), RowSupport.header(table, codeCol),
                        RowSupport.empty("Geen code", RowSupport.header(table, codeCol)));
                continue;
            }
            String text = RowSupport.value(row, segmentCol);
            if (text == null) {
                out.reject(row.number(), RowSupport.header(table, segmentCol),
                        RowSupport.empty("Geen tekst", RowSupport.header(table, segmentCol))
                                + " (beeld- of videosegmenten hebben geen tekst)");
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

    static int respondentColumn(RawTable table, InterviewReadOptions options) throws InterviewFormatException {
        String wanted = options.respondentFrom();
        int idx = Headers.find(table.header(), List.of(wanted));
        if (idx < 0) {
            throw Headers.missing(table, wanted, "respondent");
        }
        return idx;
    }

    /** True when a header row looks like this export (used by {@link InterviewFormatDetector}). */
    static boolean looksLike(List<String> header) {
        boolean core = Headers.find(header, DOCUMENT) >= 0 && Headers.find(header, CODE) >= 0
                && Headers.find(header, SEGMENT) >= 0;
        if (!core) {
            return false;
        }
        // "Document name"/"Dokumentname" is distinctive; a bare "Document" also needs one of MAXQDA's
        // administrative columns, or a hand-made table (document, code, segment) would be taken for MAXQDA
        return MaxqdaHeaders.languageOf(header) != null || Headers.find(header, ADMINISTRATIVE) >= 0;
    }
}
