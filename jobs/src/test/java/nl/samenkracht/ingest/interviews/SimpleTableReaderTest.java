package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code interviews/simple-table.csv}: UTF-8 with BOM, {@code ;}, CRLF. Records as Excel numbers
 * them: 1 header; 2 R01; 3 R02 (quoted field spanning two lines); 4 R03; 5 no respondent; 6 R04
 * empty text; 7 blank line; 8 R05 with a seventh field.
 */
class SimpleTableReaderTest {
    private static final String FILE = "simple-table.csv";

    @TempDir
    Path dir;

    static final Map<String, String> COLUMNS = Map.of("respondent", "Respondent", "code", "Code", "segment", "Fragment",
            "wave", "Meting", "location", "Locatie", "role", "Rol");

    @Test
    void readsConfiguredColumns() throws Exception {
        InterviewReadResult r = InterviewReaders.forFormat(InterviewFormat.TABLE).read(InterviewFixtures.resource(FILE),
                new InterviewReadOptions("table", COLUMNS, null, Map.of(), null));
        assertEquals(List.of(
                new CodedSegment(FILE, 2, null, "R01", List.of("Behoeften", "Houvast"),
                        "Houvast; vooral in de eerste weken.", "voormeting", "Bovenbouw vmbo", "nieuwe collega", null),
                new CodedSegment(FILE, 3, null, "R02", List.of("Behoeften", "Weten wie te vragen"),
                        "Ik wist niet\naan wie ik het moest vragen.", "voormeting", "Onderbouw havo", "nieuwe collega", null),
                new CodedSegment(FILE, 4, null, "R03", List.of("Ervaringen", "In het diepe gegooid"),
                        "Echt in het diepe gegooid.", "nameting", "Bovenbouw havo", "buddy", null)),
                r.segments());
        assertEquals(List.of(
                new SegmentReject(FILE, 5, "Respondent", RejectReason.NO_RESPONDENT, "Geen respondent: kolom 'Respondent' is leeg"),
                new SegmentReject(FILE, 6, "Fragment", RejectReason.NO_TEXT, "Geen tekst: kolom 'Fragment' is leeg"),
                new SegmentReject(FILE, 8, null, RejectReason.INTERVIEW_FIELD_COUNT, "Rij heeft 7 velden, maar de kopregel heeft er 6 (verkeerd "
                        + "scheidingsteken, of een regeleinde in een veld zonder aanhalingstekens?)")),
                r.rejects());
        assertEquals(6, r.rowsRead());
    }

    @Test
    void builtInHeaderNamesNeedNoConfiguration() throws Exception {
        // Respondent/Code/Fragment/Meting/Locatie/Rol are all among the recognised Dutch headers
        InterviewReadResult configured = InterviewReaders.forFormat(InterviewFormat.TABLE).read(InterviewFixtures.resource(FILE),
                new InterviewReadOptions("table", COLUMNS, null, Map.of(), null));
        InterviewReadResult plain = InterviewReaders.forFormat(InterviewFormat.TABLE).read(InterviewFixtures.resource(FILE), InterviewReadOptions.defaults());
        assertEquals(configured, plain);
    }

    @Test
    void xlsxTableWithDocumentAsRespondentAndGroupMapping() throws Exception {
        Path xlsx = InterviewFixtures.writeXlsx(dir.resolve("tabel.xlsx"), "Blad1",
                List.of("Interview", "Groep", "Code", "Tekst"),
                new Object[][] {
                    {"Interview Sanne", "Voormeting", "Behoeften/Orde", "Orde in de chaos."},
                    {"Interview Ahmed", "Nameting", "Behoeften\\Houvast", "Nu heb ik houvast."},
                });
        InterviewReadResult r = InterviewReaders.forFormat(InterviewFormat.TABLE).read(xlsx, new InterviewReadOptions("table",
                Map.of("documentGroup", "Groep"), "document", Map.of("Voormeting", "meting:voormeting"), null));
        assertEquals(List.of(
                new CodedSegment("tabel.xlsx", 2, "Interview Sanne", "Interview Sanne", List.of("Behoeften", "Orde"),
                        "Orde in de chaos.", "voormeting", null, null, "Voormeting"),
                new CodedSegment("tabel.xlsx", 3, "Interview Ahmed", "Interview Ahmed", List.of("Behoeften", "Houvast"),
                        "Nu heb ik houvast.", null, null, null, "Nameting")),
                r.segments());
        assertEquals(2, r.rowsRead());
    }

    @Test
    void unterminatedQuoteNamesRowAndLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("kapot.csv"), "respondent;code;segment\nR1;Orde;\"Begin van een citaat\nR2;Orde;tekst\n");
        InterviewFormatException e = assertThrows(InterviewFormatException.class,
                () -> InterviewReaders.forFormat(InterviewFormat.TABLE).read(csv, InterviewReadOptions.defaults()));
        assertTrue(e.getMessage().startsWith("kapot.csv: line 2: a quote (\") opens a cell here and is never closed"), e.getMessage());
    }
}
