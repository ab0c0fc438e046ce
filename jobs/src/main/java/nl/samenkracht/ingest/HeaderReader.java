package nl.samenkracht.ingest;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first records of a text export on the driver, with the same parser Spark's CSV
 * source uses (univocity), so the header the plan is built from is the header Spark sees.
 */
public final class HeaderReader {
    private HeaderReader() {}

    public static List<String[]> firstRecords(Path file, CsvDialect dialect, int n) {
        return firstRecords(file, dialect, n, 20_480);
    }

    public static List<String[]> firstRecords(Path file, CsvDialect dialect, int n, int maxColumns) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(dialect.delimiter());
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.getFormat().setLineSeparator("\n");
        s.setLineSeparatorDetectionEnabled(true);
        s.setMaxColumns(maxColumns);
        s.setMaxCharsPerColumn(-1);
        s.setNullValue("");
        s.setEmptyValue("");
        s.setSkipEmptyLines(true);
        CsvParser parser = new CsvParser(s);
        List<String[]> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, Charset.forName(dialect.encoding()))) {
            parser.beginParsing(r);
            String[] rec;
            while (out.size() < n && (rec = parser.parseNext()) != null) out.add(rec);
            parser.stopParsing();
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        } catch (com.univocity.parsers.common.TextParsingException e) {
            throw new InputException(file + ": cannot parse the header: " + firstLine(e.getMessage()));
        }
        if (!out.isEmpty() && out.get(0).length > 0 && out.get(0)[0] != null && out.get(0)[0].startsWith("\uFEFF"))
            out.get(0)[0] = out.get(0)[0].substring(1);
        return out;
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }
}
