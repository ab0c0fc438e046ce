package nl.samenkracht.ingest.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small building blocks: CSV parsing, decoding, code paths, group mapping, options, the accounting rule. */
class InterviewReadingBasicsTest {

    @Test
    void csvQuotesEscapesAndLineBreaks() throws Exception {
        String text = "a;b;c\r\n\"x;1\";\"he said \"\"ja\"\"\";\"two\rlines\"\rlast;;\n";
        List<CsvParser.Record> records = CsvParser.parse(text, ';');
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("x;1", "he said \"ja\"", "two\nlines"), records.get(1).fields());
        assertEquals(2, records.get(1).number());
        assertEquals(2, records.get(1).startLine());
        assertEquals(List.of("last", "", ""), records.get(2).fields());
        assertEquals(3, records.get(2).number());
        assertEquals(4, records.get(2).startLine()); // the quoted CR moved it down one line
        assertEquals(3, records.size());
    }

    @Test
    void csvDelimiterDetection() {
        assertEquals(';', CsvParser.detectDelimiter("a;b;\"c,d,e\"\n1,2,3"));
        assertEquals(',', CsvParser.detectDelimiter("a,b,c\n"));
        assertEquals('\t', CsvParser.detectDelimiter("a\tb\tc"));
        assertEquals(';', CsvParser.detectDelimiter("single"));
    }

    @Test
    void decoding() {
        byte[] cp1252 = {(byte) 0xE9, 'n'}; // "én" in Windows-1252: 0xE9 alone is invalid UTF-8
        assertEquals("én", TextDecoding.decode(cp1252).text());
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0xA9, 'n'};
        assertEquals("én", TextDecoding.decode(utf8Bom).text());
        assertEquals(StandardCharsets.UTF_8, TextDecoding.decode(utf8Bom).charset());
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, (byte) 0xE9, 0, 'n', 0};
        assertEquals("én", TextDecoding.decode(utf16le).text());
    }

    @Test
    void codePaths() {
        assertEquals(List.of("Behoeften", "Houvast"), CodePaths.split("Behoeften\\Houvast", null, CodePaths.Style.MAXQDA));
        assertEquals(List.of("A", "B", "Annoy / Tease"),
                CodePaths.split("A > B > Annoy / Tease", null, CodePaths.Style.MAXQDA));
        assertEquals(List.of("Annoy / Tease"), CodePaths.split("Annoy / Tease", null, CodePaths.Style.MAXQDA));
        assertEquals(List.of("Behoeften", "Houvast"), CodePaths.split("Behoeften/Houvast", null, CodePaths.Style.TABLE));
        assertEquals(List.of("Behoeften", "Houvast"), CodePaths.split(" Behoeften: Houvast", null, CodePaths.Style.ATLASTI));
        assertEquals(List.of("Behoeften", "Houvast"), CodePaths.split("Behoeften::Houvast", null, CodePaths.Style.ATLASTI));
        assertEquals(List.of("Behoeften", "Houvast"), CodePaths.split("Behoeften | Houvast", "|", CodePaths.Style.TABLE));
        assertEquals(List.of("Behoeften"), CodePaths.split("Behoeften\\", null, CodePaths.Style.MAXQDA));
        assertEquals(List.of(), CodePaths.split("  ", null, CodePaths.Style.MAXQDA));
    }

    @Test
    void groupMappingGlobRegexAndConflicts() {
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("Voormeting*", "wave:voormeting");
        cfg.put("regex:.*(BB|Bovenbouw) vmbo.*", "location:Bovenbouw vmbo, role:nieuwe collega");
        cfg.put("Nameting ?", "meting:nameting");
        DocumentGroupMapping m = DocumentGroupMapping.parse(cfg);
        DocumentGroupMapping.Mapped a = m.apply(List.of("voormeting BB vmbo"));
        assertEquals("voormeting", a.wave());
        assertEquals("Bovenbouw vmbo", a.location());
        assertEquals("nieuwe collega", a.role());
        assertEquals(Map.of(), a.conflicts());
        assertEquals("nameting", m.apply(List.of("Nameting 2")).wave());
        assertEquals(null, m.apply(List.of("Nameting 12")).wave()); // '?' is exactly one character
        DocumentGroupMapping.Mapped c = m.apply(List.of("Voormeting", "Nameting 2"));
        assertEquals(null, c.wave());
        assertEquals("Documentgroepen 'Voormeting' en 'Nameting 2' geven tegenstrijdige meting: 'voormeting' en 'nameting'",
                c.conflicts().get(DocumentGroupMapping.Attribute.WAVE));
    }

    @Test
    void badOptionsAreRejectedWithDutchMessages() {
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class,
                () -> new InterviewReadOptions("nvivo", Map.of(), null, Map.of(), null));
        assertEquals("Onbekend interviewformaat 'nvivo'; kies uit auto, maxqda, atlasti, qdpx, table", e1.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> new InterviewReadOptions("auto", Map.of(), null, Map.of("Voormeting", "golf:voor"), null));
        assertEquals("documentGroupTo: ongeldige toewijzing 'golf:voor' bij 'Voormeting' (verwacht wave:…, location:… of role:…)",
                e2.getMessage());
        IllegalArgumentException e3 = assertThrows(IllegalArgumentException.class,
                () -> new InterviewReadOptions("table", Map.of("tekst", "Tekst"), null, Map.of(), null));
        assertEquals("columns: onbekende sleutel 'tekst'; geldig zijn respondent, document, documentGroup, code, "
                + "segment, wave, location, role", e3.getMessage());
    }

    @Test
    void resultMustAccountForEveryRow() {
        CodedSegment s = new CodedSegment("f.csv", 2, null, "R1", List.of("Orde"), "tekst", null, null, null, null);
        SegmentReject r = new SegmentReject("f.csv", 3, "Code", "Geen code: kolom 'Code' is leeg");
        assertEquals(2, new InterviewReadResult(List.of(s), List.of(r), 2).rowsRead());
        assertThrows(IllegalArgumentException.class, () -> new InterviewReadResult(List.of(s), List.of(r), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new CodedSegment("f.csv", 2, null, "R1", List.of(), "tekst", null, null, null, null));
    }
}
