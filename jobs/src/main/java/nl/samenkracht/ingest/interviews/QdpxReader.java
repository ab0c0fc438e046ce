package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a REFI-QDA project exchange file ({@code .qdpx}), the vendor-neutral export of MAXQDA, ATLAS.ti,
 * NVivo, QualCoder and others: a zip with {@code project.qde} (XML, namespace
 * {@code urn:QDA-XML:project:1.0}) and the source texts under {@code sources/}.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>{@code CodeBook/Codes/Code}: nested {@code Code} elements (attributes {@code guid}, {@code name})
 *       give the code path, e.g. Code "Behoeften" containing Code "Houvast" -> {@code [Behoeften, Houvast]}.</li>
 *   <li>{@code Sources/TextSource} ({@code name}; text in {@code plainTextPath="internal://file.txt"},
 *       resolved to {@code sources/file.txt} in the zip, or inline in {@code PlainTextContent}); the
 *       text {@code Representation} of a {@code PDFSource} likewise.</li>
 *   <li>{@code PlainTextSelection} ({@code startPosition}, {@code endPosition}: zero-based, end
 *       exclusive, counted in Unicode code points — QualCoder writes {@code text[pos0:pos1]} of a Python
 *       string) with {@code Coding/CodeRef targetGUID}: one segment per (selection, coding). A
 *       {@code Coding} directly on a source codes the whole text.</li>
 *   <li>{@code Sets/Set} with {@code MemberSource targetGUID}: the document groups of a source, mapped to
 *       wave/location/role by {@link InterviewReadOptions#documentGroupTo()}.</li>
 *   <li>{@code Variables/Variable} and a source's {@code VariableValue}: document variables, used when
 *       {@code respondentFrom} or {@code columns.wave/location/role} name one.</li>
 * </ul>
 * {@code Users} carry the coders' names, which {@link CodedSegment} does not keep; they are not read.
 * Picture, audio, video and PDF-area selections are not text: each is counted and rejected with a reason.
 *
 * <h2>Safety</h2>
 * The XML is parsed with DTDs disallowed and external entities, DTDs and schemas off (no XXE, no
 * entity expansion). Zip entries are read through a byte budget: an entry larger than
 * {@link Limits#maxEntryBytes()}, a total over {@link Limits#maxTotalBytes()} or more than
 * {@link Limits#maxEntries()} entries stops with an {@link InterviewFormatException} — counted on the
 * bytes actually inflated, not on the (forgeable) sizes in the zip directory.
 *
 * <h2>Source</h2>
 * REFI-QDA Project schema {@code Project.xsd} v1.0 (urn:QDA-XML:project:1.0, REFI, 18 March 2019,
 * MIT licence; https://www.qdasoftware.org), read from QualCoder's embedded copy; REFI-QDA standard 1.5
 * (https://www.qdasoftware.org/wp-content/uploads/2019/09/REFI-QDA-1-5.pdf).
 */
public final class QdpxReader implements InterviewReader {

    static final String NS = "urn:QDA-XML:project:1.0";

    /**
     * Zip-bomb limits for one {@code .qdpx}.
     *
     * @param maxEntries    most entries the zip may list
     * @param maxEntryBytes most uncompressed bytes of one entry that is read
     * @param maxTotalBytes most uncompressed bytes read from the whole file
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        /** 10,000 entries, 64 MiB per entry, 256 MiB in total: far above any interview project's text. */
        public static final Limits DEFAULT = new Limits(10_000, 64L << 20, 256L << 20);

        public Limits {
            if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private final Limits limits;

    public QdpxReader() {
        this(Limits.DEFAULT);
    }

    public QdpxReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public InterviewReadResult read(Path file, InterviewReadOptions options) throws InterviewFormatException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InterviewFormatException(name + ": file not found, or not a file");
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxEntries()) {
                throw new InterviewFormatException(name + ": holds " + zip.size() + " files; the limit is "
                        + limits.maxEntries() + " (a zip bomb?); the file was not read");
            }
            Budget budget = new Budget(zip, name, limits);
            ZipEntry qde = findProjectEntry(zip, name);
            Element project = parseProject(budget.read(qde), name, qde.getName());
            return new ProjectReader(project, budget, name, qde.getName(), options).read();
        } catch (ZipException e) {
            // the zip library's message is jargon ("zip END header not found"): not passed on
            throw new InterviewFormatException(name + ": not a valid .qdpx file (not a readable zip archive)", e);
        } catch (IOException e) {
            throw new InterviewFormatException(name + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static ZipEntry findProjectEntry(ZipFile zip, String name) throws InterviewFormatException {
        List<ZipEntry> rootQde = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            String n = e.getName();
            if (!e.isDirectory() && !n.contains("/") && n.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                if (n.equalsIgnoreCase("project.qde")) {
                    return e;
                }
                rootQde.add(e);
            }
        }
        if (rootQde.size() == 1) {
            return rootQde.get(0);
        }
        throw new InterviewFormatException(name + ": holds no project.qde; is this a REFI-QDA project (.qdpx)?");
    }

    /** Reads zip entries within the limits, counting inflated bytes. */
    static final class Budget {
        private final ZipFile zip;
        private final String fileName;
        private final Limits limits;
        private final Map<String, ZipEntry> byLowerName = new HashMap<>();
        private long total;

        Budget(ZipFile zip, String fileName, Limits limits) {
            this.zip = zip;
            this.fileName = fileName;
            this.limits = limits;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byLowerName.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e);
            }
        }

        ZipEntry find(String entryName) {
            ZipEntry e = zip.getEntry(entryName);
            return e != null ? e : byLowerName.get(entryName.toLowerCase(Locale.ROOT));
        }

        byte[] read(ZipEntry entry) throws IOException, InterviewFormatException {
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw tooLarge(entry);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                byte[] chunk = new byte[8192];
                long count = 0;
                int r;
                while ((r = in.read(chunk)) != -1) {
                    count += r;
                    total += r;
                    if (count > limits.maxEntryBytes()) {
                        throw tooLarge(entry);
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw new InterviewFormatException(fileName + ": unpacks to more than "
                                + megabytes(limits.maxTotalBytes()) + " (a zip bomb?); stopped at '"
                                + entry.getName() + "'; the file was not read");
                    }
                    buf.write(chunk, 0, r);
                }
                return buf.toByteArray();
            }
        }

        private InterviewFormatException tooLarge(ZipEntry entry) {
            return new InterviewFormatException(fileName + ": '" + entry.getName() + "' unpacks to more than "
                    + megabytes(limits.maxEntryBytes()) + " (a zip bomb?); the file was not read");
        }

        private static String megabytes(long bytes) {
            return bytes >= (1L << 20) ? (bytes >> 20) + " MB" : bytes + " bytes";
        }
    }

    static Element parseProject(byte[] xml, String fileName, String entryName) throws InterviewFormatException {
        Document doc;
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                // without a handler the JDK parser also prints "[Fatal Error] ..." to stderr
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            // the parser's own message may quote the document's text: only the place is given
            String doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? "; a DOCTYPE declaration is not allowed" : "";
            throw new InterviewFormatException(fileName + ": '" + entryName + "' is not valid XML (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ")" + doctype, e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new InterviewFormatException(fileName + ": '" + entryName + "' is not valid XML", e);
        }
        Element root = doc.getDocumentElement();
        if (!NS.equals(root.getNamespaceURI()) || !"Project".equals(root.getLocalName())) {
            throw new InterviewFormatException(fileName + ": '" + entryName + "' is no REFI-QDA project: "
                    + "expected <Project xmlns=\"" + NS + "\">, found <" + root.getNodeName() + "> in namespace "
                    + (root.getNamespaceURI() == null ? "(none)" : "'" + root.getNamespaceURI() + "'"));
        }
        return root;
    }

    /** JDK parser (not whatever a dependency registers) with DTDs and every external access off. */
    static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    // ----------------------------------------------------------------------------------------------

    /** Walks one parsed project. */
    private static final class ProjectReader {
        private final Element project;
        private final Budget budget;
        private final String fileName;
        private final String entryName;
        private final InterviewReadOptions options;
        private final SegmentCollector out;
        private final DocumentGroupMapping mapping;
        private final Map<String, List<String>> codePaths = new HashMap<>();
        private final Map<String, String> variableNames = new HashMap<>();
        private final Map<String, List<String>> setsOfSource = new HashMap<>();
        private int ordinal;

        ProjectReader(Element project, Budget budget, String fileName, String entryName, InterviewReadOptions options) {
            this.project = project;
            this.budget = budget;
            this.fileName = fileName;
            this.entryName = entryName;
            this.options = options;
            this.out = new SegmentCollector(fileName);
            this.mapping = options.groupMapping();
        }

        InterviewReadResult read() throws IOException, InterviewFormatException {
            Element codeBook = child(project, "CodeBook");
            Element codes = codeBook == null ? null : child(codeBook, "Codes");
            if (codes != null) {
                for (Element code : children(codes, "Code")) {
                    collectCodes(code, List.of());
                }
            }
            Element variables = child(project, "Variables");
            if (variables != null) {
                for (Element v : children(variables, "Variable")) {
                    variableNames.put(guid(v.getAttribute("guid")), v.getAttribute("name"));
                }
            }
            checkVariableOptions();
            Element sets = child(project, "Sets");
            if (sets != null) {
                for (Element set : children(sets, "Set")) {
                    for (Element member : children(set, "MemberSource")) {
                        setsOfSource.computeIfAbsent(guid(member.getAttribute("targetGUID")), k -> new ArrayList<>())
                                .add(set.getAttribute("name"));
                    }
                }
            }
            Element sources = child(project, "Sources");
            if (sources != null) {
                for (Element source : children(sources, null)) {
                    switch (source.getLocalName()) {
                        case "TextSource" -> textSource(source, source);
                        case "PDFSource" -> {
                            Element representation = child(source, "Representation");
                            if (representation != null) {
                                textSource(representation, source);
                            }
                            rejectNonText(source, "PDFSelection");
                        }
                        case "PictureSource" -> rejectNonText(source, "PictureSelection");
                        case "AudioSource", "VideoSource" -> {
                            rejectNonText(source, source.getLocalName().replace("Source", "Selection"));
                            for (Element transcript : children(source, "Transcript")) {
                                rejectNonText(transcript, "TranscriptSelection");
                            }
                        }
                        default -> { }
                    }
                }
            }
            return out.result();
        }

        private void collectCodes(Element code, List<String> parent) {
            List<String> path = new ArrayList<>(parent);
            String n = code.getAttribute("name").strip();
            path.add(n.isEmpty() ? "(naamloos)" : n);
            codePaths.put(guid(code.getAttribute("guid")), List.copyOf(path));
            for (Element sub : children(code, "Code")) {
                collectCodes(sub, path);
            }
        }

        /** A variable named in the options must exist in the project: a typo is a config error, not N rejects. */
        private void checkVariableOptions() throws InterviewFormatException {
            List<String> wanted = new ArrayList<>();
            if (!options.respondentIsDocument(true)) {
                wanted.add(options.respondentFrom());
            }
            for (String logical : List.of("wave", "location", "role")) {
                if (options.column(logical) != null) {
                    wanted.add(options.column(logical));
                }
            }
            for (String w : wanted) {
                boolean found = variableNames.values().stream().anyMatch(v -> Headers.normalise(v).equals(Headers.normalise(w)));
                if (!found) {
                    throw new InterviewFormatException(fileName + ": document variable '" + w + "' not found in '" + entryName
                            + "'; the variables are " + (variableNames.isEmpty() ? "(none)" : String.join(", ", variableNames.values())));
                }
            }
        }

        /**
         * @param textSource element of TextSourceType (a TextSource, or a PDF's Representation)
         * @param owner      the source element carrying guid/name (the same element for a TextSource)
         */
        private void textSource(Element textSource, Element owner) throws IOException, InterviewFormatException {
            List<Element> selections = children(textSource, "PlainTextSelection");
            List<Element> wholeCodings = children(textSource, "Coding");
            if (selections.isEmpty() && wholeCodings.isEmpty()) {
                return;
            }
            String document = blankToNull(owner.getAttribute("name"));
            String sourceGuid = guid(owner.getAttribute("guid"));
            Map<String, String> variables = variableValues(owner);
            String respondent = options.respondentIsDocument(true) ? document : variable(variables, options.respondentFrom());
            String respondentColumn = options.respondentIsDocument(true) ? "name" : options.respondentFrom();
            List<String> groups = setsOfSource.getOrDefault(sourceGuid, List.of());
            RowSupport.Attributes attrs = RowSupport.resolve(mapping.apply(groups),
                    variable(variables, options.column("wave")), variable(variables, options.column("location")),
                    variable(variables, options.column("role")), "Set");
            String documentGroup = groups.isEmpty() ? null : String.join("; ", groups);
            SourceText text = sourceText(textSource);

            for (Element sel : selections) {
                int row = ++ordinal;
                List<Element> codings = children(sel, "Coding");
                if (respondent == null) {
                    out.reject(row, respondentColumn, RejectReason.NO_RESPONDENT, "Geen respondent: " + (options.respondentIsDocument(true)
                            ? "bron zonder naam" : "documentvariabele '" + respondentColumn + "' is leeg"));
                    continue;
                }
                if (codings.isEmpty()) {
                    out.reject(row, "Coding", RejectReason.NO_CODE, "Geen code: selectie zonder codering in '" + document + "'");
                    continue;
                }
                if (text.problem() != null) {
                    out.reject(row, text.problemColumn(), RejectReason.SOURCE_TEXT_MISSING, text.problem());
                    continue;
                }
                String selected;
                try {
                    selected = slice(text.text(), sel.getAttribute("startPosition"), sel.getAttribute("endPosition"));
                } catch (IllegalArgumentException e) {
                    out.reject(row, "startPosition/endPosition", RejectReason.INVALID_SELECTION, e.getMessage() + " in '" + document + "'");
                    continue;
                }
                emit(row, codings, TextDecoding.normaliseText(selected), document, respondent, attrs, documentGroup);
            }
            if (!wholeCodings.isEmpty()) {
                int row = ++ordinal;
                if (respondent == null) {
                    out.reject(row, respondentColumn, RejectReason.NO_RESPONDENT, "Geen respondent: bron zonder naam");
                } else if (text.problem() != null) {
                    out.reject(row, text.problemColumn(), RejectReason.SOURCE_TEXT_MISSING, text.problem());
                } else {
                    emit(row, wholeCodings, TextDecoding.normaliseText(text.text()), document, respondent, attrs, documentGroup);
                }
            }
        }

        private void emit(int row, List<Element> codings, String text, String document, String respondent,
                RowSupport.Attributes attrs, String documentGroup) {
            if (text == null || text.isEmpty()) {
                out.reject(row, "PlainTextSelection", RejectReason.NO_TEXT, "Geen tekst: de selectie in '" + document + "' is leeg");
                return;
            }
            if (attrs.conflict() != null) {
                out.reject(row, attrs.conflictColumn(), RejectReason.CONFLICTING_DOCUMENT_GROUPS, attrs.conflict());
                return;
            }
            for (Element coding : codings) {
                Element ref = child(coding, "CodeRef");
                String target = ref == null ? "" : ref.getAttribute("targetGUID");
                List<String> path = codePaths.get(guid(target));
                if (path == null) {
                    out.reject(row, "CodeRef", RejectReason.UNKNOWN_CODE, "Onbekende code-verwijzing '" + target
                            + "': staat niet in het codeboek (CodeBook)");
                    continue;
                }
                out.accept(new CodedSegment(fileName, row, document, respondent, path, text,
                        attrs.wave(), attrs.location(), attrs.role(), documentGroup));
            }
        }

        private void rejectNonText(Element source, String selectionElement) {
            String document = source.getAttribute("name");
            for (Element sel : children(source, selectionElement)) {
                out.reject(++ordinal, selectionElement, RejectReason.NOT_A_TEXT_SELECTION, "Geen tekstselectie (" + selectionElement + " in '" + document
                        + "'): alleen tekst wordt ingelezen");
            }
        }

        private record SourceText(String text, String problem, String problemColumn) {}

        private SourceText sourceText(Element textSource) throws IOException, InterviewFormatException {
            Element inline = child(textSource, "PlainTextContent");
            if (inline != null) {
                return new SourceText(inline.getTextContent(), null, null);
            }
            String path = textSource.getAttribute("plainTextPath");
            if (path.isBlank()) {
                return new SourceText(null, "Brontekst ontbreekt: geen PlainTextContent en geen plainTextPath", "plainTextPath");
            }
            if (!path.startsWith("internal://")) {
                return new SourceText(null, "Brontekst '" + path + "' staat buiten het .qdpx-bestand; exporteer het "
                        + "project met de bronbestanden erin", "plainTextPath");
            }
            String inner = path.substring("internal://".length());
            ZipEntry entry = budget.find("sources/" + inner);
            if (entry == null) {
                entry = budget.find(inner);
            }
            if (entry == null || entry.isDirectory()) {
                return new SourceText(null, "Brontekst '" + path + "' ontbreekt in het .qdpx-bestand", "plainTextPath");
            }
            return new SourceText(TextDecoding.decode(budget.read(entry)).text(), null, null);
        }

        private Map<String, String> variableValues(Element source) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Element vv : children(source, "VariableValue")) {
                Element ref = child(vv, "VariableRef");
                String varName = ref == null ? null : variableNames.get(guid(ref.getAttribute("targetGUID")));
                if (varName == null) {
                    continue;
                }
                for (Element value : children(vv, null)) {
                    if (!"VariableRef".equals(value.getLocalName())) {
                        values.put(Headers.normalise(varName), value.getTextContent());
                        break;
                    }
                }
            }
            return values;
        }

        private static String variable(Map<String, String> values, String name) {
            if (name == null) {
                return null;
            }
            return blankToNull(TextDecoding.normaliseText(values.get(Headers.normalise(name))));
        }
    }

    /** Substring by zero-based, end-exclusive code-point positions. */
    static String slice(String text, String start, String end) {
        int s;
        int e;
        try {
            s = Integer.parseInt(start.strip());
            e = Integer.parseInt(end.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Ongeldige selectie: startPosition='" + start + "', endPosition='" + end + "'");
        }
        int length = text.codePointCount(0, text.length());
        if (s < 0 || e < s || e > length) {
            throw new IllegalArgumentException("Ongeldige selectie: startPosition=" + s + ", endPosition=" + e
                    + " valt buiten de tekst (" + length + " tekens)");
        }
        int from = text.offsetByCodePoints(0, s);
        int to = text.offsetByCodePoints(from, e - s);
        return text.substring(from, to);
    }

    /** GUIDs may be written with or without braces and in either case (GUIDType in the schema). */
    static String guid(String g) {
        String s = g == null ? "" : g.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Child elements in the project namespace, all of them when {@code localName} is null. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }
}
