package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RowRules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one row loop for every tabular segment export ({@link SegmentLayout}): finds the described
 * columns (a configured header wins and must exist), then per row a coded segment or a reject with
 * a Dutch reason (it is shown in the report): a row that does not fit the header, no respondent, no code,
 * no text, document groups that map to conflicting values. A row without data (empty, or the header
 * repeated) is skipped and counted by the front end's rule ({@link RowRules}), looking at the columns read.
 */
final class SegmentRows {
    private static final Pattern DOCUMENT_NUMBER_PREFIX = Pattern.compile("^[DP]\\s?\\d+:\\s+(.+)$", Pattern.DOTALL);
    /** Bullets some ATLAS.ti versions put before each code in the cell. */
    private static final Pattern BULLET = Pattern.compile("^(?:[\\u2022\\u25CF\\u25CB\\u25E6\\u25AA]\\s*|-\\s+)");

    private SegmentRows() {}

    static InterviewReadResult read(RawTable table, SegmentLayout layout, InterviewReadOptions options) throws InterviewFormatException {
        int documentCol = Headers.resolve(table, options, "document", layout.document());
        int groupCol = Headers.resolve(table, options, "documentGroup", layout.documentGroup());
        int codeCol = Headers.resolve(table, options, "code", layout.code());
        int segmentCol = Headers.resolve(table, options, "segment", layout.segment());
        boolean respondentIsDocument = options.respondentIsDocument(layout.documentIsRespondent());
        int respondentCol;
        if (respondentIsDocument) {
            respondentCol = documentCol;
            if (respondentCol < 0) throw Headers.missing(table, layout.documentHeader().header(), layout.documentHeader().purpose());
        } else if (options.respondentFrom() == null) {
            respondentCol = Headers.resolve(table, options, "respondent", layout.respondent());
            if (respondentCol < 0) throw Headers.missing(table, "respondent", "respondent");
        } else {
            respondentCol = respondentColumn(table, options);
        }
        if (codeCol < 0) throw Headers.missing(table, layout.codeHeader().header(), layout.codeHeader().purpose());
        if (segmentCol < 0) throw Headers.missing(table, layout.segmentHeader().header(), layout.segmentHeader().purpose());
        RowSupport.AttributeColumns attrCols = RowSupport.AttributeColumns.resolve(table, options, layout.wave(),
                layout.location(), layout.role());
        DocumentGroupMapping mapping = options.groupMapping();

        SegmentCollector out = new SegmentCollector(table.sourceFile());
        int[] read = java.util.stream.IntStream.of(documentCol, groupCol, codeCol, segmentCol, respondentCol, attrCols.wave(),
                attrCols.location(), attrCols.role()).filter(i -> i >= 0).distinct().sorted().toArray();
        String[] header = table.header().toArray(new String[0]);
        for (RawTable.Row row : table.rows()) {
            // the front end's one rule for rows without data, as for surveys and contact logs
            String[] cells = row.cells().toArray(new String[0]);
            RejectReason noData = RowRules.noData(cells, read, header, RowSupport.fits(table, row), RowRules.allBlank(cells));
            if (noData != null) {
                out.skip(noData);
                continue;
            }
            if (!RowSupport.fieldCountOk(table, row, out)) continue;
            String respondent = RowSupport.value(row, respondentCol);
            if (respondent != null && respondentIsDocument && layout.documentNumbered()) respondent = withoutDocumentNumber(respondent);
            if (respondent == null) {
                out.reject(row.number(), RowSupport.header(table, respondentCol), RejectReason.NO_RESPONDENT,
                        RowSupport.empty("Geen respondent", RowSupport.header(table, respondentCol)));
                continue;
            }
            List<List<String>> paths = new ArrayList<>();
            if (layout.oneValuePerLine()) {
                for (String code : lines(row.cell(codeCol), true)) paths.add(CodePaths.split(code, options.codeSeparator(), layout.codeStyle()));
            } else {
                List<String> path = CodePaths.split(row.cell(codeCol), options.codeSeparator(), layout.codeStyle());
                if (!path.isEmpty()) paths.add(path);
            }
            if (paths.isEmpty()) {
                out.reject(row.number(), RowSupport.header(table, codeCol), RejectReason.NO_CODE, RowSupport.empty("Geen code", RowSupport.header(table, codeCol)));
                continue;
            }
            String text = RowSupport.value(row, segmentCol);
            if (text == null) {
                out.reject(row.number(), RowSupport.header(table, segmentCol), RejectReason.NO_TEXT,
                        RowSupport.empty("Geen tekst", RowSupport.header(table, segmentCol)) + layout.noTextHint());
                continue;
            }
            List<String> groups;
            if (layout.oneValuePerLine()) {
                groups = groupCol < 0 ? List.of() : lines(row.cell(groupCol), false);
            } else {
                String group = RowSupport.value(row, groupCol);
                groups = group == null ? List.of() : List.of(group);
            }
            RowSupport.Attributes attrs = RowSupport.attributes(table, row, attrCols, mapping, groups, groupCol);
            if (attrs.conflict() != null) {
                out.reject(row.number(), attrs.conflictColumn(), RejectReason.CONFLICTING_DOCUMENT_GROUPS, attrs.conflict());
                continue;
            }
            String documentGroup = groups.isEmpty() ? null : String.join("; ", groups);
            String document = RowSupport.value(row, documentCol);
            for (List<String> path : paths)
                out.accept(new CodedSegment(table.sourceFile(), row.number(), document, respondent, path, text,
                        attrs.wave(), attrs.location(), attrs.role(), documentGroup));
        }
        return out.result();
    }

    static int respondentColumn(RawTable table, InterviewReadOptions options) throws InterviewFormatException {
        String wanted = options.respondentFrom();
        int idx = Headers.find(table.header(), List.of(wanted));
        if (idx < 0) throw Headers.missing(table, wanted, "respondent");
        return idx;
    }

    /** Non-blank lines of a multi-line cell, distinct, in order; bullets removed from code lines. */
    static List<String> lines(String cell, boolean stripBullets) {
        Set<String> out = new LinkedHashSet<>();
        String normalised = TextDecoding.normaliseText(cell);
        if (normalised == null) return List.of();
        for (String line : normalised.split("\n")) {
            String l = line.strip();
            if (stripBullets) l = BULLET.matcher(l).replaceFirst("").strip();
            if (!l.isEmpty()) out.add(l);
        }
        return new ArrayList<>(out);
    }

    static String withoutDocumentNumber(String document) {
        Matcher m = DOCUMENT_NUMBER_PREFIX.matcher(document);
        return m.matches() ? m.group(1).strip() : document;
    }
}
