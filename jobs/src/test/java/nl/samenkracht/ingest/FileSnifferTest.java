package nl.samenkracht.ingest;

import nl.samenkracht.config.CsvConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class FileSnifferTest {
    @TempDir
    Path dir;

    @Test
    void dutchExcelCsvIsSemicolonWindows1252WithDecimalComma() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.write(f, "Naam;Locatie;Cijfer\nJosé;Bèek;7,5\n".getBytes(Charset.forName("windows-1252")));
        CsvDialect d = FileSniffer.dialect(f, CsvConfig.AUTO);
        assertEquals("windows-1252", d.encoding());
        assertEquals(';', d.delimiter());
        assertTrue(d.decimalComma());
    }

    @Test
    void utf8WithBomIsRecognisedAndCommaMeansDecimalPoint() throws Exception {
        Path f = dir.resolve("b.csv");
        byte[] body = "Tijdstempel,Vraag\n1-9-2024,\"Eens, zeker\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        CsvDialect d = FileSniffer.dialect(f, CsvConfig.AUTO);
        assertEquals("UTF-8", d.encoding());
        assertTrue(d.hadBom());
        assertEquals(',', d.delimiter(), "the comma inside quotes does not count, the one outside does");
        assertFalse(d.decimalComma());
    }

    @Test
    void containersAreToldByTheirBytesNotTheirName() throws Exception {
        Path csvNamedXlsx = dir.resolve("fake.xlsx");
        Files.writeString(csvNamedXlsx, "a;b\n1;2\n");
        assertEquals(FileSniffer.Container.TEXT, FileSniffer.container(csvNamedXlsx));
        Path ole = dir.resolve("encrypted.xlsx");
        Files.write(ole, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertEquals(FileSniffer.Container.OLE2, FileSniffer.container(ole));
        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertEquals(FileSniffer.Container.EMPTY, FileSniffer.container(empty));
        Path zip = dir.resolve("x.xlsx");
        Files.write(zip, new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0});
        assertEquals(FileSniffer.Container.XLSX, FileSniffer.container(zip));
    }

    @Test
    void configuredDialectOverridesDetection() throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "a,b;c\n");
        CsvDialect d = FileSniffer.dialect(f, new CsvConfig("tab", "UTF-8", "comma", null));
        assertEquals('\t', d.delimiter());
        assertTrue(d.decimalComma());
    }
}
