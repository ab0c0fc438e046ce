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
        return firstRecords(file, dialect, n, maxColumns, file.toString());
    }

    /** @param label the file as named in messages */
    public static List<String[]> firstRecords(Path file, CsvDialect dialect, int n, int maxColumns, String label) {
        CsvParserSettings s = settings(dialect, maxColumns);
        CsvParser parser = new CsvParser(s);
        List<String[]> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, Charset.forName(dialect.encoding()))) {
            parser.beginParsing(r);
            String[] rec;
            while (out.size() < n && (rec = parser.parseNext()) != null) out.add(rec);
            parser.stopParsing();
        } catch (IOException e) {
            throw new InputException(label + ": cannot read: " + e.getClass().getSimpleName());
        } catch (com.univocity.parsers.common.TextParsingException e) {
            throw new InputException(label + ": cannot parse the header: " + firstLine(e.getMessage()));
        }
        if (!out.isEmpty() && out.get(0).length > 0 && out.get(0)[0] != null && out.get(0)[0].startsWith("\uFEFF"))
            out.get(0)[0] = out.get(0)[0].substring(1);
        return out;
    }

    /**
     * Values of one column, in file order, from record {@code skip} on (0-based, the header is 0): up to
     * {@code limit} non-empty values that {@code keep} accepts. Read with the same parser Spark uses, so
     * they are the values Spark would give.
     */
    public static List<String> columnValues(Path file, CsvDialect dialect, int column, int skip, int maxColumns,
                                            java.util.function.Predicate<String> keep, int limit, String label) {
        CsvParserSettings s = settings(dialect, maxColumns);
        s.selectIndexes(column);
        CsvParser parser = new CsvParser(s);
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, Charset.forName(dialect.encoding()))) {
            parser.beginParsing(r);
            String[] rec;
            long index = 0;
            while (out.size() < limit && (rec = parser.parseNext()) != null) {
                if (index++ < skip || rec.length == 0) continue;
                String v = rec[0];
                if (v != null && !v.isEmpty() && keep.test(v)) out.add(v);
            }
            parser.stopParsing();
        } catch (IOException e) {
            throw new InputException(label + ": cannot read: " + e.getClass().getSimpleName());
        } catch (com.univocity.parsers.common.TextParsingException e) {
            throw new InputException(label + ": cannot parse: " + firstLine(e.getMessage()));
        }
        return out;
    }

    private static CsvParserSettings settings(CsvDialect dialect, int maxColumns) {
        return nl.samenkracht.ingest.frontend.CsvOptions.univocity(dialect.delimiter(), maxColumns);
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }
}
