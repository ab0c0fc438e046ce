package nl.samenkracht.ingest.interviews;

import nl.samenkracht.canonical.RejectReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small building blocks: CSV reading through the front end, decoding, code paths, group mapping, options, the accounting rule. */
class InterviewReadingBasicsTest {

    @TempDir
    Path dir;

    @Test
    void csvQuotesEscapesAndLineBreaksThroughTheFrontEnd() throws Exception {
        // a quoted line break stays in the cell and the record stays one row; the trailing empty fields are kept
        Path f = Files.writeString(dir.resolve("t.csv"), "a;b;c\r\n\"x;1\";\"he said \"\"ja\"\"\";\"two\r\nlines\"\r\nlast;;\r\n");
        RawTable t = SegmentTable.read(f);
        assertEquals(List.of("a", "b", "c"), t.header());
        assertEquals(List.of("x;1", "he said \"ja\""), t.rows().get(0).cells().subList(0, 2));
        assertEquals("two\nlines", TextDecoding.normaliseText(t.rows().get(0).cells().get(2)));
        assertEquals(2, t.rows().get(0).number());
        assertEquals(List.of("last", "", ""), t.rows().get(1).cells());
        assertEquals(3, t.rows().get(1).number(), "the record over two lines is one row");
        assertEquals(2, t.rows().size());
    }

    @Test
    void emptyLinesCountAsRowsAndTheDelimiterIsDetected() throws Exception {
        Path comma = Files.writeString(dir.resolve("c.csv"), "a,b,c\n\n1,2,3\n");
        RawTable t = SegmentTable.read(comma);
        assertEquals(List.of("a", "b", "c"), t.header());
        assertEquals(List.of("1", "2", "3"), t.rows().get(0).cells());
        assertEquals(3, t.rows().get(0).number(), "a spreadsheet shows the empty line as row 2");
        Path tab = Files.writeString(dir.resolve("t.tsv"), "a\tb\tc\n1\t2\t3\n");
        assertEquals(List.of("1", "2", "3"), SegmentTable.read(tab).rows().get(0).cells());
        Path semi = Files.writeString(dir.resolve("s.csv"), "a;b;\"c,d,e\"\n1;2;3\n");
        assertEquals(List.of("a", "b", "c,d,e"), SegmentTable.read(semi).header());
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
        assertEquals("unknown interview format 'nvivo'; choose from auto, maxqda, atlasti, qdpx, table", e1.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> new InterviewReadOptions("auto", Map.of(), null, Map.of("Voormeting", "golf:voor"), null));
        assertEquals("documentGroupTo: 'golf:voor' under 'Voormeting' is not an assignment (expected wave:…, location:… or role:…)",
                e2.getMessage());
        IllegalArgumentException e3 = assertThrows(IllegalArgumentException.class,
                () -> new InterviewReadOptions("table", Map.of("tekst", "Tekst"), null, Map.of(), null));
        assertEquals("columns: unknown key 'tekst'; valid are respondent, document, documentGroup, code, "
                + "segment, wave, location, role", e3.getMessage());
    }

    @Test
    void resultMustAccountForEveryRow() {
        CodedSegment s = new CodedSegment("f.csv", 2, null, "R1", List.of("Orde"), "tekst", null, null, null, null);
        SegmentReject r = new SegmentReject("f.csv", 3, "Code", RejectReason.NO_CODE, "Geen code: kolom 'Code' is leeg");
        assertEquals(2, new InterviewReadResult(List.of(s), List.of(r), 2).rowsRead());
        assertThrows(IllegalArgumentException.class, () -> new InterviewReadResult(List.of(s), List.of(r), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new CodedSegment("f.csv", 2, null, "R1", List.of(), "tekst", null, null, null, null));
    }
}
