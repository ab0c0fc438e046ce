package nl.samenkracht.ingest.frontend;

import nl.samenkracht.ingest.Checksums;
import nl.samenkracht.ingest.CsvStructure;
import nl.samenkracht.ingest.EncodingScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-read pass gives exactly what the three separate reads (SHA-256, byte scan, character structure scan) give. */
class TextPassTest {
    @TempDir
    Path dir;

    private void same(String name, byte[] bytes, Charset charset, char delimiter) throws Exception {
        Path f = Files.write(dir.resolve(name), bytes);
        TextPass.Result one = TextPass.run(f, name, delimiter);
        assertEquals(Checksums.sha256(f), one.sha256(), name);
        EncodingScan e = EncodingScan.of(f);
        assertEquals(Arrays.asList(e.utf8Sequences(), e.invalidBytes(), e.firstInvalidLine(), e.nulBytes(), e.firstNulLine()),
                Arrays.asList(one.encoding().utf8Sequences(), one.encoding().invalidBytes(), one.encoding().firstInvalidLine(),
                        one.encoding().nulBytes(), one.encoding().firstNulLine()), name);
        assertArrayEquals(e.highByteLines(), one.encoding().highByteLines(), name);
        CsvStructure s = CsvStructure.scan(f, charset, delimiter);
        CsvStructure b = one.structure();
        assertEquals(Arrays.asList(s.records(), s.maxFields(), s.widestLine(), s.unclosedQuoteLine(), s.lines()),
                Arrays.asList(b.records(), b.maxFields(), b.widestLine(), b.unclosedQuoteLine(), b.lines()), name);
        assertArrayEquals(s.rowNumbers().blankBefore(), b.rowNumbers().blankBefore(), name);
    }

    @Test
    void oneReadEqualsThreeReads() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        same("bom.csv", ("\uFEFFa;b;c\r\n1;\"twee\r\nregels\";3\r\n\r\n\r\nzoë;’x’;\"\"\"q\"\"\"\r\n4;5;6;7\r\n").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, ';');
        same("cp.csv", "Naam;Opmerking\r\nZoë;‘prima’ voor €5\r\n\r\nDaniël;ok\r\nteveel;a;b".getBytes(cp1252), StandardCharsets.ISO_8859_1, ';');
        same("open.csv", "a,b\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',');
        same("cr.csv", "a,b\r1,2\r\r3,4".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',');
        same("ef.csv", "\u00EFa,b\n1,2\n".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, ',');
        same("efbb.csv", new byte[]{(byte) 0xEF, (byte) 0xBB, 'a', ',', 'b', '\n'}, StandardCharsets.ISO_8859_1, ',');
        same("empty.csv", new byte[0], StandardCharsets.UTF_8, ',');
    }
}
