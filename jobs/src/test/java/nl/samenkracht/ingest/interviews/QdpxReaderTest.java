package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project is {@code interviews/qdpx/project.qde} + {@code sources/sanne.txt}, zipped at test time.
 * Selection positions in it were computed with Python ({@code text.index(sub)}, {@code + len(sub)}:
 * code points); the expected texts below are the substrings those positions were computed from.
 */
class QdpxReaderTest {
    private static final String FILE = "onboarding.qdpx";
    private static final String NS = "xmlns=\"urn:QDA-XML:project:1.0\"";

    @TempDir
    Path dir;

    static Map<String, String> groupMapping() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Voormeting", "wave:voormeting");
        m.put("Nameting", "wave:nameting");
        m.put("Bovenbouw vmbo", "location:Bovenbouw vmbo");
        m.put("Onderbouw havo", "location:Onderbouw havo");
        m.put("Nieuwe collega*", "role:nieuwe collega");
        return m;
    }

    @Test
    void readsSelectionsCodingsSetsAndRejects() throws Exception {
        Path file = InterviewFixtures.qdpx(dir.resolve(FILE));
        InterviewReadResult r = new QdpxReader().read(file,
                new InterviewReadOptions("qdpx", Map.of(), null, groupMapping(), null));

        String sanne = "Voormeting; Bovenbouw vmbo; Nieuwe collega's";
        String houvast = "Ik had behoefte aan houvast en structuur.";
        assertEquals(List.of(
                // code points, not UTF-16 units: the emoji before it would shift a UTF-16 slice by one
                new CodedSegment(FILE, 1, "Interview Sanne", "Interview Sanne", List.of("Ervaringen", "In het diepe gegooid"),
                        "in het diepe gegooid", "voormeting", "Bovenbouw vmbo", "nieuwe collega", sanne),
                // one selection, two codings (the second CodeRef is written {UPPER-CASE} with braces)
                new CodedSegment(FILE, 2, "Interview Sanne", "Interview Sanne", List.of("Behoeften", "Houvast"),
                        houvast, "voormeting", "Bovenbouw vmbo", "nieuwe collega", sanne),
                new CodedSegment(FILE, 2, "Interview Sanne", "Interview Sanne", List.of("Behoeften", "Structuur"),
                        houvast, "voormeting", "Bovenbouw vmbo", "nieuwe collega", sanne),
                // inline PlainTextContent
                new CodedSegment(FILE, 4, "Interview Ahmed", "Interview Ahmed", List.of("Behoeften", "Meedraaien"),
                        "Met meerdere collega's meedraaien", "nameting", "Onderbouw havo", "nieuwe collega",
                        "Nameting; Onderbouw havo; Nieuwe collega's")),
                r.segments());
        assertEquals(List.of(
                new SegmentReject(FILE, 3, "CodeRef", RejectReason.UNKNOWN_CODE,
                        "Onbekende code-verwijzing 'deadbeef-0000-4000-8000-000000000099': staat niet in het codeboek (CodeBook)"),
                new SegmentReject(FILE, 5, "Coding", RejectReason.NO_CODE, "Geen code: selectie zonder codering in 'Interview Ahmed'")),
                r.rejects());
        assertEquals(6, r.rowsRead());
    }

    @Test
    void documentVariablesCanSupplyRoleAndRespondent() throws Exception {
        Path file = InterviewFixtures.qdpx(dir.resolve(FILE));
        InterviewReadResult r = new QdpxReader().read(file,
                new InterviewReadOptions("qdpx", Map.of("role", "Functie"), "functie", groupMapping(), null));
        // the variable wins over the set mapping ("nieuwe collega"); lookup ignores case
        assertEquals(List.of("docent", "docent", "docent", "onderwijsassistent"),
                r.segments().stream().map(CodedSegment::role).toList());
        assertEquals(List.of("docent", "docent", "docent", "onderwijsassistent"),
                r.segments().stream().map(CodedSegment::respondent).toList());
    }

    @Test
    void unknownVariableIsAConfigError() throws Exception {
        Path file = InterviewFixtures.qdpx(dir.resolve(FILE));
        InterviewFormatException e = assertThrows(InterviewFormatException.class, () -> new QdpxReader().read(file,
                new InterviewReadOptions("qdpx", Map.of("wave", "Meting"), null, Map.of(), null)));
        assertEquals("onboarding.qdpx: document variable 'Meting' not found in 'project.qde'; the variables are Functie",
                e.getMessage());
    }

    @Test
    void badPositionsAndMissingSourceFileAreRejects() throws Exception {
        String qde = "<Project " + NS + " name=\"p\"><CodeBook><Codes>"
                + "<Code guid=\"c0000000-0000-4000-8000-000000000001\" name=\"Orde\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources>"
                + "<TextSource guid=\"50000000-0000-4000-8000-000000000001\" name=\"Interview A\"><PlainTextContent>abc</PlainTextContent>"
                + "<PlainTextSelection guid=\"51000000-0000-4000-8000-000000000001\" startPosition=\"1\" endPosition=\"9\">"
                + "<Coding guid=\"52000000-0000-4000-8000-000000000001\"><CodeRef targetGUID=\"c0000000-0000-4000-8000-000000000001\"/></Coding>"
                + "</PlainTextSelection>"
                + "<PlainTextSelection guid=\"51000000-0000-4000-8000-000000000002\" startPosition=\"1\" endPosition=\"1\">"
                + "<Coding guid=\"52000000-0000-4000-8000-000000000002\"><CodeRef targetGUID=\"c0000000-0000-4000-8000-000000000001\"/></Coding>"
                + "</PlainTextSelection></TextSource>"
                + "<TextSource guid=\"50000000-0000-4000-8000-000000000002\" name=\"Interview B\" plainTextPath=\"internal://weg.txt\">"
                + "<PlainTextSelection guid=\"51000000-0000-4000-8000-000000000003\" startPosition=\"0\" endPosition=\"2\">"
                + "<Coding guid=\"52000000-0000-4000-8000-000000000003\"><CodeRef targetGUID=\"c0000000-0000-4000-8000-000000000001\"/></Coding>"
                + "</PlainTextSelection></TextSource>"
                + "</Sources></Project>";
        Path file = InterviewFixtures.zip(dir.resolve("kapot.qdpx"), "project.qde", qde);
        InterviewReadResult r = new QdpxReader().read(file, InterviewReadOptions.defaults());
        assertEquals(List.of(), r.segments());
        assertEquals(List.of(
                new SegmentReject("kapot.qdpx", 1, "startPosition/endPosition", RejectReason.INVALID_SELECTION,
                        "Ongeldige selectie: startPosition=1, endPosition=9 valt buiten de tekst (3 tekens) in 'Interview A'"),
                new SegmentReject("kapot.qdpx", 2, "PlainTextSelection", RejectReason.NO_TEXT, "Geen tekst: de selectie in 'Interview A' is leeg"),
                new SegmentReject("kapot.qdpx", 3, "plainTextPath", RejectReason.SOURCE_TEXT_MISSING,
                        "Brontekst 'internal://weg.txt' ontbreekt in het .qdpx-bestand")),
                r.rejects());
        assertEquals(3, r.rowsRead());
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "wachtwoord");
        String qde = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project " + NS + " name=\"&x;\"/>";
        Path file = InterviewFixtures.zip(dir.resolve("xxe.qdpx"), "project.qde", qde);
        InterviewFormatException e = assertThrows(InterviewFormatException.class,
                () -> new QdpxReader().read(file, InterviewReadOptions.defaults()));
        assertTrue(e.getMessage().startsWith("xxe.qdpx: 'project.qde' is not valid XML (line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void entryLargerThanTheLimitStopsReading() throws Exception {
        String qde = "<Project " + NS + " name=\"p\"><Sources><TextSource guid=\"50000000-0000-4000-8000-000000000001\" "
                + "name=\"A\" plainTextPath=\"internal://groot.txt\"><PlainTextSelection guid=\"51000000-0000-4000-8000-000000000001\" "
                + "startPosition=\"0\" endPosition=\"1\"/></TextSource></Sources></Project>";
        // 2 MB of one letter compresses to a few kB: the classic bomb shape, in small
        Path file = InterviewFixtures.zip(dir.resolve("bom.qdpx"), "project.qde", qde, "sources/groot.txt", "a".repeat(2_000_000));
        InterviewFormatException e = assertThrows(InterviewFormatException.class,
                () -> new QdpxReader(new QdpxReader.Limits(100, 1 << 20, 64L << 20)).read(file, InterviewReadOptions.defaults()));
        assertEquals("bom.qdpx: 'sources/groot.txt' unpacks to more than 1 MB (a zip bomb?); the file was not read", e.getMessage());
    }

    @Test
    void totalLimitAndEntryCountLimit() throws Exception {
        Path file = InterviewFixtures.qdpx(dir.resolve(FILE));
        long qdeBytes = Files.size(InterviewFixtures.resource("qdpx/project.qde"));
        // project.qde fits, but project.qde + sanne.txt does not
        InterviewFormatException total = assertThrows(InterviewFormatException.class,
                () -> new QdpxReader(new QdpxReader.Limits(100, 1 << 20, qdeBytes + 10)).read(file, InterviewReadOptions.defaults()));
        assertTrue(total.getMessage().startsWith("onboarding.qdpx: unpacks to more than "), total.getMessage());
        assertTrue(total.getMessage().contains("stopped at 'sources/sanne.txt'"), total.getMessage());

        InterviewFormatException entries = assertThrows(InterviewFormatException.class,
                () -> new QdpxReader(new QdpxReader.Limits(1, 1 << 20, 1 << 20)).read(file, InterviewReadOptions.defaults()));
        assertEquals("onboarding.qdpx: holds 2 files; the limit is 1 (a zip bomb?); the file was not read",
                entries.getMessage());
    }

    @Test
    void structuralErrorsNameTheFile() throws Exception {
        Path notZip = Files.writeString(dir.resolve("project.qdpx"), "geen zip");
        InterviewFormatException e1 = assertThrows(InterviewFormatException.class,
                () -> new QdpxReader().read(notZip, InterviewReadOptions.defaults()));
        assertTrue(e1.getMessage().startsWith("project.qdpx: not a valid .qdpx file"), e1.getMessage());

        Path noQde = InterviewFixtures.zip(dir.resolve("leeg.qdpx"), "sources/a.txt", "tekst");
        InterviewFormatException e2 = assertThrows(InterviewFormatException.class,
                () -> new QdpxReader().read(noQde, InterviewReadOptions.defaults()));
        assertEquals("leeg.qdpx: holds no project.qde; is this a REFI-QDA project (.qdpx)?", e2.getMessage());

        Path wrongNs = InterviewFixtures.zip(dir.resolve("ns.qdpx"), "project.qde", "<Project name=\"p\"/>");
        InterviewFormatException e3 = assertThrows(InterviewFormatException.class,
                () -> new QdpxReader().read(wrongNs, InterviewReadOptions.defaults()));
        assertTrue(e3.getMessage().startsWith("ns.qdpx: 'project.qde' is no REFI-QDA project"), e3.getMessage());
    }

    @Test
    void sliceCountsCodePoints() {
        // "👋" is one code point but two UTF-16 units
        assertEquals("b", QdpxReader.slice("\uD83D\uDC4Bab", "2", "3"));
        assertEquals("\uD83D\uDC4B", QdpxReader.slice("\uD83D\uDC4Bab", "0", "1"));
    }
}
