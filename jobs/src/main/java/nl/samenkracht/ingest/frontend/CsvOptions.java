package nl.samenkracht.ingest.frontend;

import com.univocity.parsers.csv.CsvParserSettings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one set of CSV options of the front end. Spark's CSV source is univocity inside; the same
 * settings drive it ({@link #spark}) and the few reads on the driver (the first records of a file,
 * a date column sample, an interview export: {@link #univocity}), so both see the same records.
 * RFC 4180 quoting with {@code ""} for a quote, records over several lines kept whole (a file is read
 * line by line, split into many tasks, only when none of its records spans lines), no column
 * limit short of the widest record, no cell limit, empty = null, empty lines skipped (the row
 * numbers count them back, see {@code CsvStructure.RowNumbers}), whitespace kept.
 */
public final class CsvOptions {
    private CsvOptions() {}

    /**
     * Spark's options for every field as text with the malformed-record column. {@code lineByLine}: every
     * record is one line ({@link Export#lineByLine}), so Spark may split the file ({@code multiLine=false});
     * else a file is one task, read whole, so a quoted line break stays inside its cell.
     */
    static Map<String, String> spark(char delimiter, String encoding, int maxColumns, boolean lineByLine) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("header", "false");
        o.put("sep", String.valueOf(delimiter));
        o.put("encoding", encoding);
        o.put("quote", "\"");
        o.put("escape", "\"");
        o.put("multiLine", String.valueOf(!lineByLine));
        o.put("mode", "PERMISSIVE");
        o.put("columnNameOfCorruptRecord", SparkCsv.CORRUPT);
        o.put("maxColumns", String.valueOf(maxColumns));
        o.put("maxCharsPerColumn", "-1");
        o.put("nullValue", "");
        o.put("emptyValue", "");
        return o;
    }

    /** The same for univocity on the driver. */
    public static CsvParserSettings univocity(char delimiter, int maxColumns) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(delimiter);
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.getFormat().setLineSeparator("\n");
        s.setLineSeparatorDetectionEnabled(true);
        s.setMaxColumns(maxColumns);
        s.setMaxCharsPerColumn(-1);
        s.setNullValue("");
        s.setEmptyValue("");
        s.setSkipEmptyLines(true);
        // Spark keeps surrounding whitespace when reading (univocity's default trims it)
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        return s;
    }
}
