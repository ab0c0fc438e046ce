package nl.samenkracht.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** The two streaming scans over text exports: encoding (bytes) and record structure (quotes, widths, blank lines). */
class TextStructureTest {
    private static EncodingScan bytes(byte[]... parts) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) b.write(p);
        return EncodingScan.scan(new ByteArrayInputStream(b.toByteArray()));
    }

    @Test
    void encodingScanTellsUtf8Windows1252AndMixed() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        EncodingScan utf8 = bytes("a,b\nZoë,café\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(utf8.isUtf8());
        assertEquals(2, utf8.utf8Sequences(), "ë and é");
        EncodingScan ansi = bytes("a;b\nZoë;café\n".getBytes(cp1252));
        assertFalse(ansi.isUtf8());
        assertFalse(ansi.isMixed(), "no UTF-8 character at all: plain Windows-1252");
        assertEquals(2, ansi.firstInvalidLine());
        EncodingScan mixed = bytes("a,b\nZoë,ok\nx,y\n".getBytes(StandardCharsets.UTF_8), "Daniël,z\n".getBytes(cp1252));
        assertTrue(mixed.isMixed());
        assertEquals(4, mixed.firstInvalidLine());
        assertTrue(mixed.sample().startsWith("Dani"), mixed.sample());
        // a multi-byte character split across the scan's 64 kB buffers is still one valid character
        byte[] pad = "x".repeat((1 << 16) - 1).getBytes(StandardCharsets.US_ASCII);
        assertTrue(bytes(pad, "ë\n".getBytes(StandardCharsets.UTF_8)).isUtf8());
        // a sequence cut off at the end of the file is not UTF-8
        assertFalse(bytes(new byte[]{'a', (byte) 0xC3}).isUtf8());
        // overlong and surrogate encodings are not UTF-8 either (RFC 3629)
        assertFalse(bytes(new byte[]{(byte) 0xC0, (byte) 0xAF}).isUtf8());
        assertFalse(bytes(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}).isUtf8());
        EncodingScan nul = bytes("a,b\n1,2\n3,\0\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, nul.nulBytes());
        assertEquals(3, nul.firstNulLine());
    }

    private static CsvStructure csv(String text, char delimiter) throws Exception {
        return CsvStructure.scan(new StringReader(text), delimiter);
    }

    @Test
    void structureScanFollowsQuotesLikeTheCsvParser() throws Exception {
        CsvStructure ok = csv("a,b,c\n1,\"x, \"\"y\"\"\nz\",3\r\n4,5,6", ',');
        assertEquals(3, ok.records(), "header, a record with a quoted line break, a last record without line end");
        assertEquals(3, ok.maxFields());
        assertEquals(0, ok.unclosedQuoteLine());
        CsvStructure cut = csv("a,b\n1,2\n3,\"begin van\neen antwoord", ',');
        assertEquals(3, cut.unclosedQuoteLine(), "the line where the quote opens");
        // a quote inside an unquoted field is a plain character, as in the parser
        assertEquals(0, csv("a,b\n5\" scherm,2\n", ',').unclosedQuoteLine());
        CsvStructure wide = csv("a;b\n1;2\n" + "x;".repeat(40) + "x\n3;4\n", ';');
        assertEquals(41, wide.maxFields());
        assertEquals(3, wide.widestLine());
    }

    @Test
    void emptyLinesAreCountedIntoRowNumbers() throws Exception {
        // line 1 header, 2 a, 3-4 empty, 5 b, 6 c (a quoted line break: one row in a spreadsheet), 8 empty, 9 d
        CsvStructure s = csv("h1,h2\na,1\n\n\r\nb,2\nc,\"x\ny\"\n\nd,4\n", ',');
        assertEquals(5, s.records());
        CsvStructure.RowNumbers rows = s.rowNumbers();
        assertEquals(1, rows.row(0));
        assertEquals(2, rows.row(1), "a");
        assertEquals(5, rows.row(2), "b, after two empty lines");
        assertEquals(6, rows.row(3), "c");
        assertEquals(8, rows.row(4), "d: c is one row, plus one empty line");
        assertEquals(3, CsvStructure.RowNumbers.NONE.row(2));
    }
}
