package nl.samenkracht.ingest.interviews;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an ATLAS.ti quotation export (Quotation Manager, "Export to Excel"): one row per quotation,
 * all codes of the quotation in one cell. Yields one {@link CodedSegment} per (quotation, code).
 *
 * <h2>Column layout</h2>
 * <ul>
 *   <li>{@code ID}: "document:quotation", e.g. {@code 3:10} = tenth quotation created in document 3 — not read</li>
 *   <li>{@code Quotation Name} (a short name, often the start of the text) — not read</li>
 *   <li>document: {@code Document} ({@code Document Name}; German {@code Dokument})</li>
 *   <li>document groups: {@code Document Groups} ({@code Dokumentgruppen}), several groups separated
 *       by line breaks — optional</li>
 *   <li>codes: {@code Codes} (also {@code Code}), several codes separated by line breaks; ATLAS.ti has
 *       no code tree and names categories by prefix, {@code Category: Code} or {@code Category::Code},
 *       which becomes the path {@code [Category, Code]}</li>
 *   <li>text: {@code Quotation Content} ({@code Content}, {@code Zitatinhalt}, {@code Inhalt})</li>
 *   <li>{@code Comment}, {@code Reference}, {@code Created by}, {@code Created}, ... — not read</li>
 * </ul>
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>ATLAS.ti Windows manual, "Quotation Manager"
 *       (https://manuals.atlasti.com/Win/en/manual/Managers/ManagerForQuotations.html; the same text in the
 *       Mac quick tour, https://doc.atlasti.com/QuicktourMac/Managers/ManagerForQuotations.html): the
 *       quotation ID "3:10", Reference, Name, start/end/extent.</li>
 *   <li>ATLAS.ti help, "What is the Quotation Manager?"
 *       (https://atlastihelp.helpscoutdocs.com/article/155-quotation-manager): quotations are listed with
 *       their codes, comments, document name, document groups and code groups.</li>
 *   <li>The column headers {@code Quotation Content}, {@code Document Groups} and {@code Codes} (multi-line
 *       cell) follow the project brief and the ATLAS.ti Quotation Manager; they were not verified
 *       against an export file, hence the accepted alternatives above and the {@code columns} option
 *       to name the headers explicitly.</li>
 * </ul>
 *
 * <h2>Respondent</h2>
 * The document name, unless {@link InterviewReadOptions#respondentFrom()} names a column. ATLAS.ti
 * may show documents with their number ({@code D3: Interview Anna}); that prefix is removed from the
 * respondent (not from {@link CodedSegment#document()}) so the same person gets the same pseudonym
 * across exports.
 */
public final class AtlasTiQuotationReader implements InterviewReader {

    static final List<String> DOCUMENT = List.of("Document", "Document Name", "Dokument", "Documentnaam");
    static final List<String> DOCUMENT_GROUPS = List.of("Document Groups", "Document Group", "Dokumentgruppen",
            "Dokumentgruppe", "Documentgroepen");
    static final List<String> CODES = List.of("Codes", "Code");
    static final List<String> CONTENT = List.of("Quotation Content", "Content", "Zitatinhalt", "Inhalt", "Citaatinhoud");
    static final List<String> QUOTATION_SPECIFIC = List.of("Quotation Content", "Quotation Name", "Zitatinhalt", "Zitatname");

    private static final Pattern DOCUMENT_NUMBER_PREFIX = Pattern.compile("^[DP]\\s?\\d+:\\s+(.+)$", Pattern.DOTALL);
    /** Bullets some ATLAS.ti versions put before each code in the cell. */
    private static final Pattern BULLET = Pattern.compile("^(?:[\\u2022\\u25CF\\u25CB\\u25E6\\u25AA]\\s*|-\\s+)");

    @Override
    public InterviewReadResult read(Path file, InterviewReadOptions options) throws InterviewFormatException {
        return read(TabularFileReader.read(file), options);
    }

    InterviewReadResult read(RawTable table, InterviewReadOptions options) throws InterviewFormatException {
        boolean respondentIsDocument = options.respondentIsDocument(true);
        int documentCol = Headers.resolve(table, options, "document", DOCUMENT);
        int groupsCol = Headers.resolve(table, options, "documentGroup", DOCUMENT_GROUPS);
        int codesCol = Headers.resolve(table, options, "code", CODES);
        int contentCol = Headers.resolve(table, options, "segment", CONTENT);
        int respondentCol = respondentIsDocument ? documentCol : MaxqdaCodedSegmentsReader.respondentColumn(table, options);
        if (respondentCol < 0) {
            throw Headers.missing(table, "Document", "document = respondent");
        }
        if (codesCol < 0) {
            throw Headers.missing(table, "Codes", "codes");
        }
        if (contentCol < 0) {
            throw Headers.missing(table, "Quotation Content", "tekst van het citaat");
        }
        RowSupport.AttributeColumns attrCols = RowSupport.AttributeColumns.resolve(table, options, List.of(), List.of(), List.of());
        DocumentGroupMapping mapping = options.groupMapping();

        SegmentCollector out = new SegmentCollector(table.sourceFile());
        for (RawTable.Row row : table.rows()) {
            if (!RowSupport.fieldCountOk(table, row, out)) {
                continue;
            }
            String respondent = RowSupport.value(row, respondentCol);
            if (respondent != null && respondentIsDocument) {
                respondent = withoutDocumentNumber(respondent);
            }
            if (respondent == null) {
                out.reject(row.number(), RowSupport.header(table, respondentCol),
                        RowSupport.empty("Geen respondent", RowSupport.header(table, respondentCol)));
                continue;
            }
            List<String> codes = lines(row.cell(codesCol), true);
            if (codes.isEmpty()) {
                out.reject(row.number(), RowSupport.header(table, codesCol),
                        RowSupport.empty("Geen code", RowSupport.header(table, codesCol)));
                continue;
            }
            String text = RowSupport.value(row, contentCol);
            if (text == null) {
                out.reject(row.number(), RowSupport.header(table, contentCol),
                        RowSupport.empty("Geen tekst", RowSupport.header(table, contentCol)));
                continue;
            }
            List<String> groups = groupsCol < 0 ? List.of() : lines(row.cell(groupsCol), false);
            RowSupport.Attributes attrs = RowSupport.attributes(table, row, attrCols, mapping, groups, groupsCol);
            if (attrs.conflict() != null) {
                out.reject(row.number(), attrs.conflictColumn(), attrs.conflict());
                continue;
            }
            String documentGroup = groups.isEmpty() ? null : String.join("; ", groups);
            String document = RowSupport.value(row, documentCol);
            for (String code : codes) {
                List<String> path = CodePaths.split(code, options.codeSeparator(), CodePaths.Style.ATLASTI);
                out.accept(new CodedSegment(table.sourceFile(), row.number(), document, respondent, path, text,
                        attrs.wave(), attrs.location(), attrs.role(), documentGroup));
            }
        }
        return out.result();
    }

    /** Non-blank lines of a multi-line cell, distinct, in order; bullets removed from code lines. */
    static List<String> lines(String cell, boolean stripBullets) {
        Set<String> out = new LinkedHashSet<>();
        String normalised = TextDecoding.normaliseText(cell);
        if (normalised == null) {
            return List.of();
        }
        for (String line : normalised.split("\n")) {
            String l = line.strip();
            if (stripBullets) {
                l = BULLET.matcher(l).replaceFirst("").strip();
            }
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return new ArrayList<>(out);
    }

    static String withoutDocumentNumber(String document) {
        Matcher m = DOCUMENT_NUMBER_PREFIX.matcher(document);
        return m.matches() ? m.group(1).strip() : document;
    }

    /** True when a header row looks like this export (used by {@link InterviewFormatDetector}). */
    static boolean looksLike(List<String> header) {
        if (Headers.find(header, QUOTATION_SPECIFIC) >= 0) {
            return true;
        }
        // "Codes" (plural) does not occur in MAXQDA's segment export
        return Headers.has(header, "Codes") && Headers.find(header, DOCUMENT) >= 0 && Headers.find(header, CONTENT) >= 0;
    }
}
