package nl.samenkracht.ingest.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MAXQDA "Coded Segments" exports with a Polish and a German interface: recognised by format: auto
 * and read. Expected counts are read off the rows written below (4 rows, 1 with an empty code).
 */
class MaxqdaLanguagesTest {
    @TempDir
    Path dir;

    private static final Object[][] ROWS = {
            {"", "Voormeting", "Interview Ania", "Behoeften\\Houvast", 10, 20, "Ik had houvast nodig."},
            {"", "Voormeting", "Interview Ania", "Ervaringen", 30, 40, "Het diepe in."},
            {"", "Nameting", "Interview Piotr", "Behoeften > Structuur", 5, 9, "Structuur mis ik."},
            {"", "Nameting", "Interview Piotr", "", 11, 12, "Geen code hier."}};

    private void check(List<String> header, String language, String layout) throws Exception {
        assertEquals(language, MaxqdaHeaders.languageOf(header).language());
        Path file = InterviewFixtures.writeXlsx(dir.resolve("segments-" + language + ".xlsx"), "Segments", header, ROWS);
        assertEquals(InterviewFormat.MAXQDA, InterviewFormatDetector.detect(file));
        InterviewReaders.Read read = InterviewReaders.readDetecting(file, new InterviewReadOptions("auto", Map.of(), null, Map.of(), null));
        assertEquals(layout, read.layout(), "the layout as the terminal and inputs.csv name it");
        InterviewReadResult r = read.result();
        assertEquals(3, r.segments().size());
        assertEquals(1, r.rejects().size());
        assertEquals(List.of("Behoeften", "Houvast"), r.segments().get(0).codePath());
        assertEquals("Interview Piotr", r.segments().get(2).respondent());
        assertEquals(List.of("Behoeften", "Structuur"), r.segments().get(2).codePath());
        assertEquals(header.get(3), r.rejects().get(0).column(), "the reject names the file's own code column");
    }

    @Test
    void polishInterface() throws Exception {
        check(List.of("Kolor", "Grupa dokumentów", "Nazwa dokumentu", "Kod", "Początek", "Koniec", "Fragment"), "pl", "MAXQDA coded segments (Polish)");
    }

    @Test
    void germanInterface() throws Exception {
        check(List.of("Farbe", "Dokumentgruppe", "Dokumentname", "Code", "Anfang", "Ende", "Segment"), "de", "MAXQDA coded segments (German)");
    }

    @Test
    void everyLanguageHasAllFourColumns() {
        for (MaxqdaHeaders h : MaxqdaHeaders.LANGUAGES) {
            assertNotNull(h.documentName());
            assertNotNull(h.code());
            assertNotNull(h.segment());
            assertNotNull(h.documentGroup());
        }
    }
}
