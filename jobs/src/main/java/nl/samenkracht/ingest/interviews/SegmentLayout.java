package nl.samenkracht.ingest.interviews;

import java.util.List;
import java.util.function.Predicate;

/**
 * A tabular export format of coded segments, described as data: which headers hold the document,
 * its group(s), the code(s) and the segment text, how codes are written, whether a cell holds one
 * value or one per line, and how the format is recognised. One loop ({@link SegmentRows}) reads
 * every such format; a new format (or a new interface language, see {@link MaxqdaHeaders}) is one
 * more description, not another reader.
 *
 * @param format              the format this describes
 * @param name                what the terminal, run.json and inputs.csv call a file of this layout
 * @param document            header spellings of the document name, in priority order
 * @param documentGroup       of the document group(s)
 * @param code                of the code (path)
 * @param segment             of the segment text
 * @param respondent          of an explicit respondent column; used when the document is not the respondent by default
 * @param wave                default header spellings of explicit attribute columns (the plain table only)
 * @param location            see wave
 * @param role                see wave
 * @param documentIsRespondent without {@code respondent_from}, the document name is the respondent
 * @param documentHeader      the document header named when it is missing, and what it is for
 * @param codeHeader          the code header named when it is missing, and what it is for
 * @param segmentHeader       the segment header named when it is missing, and what it is for
 * @param codeStyle           how a code path is split
 * @param oneValuePerLine     code and group cells hold one value per line (ATLAS.ti: a quotation with several codes)
 * @param documentNumbered    document names carry a number prefix to drop ("D3: Interview Anna")
 * @param noTextHint          added to the reason when a segment has no text
 * @param recognises          true for a header row of this format ({@code format: auto})
 */
record SegmentLayout(InterviewFormat format, String name, List<String> document, List<String> documentGroup, List<String> code,
                     List<String> segment, List<String> respondent, List<String> wave, List<String> location, List<String> role,
                     boolean documentIsRespondent, Named documentHeader, Named codeHeader, Named segmentHeader,
                     CodePaths.Style codeStyle, boolean oneValuePerLine, boolean documentNumbered, String noTextHint,
                     Predicate<List<String>> recognises) {

    /** A header as named in a "column not found" message, and what it is for (terminal text: English). */
    record Named(String header, String purpose) {}

    /**
     * MAXQDA "Coded Segments" (Overview of Coded Segments / Retrieved Segments as Excel or text): one
     * row per coded segment. Header spellings per interface language are in {@link MaxqdaHeaders};
     * code paths are written {@code Behoeften\Houvast} (2018/2020) or {@code Behoeften > Houvast} (24).
     * Administrative columns (Color, Beginning, End, Weight score, …) are recognised, never read.
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
     */
    static final SegmentLayout MAXQDA = new SegmentLayout(InterviewFormat.MAXQDA, "MAXQDA coded segments",
            MaxqdaHeaders.all(MaxqdaHeaders::documentName, "Document", "Dokument"),
            MaxqdaHeaders.all(MaxqdaHeaders::documentGroup), MaxqdaHeaders.all(MaxqdaHeaders::code),
            MaxqdaHeaders.all(MaxqdaHeaders::segment), List.of(), List.of(), List.of(), List.of(), true,
            new Named("Document name", "document name = respondent"), new Named("Code", "code"),
            new Named("Segment", "segment text"), CodePaths.Style.MAXQDA, false, false,
            " (beeld- of videosegmenten hebben geen tekst)", SegmentLayout::looksLikeMaxqda);

    /**
     * ATLAS.ti quotation export (Quotation Manager → Export → Excel/CSV): one row per quotation, all its
     * codes in one cell, one per line (some versions put a bullet before each); document names may
     * carry their number ("D3: …").
     */
    static final SegmentLayout ATLASTI = new SegmentLayout(InterviewFormat.ATLASTI, "ATLAS.ti quotations",
            List.of("Document", "Document Name", "Dokument", "Documentnaam"),
            List.of("Document Groups", "Document Group", "Dokumentgruppen", "Dokumentgruppe", "Documentgroepen"),
            List.of("Codes", "Code"), List.of("Quotation Content", "Content", "Zitatinhalt", "Inhalt", "Citaatinhoud"),
            List.of(), List.of(), List.of(), List.of(), true,
            new Named("Document", "document = respondent"), new Named("Codes", "codes"),
            new Named("Quotation Content", "quotation text"), CodePaths.Style.ATLASTI, true, true, "",
            SegmentLayout::looksLikeAtlasTi);

    /** A hand-made table: respondent, code, segment text and optionally document, group, wave, location, role. */
    static final SegmentLayout TABLE = new SegmentLayout(InterviewFormat.TABLE, "plain table of coded segments",
            List.of("document", "interview", "documentnaam", "document name"), List.of("documentgroep", "document group", "groep"),
            List.of("code"), List.of("segment", "tekst", "text", "fragment", "citaat", "quote"),
            List.of("respondent", "deelnemer", "participant", "geïnterviewde", "naam"),
            List.of("wave", "meting"), List.of("location", "locatie", "vestiging"), List.of("role", "rol", "functie"), false,
            new Named("document", "document = respondent"), new Named("code", "code"),
            new Named("segment", "segment text"), CodePaths.Style.TABLE, false, false, "", header -> true);

    /** The layout's name for a file with this header: MAXQDA's with its interface language ("MAXQDA coded segments (Polish)"). */
    String nameFor(List<String> header) {
        MaxqdaHeaders language = format == InterviewFormat.MAXQDA ? MaxqdaHeaders.languageOf(header) : null;
        return language == null ? name : name + " (" + language.languageName() + ")";
    }

    /** In the order {@code format: auto} tries them: the most specific first. */
    static final List<SegmentLayout> ALL = List.of(ATLASTI, MAXQDA, TABLE);

    static SegmentLayout of(InterviewFormat format) {
        for (SegmentLayout l : ALL) if (l.format() == format) return l;
        throw new IllegalArgumentException("no tabular layout for " + format);
    }

    /** Headers found only in ATLAS.ti's quotation export. */
    static final List<String> ATLASTI_QUOTATION = List.of("Quotation Content", "Quotation Name", "Zitatinhalt", "Zitatname");

    private static boolean looksLikeAtlasTi(List<String> header) {
        if (Headers.find(header, ATLASTI_QUOTATION) >= 0) return true;
        // "Codes" (plural) does not occur in MAXQDA's segment export
        return Headers.has(header, "Codes") && Headers.find(header, ATLASTI.document()) >= 0
                && Headers.find(header, ATLASTI.segment()) >= 0;
    }

    private static boolean looksLikeMaxqda(List<String> header) {
        boolean core = Headers.find(header, MAXQDA.document()) >= 0 && Headers.find(header, MAXQDA.code()) >= 0
                && Headers.find(header, MAXQDA.segment()) >= 0;
        if (!core) return false;
        // "Document name"/"Dokumentname" is distinctive; a bare "Document" also needs one of MAXQDA's
        // administrative columns, or a hand-made table (document, code, segment) would be taken for MAXQDA
        return MaxqdaHeaders.languageOf(header) != null || Headers.find(header, MaxqdaHeaders.allAdministrative()) >= 0;
    }
}
