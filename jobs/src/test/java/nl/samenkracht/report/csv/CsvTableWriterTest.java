package nl.samenkracht.report.csv;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * CSV injection: a text cell a spreadsheet would run as a formula (OWASP "CSV Injection": cells
 * starting with =, +, -, @, tab or carriage return) gets a leading apostrophe; numbers, also
 * negative ones, stay numbers. The file is read back with a CSV parser, so quoting is checked too.
 */
class CsvTableWriterTest {
    @TempDir
    Path dir;

    @Test
    void formulaLikeTextIsNeutralisedAndNumbersAreNot() throws Exception {
        List<String> texts = List.of("=HYPERLINK(\"http://x\",\"klik\")", "+31 6 12345678 bellen", "-cmd|' /C calc'!A0",
                "@SUM(A1:A9)", "\tverborgen", "-3,5", "-2", "+7", "gewoon, met komma", "- geen -", "");
        Table t = Table.create("t").addColumns(StringColumn.create("text", texts),
                DoubleColumn.create("number", -1.5, -0.25, 3.0, -1e-7, 2.0, 0.0, -12345.678, 1.0, 5.0, 6.0, 7.0));
        Path f = dir.resolve("t.csv");
        CsvTableWriter.write(t, f);
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setLineSeparator("\n");
        s.setNullValue("");
        s.setEmptyValue("");
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        List<String[]> rows = new CsvParser(s).parseAll(new StringReader(Files.readString(f)));
        assertArrayEquals(new String[]{"text", "number"}, rows.get(0));
        List<String> got = rows.subList(1, rows.size()).stream().map(r -> r[0]).toList();
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"klik\")", "'+31 6 12345678 bellen", "'-cmd|' /C calc'!A0",
                "'@SUM(A1:A9)", "'\tverborgen", "-3,5", "-2", "+7", "gewoon, met komma", "'- geen -", ""), got);
        // numeric cells: numbers with '.' and a minus sign, never quoted or prefixed; scientific
        // below 1e-6 (issue 16: p-values kept at full precision without long runs of zeros)
        assertEquals(List.of("-1.5", "-0.25", "3", "-1E-7", "2", "0", "-12345.678", "1", "5", "6", "7"),
                rows.subList(1, rows.size()).stream().map(r -> r[1]).toList());
    }

    @Test
    void smallNumbersAreScientificWithTwelveDigits() {
        assertEquals("1.23456789012E-48", CsvTableWriter.number(1.234567890123456e-48));
        assertEquals("0.000001", CsvTableWriter.number(1e-6));
        assertEquals("0.042", CsvTableWriter.number(0.042));
        assertEquals("123456", CsvTableWriter.number(123456));
    }

    @Test
    void carriageReturnAtTheStartIsNeutralisedToo() {
        assertEquals("'\rx", CsvTableWriter.neutralise("\rx"));
        assertEquals("3.5", CsvTableWriter.neutralise("3.5"));
        assertEquals("-0.5", CsvTableWriter.neutralise("-0.5"));
    }
}
