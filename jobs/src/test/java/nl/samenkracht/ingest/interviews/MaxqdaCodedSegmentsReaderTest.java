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
 * Expected values are read off the fixture rows in {@link InterviewFixtures#maxqdaXlsx} and the file
 * {@code interviews/maxqda-coded-segments-de.csv} (written as Windows-1252 by a Python one-off:
 * {@code '\r\n'.join(rows).encode('cp1252')}).
 */
class MaxqdaCodedSegmentsReaderTest {
    private static final String FILE = "MAXQDA 2020 Coded Segments.xlsx";

    @TempDir
    Path dir;

    static Map<String, String> groupMapping() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Voormeting*", "wave:voormeting");
        m.put("Nameting*", "wave:nameting");
        m.put("* Bovenbouw vmbo", "location:Bovenbouw vmbo");
        m.put("* Onderbouw havo", "location:Onderbouw havo");
        return m;
    }

    @Test
    void readsSegmentsCodePathsGroupsAndRejects() throws Exception {
        Path file = InterviewFixtures.maxqdaXlsx(dir);
        InterviewReadResult r = InterviewReaders.forFormat(InterviewFormat.MAXQDA).read(file,
                new InterviewReadOptions("maxqda", Map.of(), null, groupMapping(), null));

        String vbv = "Voormeting Bovenbouw vmbo";
        List<CodedSegment> expected = List.of(
                new CodedSegment(FILE, 2, "Interview Sanne", "Interview Sanne", List.of("Ervaringen", "In het diepe gegooid"),
                        "Het voelde alsof ik in het diepe gegooid werd.", "voormeting", "Bovenbouw vmbo", null, vbv),
                new CodedSegment(FILE, 3, "Interview Sanne", "Interview Sanne", List.of("Behoeften", "Houvast"),
                        "Ik had behoefte aan houvast, iets waar ik op terug kon vallen.", "voormeting", "Bovenbouw vmbo", null, vbv),
                new CodedSegment(FILE, 4, "Interview Sanne", "Interview Sanne", List.of("Behoeften", "Weten wie te vragen"),
                        "Ik wist niet aan wie ik welke vragen moest stellen.\nIedereen had het al zo druk.",
                        "voormeting", "Bovenbouw vmbo", null, vbv),
                // MAXQDA 24 writes "Parent > Child"; split the same as "Parent\Child"
                new CodedSegment(FILE, 5, "Interview Ahmed", "Interview Ahmed", List.of("Behoeften", "Meedraaien"),
                        "Met meerdere collega's meedraaien, dan zie je hoe het moet.", "nameting", "Onderbouw havo", null,
                        "Nameting Onderbouw havo"),
                // row 9 is blank and skipped; row 10's location is not in the mapping -> null
                new CodedSegment(FILE, 10, "Interview Youssef", "Interview Youssef", List.of("Behoeften", "Structuur"),
                        "Structuur, dat mis ik.", "voormeting", null, null, "Voormeting Onderbouw vmbo"));
        assertEquals(expected, r.segments());
        assertEquals(List.of(
                new SegmentReject(FILE, 6, "Code", RejectReason.NO_CODE, "Geen code: kolom 'Code' is leeg"),
                new SegmentReject(FILE, 7, "Segment", RejectReason.NO_TEXT,
                        "Geen tekst: kolom 'Segment' is leeg (beeld- of videosegmenten hebben geen tekst)"),
                new SegmentReject(FILE, 8, "Document name", RejectReason.NO_RESPONDENT, "Geen respondent: kolom 'Document name' is leeg")),
                r.rejects());
        assertEquals(8, r.rowsRead());
        assertEquals(r.segments().size() + r.rejects().size(), r.rowsRead());
        assertEquals("Behoeften\\Meedraaien", r.segments().get(3).code());
    }

    @Test
    void readsGermanWindows1252Csv() throws Exception {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("Voormeting*", "wave:voormeting");
        mapping.put("*Bovenbouw havo", "location:Bovenbouw havo");
        String file = "maxqda-coded-segments-de.csv";
        InterviewReadResult r = InterviewReaders.forFormat(InterviewFormat.MAXQDA).read(InterviewFixtures.resource(file),
                new InterviewReadOptions("maxqda", Map.of(), null, mapping, null));

        assertEquals(List.of(
                new CodedSegment(file, 2, "Interview Joëlle", "Interview Joëlle", List.of("Behoeften", "Structuur"),
                        "Structuur; één vast aanspreekpunt en duidelijke afspraken.", "voormeting", "Bovenbouw havo",
                        null, "Voormeting Bovenbouw havo"),
                new CodedSegment(file, 3, "Interview Joëlle", "Interview Joëlle", List.of("Behoeften", "Voorbeeld"),
                        "Een voorbeeld zien.\nHoe doet een ervaren collega dat?", "voormeting", "Bovenbouw havo",
                        null, "Voormeting Bovenbouw havo")),
                r.segments());
        assertEquals(List.of(), r.rejects());
        assertEquals(2, r.rowsRead());
    }

    @Test
    void respondentFromAnotherColumn() throws Exception {
        Path file = InterviewFixtures.maxqdaXlsx(dir);
        InterviewReadResult r = InterviewReaders.forFormat(InterviewFormat.MAXQDA).read(file,
                new InterviewReadOptions("maxqda", Map.of(), "Created by", Map.of(), null));
        // every row has "MdV" in Created by, so row 8 (no document name) is no longer rejected for that
        assertEquals(6, r.segments().size());
        assertEquals("MdV", r.segments().get(0).respondent());
        assertEquals("Interview Sanne", r.segments().get(0).document());
        assertEquals(List.of(6, 7), r.rejects().stream().map(SegmentReject::sourceRow).toList());
        assertEquals(8, r.rowsRead());
    }

    @Test
    void missingConfiguredColumnNamesFileAndSuggests() throws Exception {
        Path file = InterviewFixtures.maxqdaXlsx(dir);
        InterviewFormatException e = assertThrows(InterviewFormatException.class, () -> InterviewReaders.forFormat(InterviewFormat.MAXQDA)
                .read(file, new InterviewReadOptions("maxqda", Map.of("segment", "Segmnet"), null, Map.of(), null)));
        assertTrue(e.getMessage().contains("'Segmnet'"), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("(did you mean 'Segment'?)"), e.getMessage());
    }

    @Test
    void notAnExcelFileIsAFormatErrorNamingTheFile() throws Exception {
        Path fake = Files.writeString(dir.resolve("export.xlsx"), "Document name;Code;Segment\n");
        InterviewFormatException e = assertThrows(InterviewFormatException.class,
                () -> InterviewReaders.forFormat(InterviewFormat.MAXQDA).read(fake, InterviewReadOptions.defaults()));
        assertTrue(e.getMessage().startsWith("export.xlsx: named .xlsx but it is not a workbook"), e.getMessage());
    }

    @Test
    void missingSegmentColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("codes.csv"), "Document name;Code\nInterview A;Behoeften\\Orde\n");
        InterviewFormatException e = assertThrows(InterviewFormatException.class,
                () -> InterviewReaders.forFormat(InterviewFormat.MAXQDA).read(csv, InterviewReadOptions.defaults()));
        assertTrue(e.getMessage().startsWith("codes.csv: column 'Segment' (segment text) not found in the header"),
                e.getMessage());
    }
}
