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

    /**
     * The first record of a split, from the remembered line starts (every 1 MiB), against Hadoop's rule
     * worked out on the whole text: a split after the first starts after the first line break at or after
     * its start ({@code \r\n} as one); empty lines are no records.
     */
    @Test
    void lineStartsGiveTheFirstRecordOfAnySplit() throws Exception {
        for (String end : new String[]{"\r\n", "\n"}) firstRecordsOfSplits(end);
    }

    private void firstRecordsOfSplits(String end) throws Exception {
        StringBuilder t = new StringBuilder("a;b").append(end);
        java.util.Random random = new java.util.Random(7);
        while (t.length() < 3_300_000) {
            int k = random.nextInt(20);
            t.append(k == 0 ? "" : "x".repeat(k) + ";" + k).append(end); // k == 0: an empty line
        }
        byte[] bytes = t.toString().getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(dir.resolve("big.csv"), bytes);
        CsvStructure.LineStarts starts = TextPass.run(f, "big.csv", ';').structure().lineStarts();
        assertEquals(4, starts.at().length, "a start about every MiB");
        java.util.List<Long> splits = new java.util.ArrayList<>(java.util.List.of(0L, 1L, 2L, 5L, 6L, (long) bytes.length - 1));
        for (long s = 7; s < bytes.length; s += 99_991) splits.add(s);
        for (long at : starts.at()) for (long d = -3; d <= 3; d++) if (at + d > 0) splits.add(at + d);
        for (long s : splits) assertEquals(hadoopFirstRecord(bytes, (int) s), starts.recordsBefore(f, s), "split at " + s);
    }

    private static long hadoopFirstRecord(byte[] b, int s) {
        int p = 0;
        if (s > 0) {
            int i = s;
            while (i < b.length && b[i] != '\n' && b[i] != '\r') i++;
            p = i + (i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n' ? 2 : 1);
        }
        long records = 0;
        int lineStart = 0;
        for (int i = 0; i < Math.min(p, b.length); i++) {
            if (b[i] == '\n') {
                int end = i > lineStart && b[i - 1] == '\r' ? i - 1 : i;
                if (end > lineStart) records++;
                lineStart = i + 1;
            }
        }
        return records;
    }
}
