package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected values are read off the rows in {@link InterviewFixtures#atlasXlsx}. */
class AtlasTiQuotationReaderTest {
    private static final String FILE = "Quotations.xlsx";

    @TempDir
    Path dir;

    static Map<String, String> groupMapping() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Voormeting", "wave:voormeting");
        m.put("Nameting", "wave:nameting");
        m.put("Bovenbouw vmbo", "locatie:Bovenbouw vmbo"); // the Dutch attribute name works too
        m.put("Onderbouw havo", "location:Onderbouw havo");
        return m;
    }

    @Test
    void oneSegmentPerQuotationAndCode() throws Exception {
        InterviewReadResult r = InterviewReaders.forFormat(InterviewFormat.ATLASTI).read(InterviewFixtures.atlasXlsx(dir),
                new InterviewReadOptions("atlasti", Map.of(), null, groupMapping(), null));

        String sanneGroups = "Voormeting; Bovenbouw vmbo";
        String text1 = "Houvast en structuur, dat had ik nodig.";
        assertEquals(List.of(
                // row 2 carries two codes ("Category: Code" convention) -> two segments with the same text
                new CodedSegment(FILE, 2, "Interview Sanne", "Interview Sanne", List.of("Behoeften", "Houvast"), text1,
                        "voormeting", "Bovenbouw vmbo", null, sanneGroups),
                new CodedSegment(FILE, 2, "Interview Sanne", "Interview Sanne", List.of("Behoeften", "Structuur"), text1,
                        "voormeting", "Bovenbouw vmbo", null, sanneGroups),
                // "Category::Code" convention
                new CodedSegment(FILE, 3, "Interview Sanne", "Interview Sanne", List.of("Ervaringen", "In het diepe gegooid"),
                        "Je wordt echt in het diepe gegooid.", "voormeting", "Bovenbouw vmbo", null, sanneGroups),
                // the document number prefix "D2: " is not part of the respondent
                new CodedSegment(FILE, 5, "D2: Interview Ahmed", "Interview Ahmed", List.of("Behoeften", "Weten wie te vragen"),
                        "Nu weet ik bij wie ik terecht kan.", "nameting", "Onderbouw havo", null, "Nameting; Onderbouw havo")),
                r.segments());
        assertEquals(List.of(
                new SegmentReject(FILE, 4, "Codes", RejectReason.NO_CODE, "Geen code: kolom 'Codes' is leeg"),
                new SegmentReject(FILE, 6, "Quotation Content", RejectReason.NO_TEXT, "Geen tekst: kolom 'Quotation Content' is leeg"),
                new SegmentReject(FILE, 7, "Document Groups", RejectReason.CONFLICTING_DOCUMENT_GROUPS,
                        "Documentgroepen 'Voormeting' en 'Nameting' geven tegenstrijdige meting: 'voormeting' en 'nameting'")),
                r.rejects());
        // 6 quotation rows; row 2 counts twice (two codes): 4 segments + 3 rejects
        assertEquals(7, r.rowsRead());
    }

    @Test
    void explicitSeparatorOverridesTheColonConvention() throws Exception {
        InterviewReadResult r = InterviewReaders.forFormat(InterviewFormat.ATLASTI).read(InterviewFixtures.atlasXlsx(dir),
                new InterviewReadOptions("atlasti", Map.of(), null, Map.of(), "::"));
        // with "::" configured, "Behoeften: Houvast" is one flat code; "Ervaringen::In het diepe gegooid" is split
        assertEquals(List.of("Behoeften: Houvast"), r.segments().get(0).codePath());
        assertEquals(List.of("Ervaringen", "In het diepe gegooid"), r.segments().get(2).codePath());
        // no group mapping -> no conflict: row 7 is a segment now (the bullet before the code is removed)
        CodedSegment petra = r.segments().get(r.segments().size() - 1);
        assertEquals(7, petra.sourceRow());
        assertEquals(List.of("Behoeften: Voorbeeld"), petra.codePath());
        // 5 segments (rows 2, 2, 3, 5, 7) + 2 rejects (rows 4, 6)
        assertEquals(5, r.segments().size());
        assertEquals(7, r.rowsRead());
    }
}
