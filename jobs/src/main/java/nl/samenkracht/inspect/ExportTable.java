package nl.samenkracht.inspect;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import nl.samenkracht.config.CsvConfig;
import nl.samenkracht.ingest.CsvDialect;
import nl.samenkracht.ingest.CsvStructure;
import nl.samenkracht.ingest.FileSniffer;
import nl.samenkracht.ingest.Transcoder;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.XlsToCsv;
import nl.samenkracht.ingest.XlsxToCsv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One table export (CSV or a workbook sheet) opened on the driver WITHOUT Spark, for {@code validate}
 * and {@code init}: the container is sniffed from its first bytes, an .xlsx sheet is streamed to CSV
 * by the ingest's own POI event reader ({@link XlsxToCsv}), an old .xls by {@link XlsToCsv}, a text
 * file's encoding and delimiter are detected by {@link FileSniffer}; records are then streamed one
 * by one with univocity (the parser Spark's CSV source uses), so memory stays flat.
 *
 * <p>Records come with the row number a user sees: the sheet's row for a workbook, the record
 * number for a CSV (header = 1).
 */
public final class ExportTable implements Closeable {
    /** One record: its row number as a spreadsheet shows it, and its cells (null for an empty cell). */
    public record Record(int row, String[] cells) {
        public boolean isBlank() {
            for (String c : cells) if (c != null && !c.isBlank()) return false;
            return true;
        }

        public String cell(int i) {
            return i >= 0 && i < cells.length ? cells[i] : null;
        }
    }

    /** Old .xls workbooks are read once the run reads them too (validate must not promise what run refuses). */
    static final boolean READ_XLS = false;

    private final String label;
    private final String kind;
    private final String readAs;
    private final Path textFile;
    private final CsvDialect dialect;
    private final boolean sheetRows;
    private final Path temp;
    private CsvParser parser;
    private int recordNo;
    private CsvStructure.RowNumbers rowNumbers;
    private int maxColumns = 100_000;

    private ExportTable(String label, String kind, String readAs, Path textFile, CsvDialect dialect, boolean sheetRows, Path temp) {
        this.label = label;
        this.kind = kind;
        this.readAs = readAs;
        this.textFile = textFile;
        this.dialect = dialect;
        this.sheetRows = sheetRows;
        this.temp = temp;
    }

    /**
     * @param label   the file as named in messages (relative to the study folder)
     * @param sheet   the sheet to read (null: the first visible one)
     * @param csv     the configured CSV dialect (CsvConfig.AUTO detects)
     * @throws InputException when the file cannot be read as a table (empty, encrypted, binary …)
     */
    public static ExportTable open(Path file, String label, String format, String sheet, CsvConfig csv) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        switch (FileSniffer.container(file)) {
            case EMPTY -> throw InputException.at(label, null, null, "the file is empty");
            case BINARY -> throw InputException.at(label, null, null, "this is not a CSV or .xlsx file (binary content)");
            case OLE2 -> {
                if (!READ_XLS || !XlsToCsv.isXls(file))
                    throw InputException.at(label, null, null, FileSniffer.describeOle2(file));
                Path tmp = tempCsv();
                try {
                    if (XlsToCsv.convert(file, label, sheet, tmp) == 0)
                        throw InputException.at(label, null, null, "the sheet is empty (no header, no data)");
                } catch (RuntimeException e) {
                    delete(tmp);
                    throw e;
                }
                return new ExportTable(label, "xls", "xls sheet " + (sheet == null ? "(first)" : sheet), tmp, CsvDialect.CANONICAL, true, tmp);
            }
            case XLSX -> {
                if (!lower.endsWith(".xlsx") && !"xlsx".equals(format) && !"msforms".equals(format))
                    throw InputException.at(label, null, null, "this is a zip/xlsx file but is named as text; rename it to .xlsx");
                Path tmp = tempCsv();
                try {
                    if (XlsxToCsv.convert(file, label, sheet, tmp) == 0)
                        throw InputException.at(label, null, null, "the sheet is empty (no header, no data)");
                } catch (RuntimeException e) {
                    delete(tmp);
                    throw e;
                }
                return new ExportTable(label, "xlsx", "xlsx sheet " + (sheet == null ? "(first)" : sheet), tmp, CsvDialect.CANONICAL, true, tmp);
            }
            default -> {
                if (lower.endsWith(".xlsx") || "xlsx".equals(format))
                    throw InputException.at(label, null, null, FileSniffer.looksLikeText(file)
                            ? "named .xlsx but it is not a workbook (it looks like a text/CSV file); export it again or rename it to .csv"
                            : "named .xlsx but it is not a workbook, nor a CSV file (binary content of another kind); export the data again as .xlsx");
                CsvDialect d = FileSniffer.dialect(file, label, csv);
                Path text = file;
                Path tmp = null;
                String readAs = d.describe();
                if (!Transcoder.sparkReads(d.encoding())) {
                    // the ingest's own conversion, so a byte that means nothing in the encoding is refused the same way
                    tmp = tempCsv();
                    try {
                        text = Transcoder.toUtf8(file, label, d.encoding(), tmp);
                    } catch (RuntimeException e) {
                        delete(tmp);
                        throw e;
                    }
                    d = new CsvDialect("UTF-8", d.delimiter(), d.decimalComma(), d.hadBom());
                }
                CsvStructure structure = CsvStructure.scan(text, Charset.forName(d.encoding()), d.delimiter());
                if (structure.unclosedQuoteLine() > 0) {
                    if (tmp != null) delete(tmp);
                    throw InputException.at(label, null, null, "line " + structure.unclosedQuoteLine()
                            + ": a quote (\") opens a cell here and is never closed, so the rest of the file ("
                            + (structure.lines() - structure.unclosedQuoteLine() + 1) + " lines) would be read as one cell and its rows lost."
                            + " The file may be cut off, or a quote is missing or one too many; repair it or export it again");
                }
                ExportTable t = new ExportTable(label, "csv", readAs, text, d, false, tmp);
                t.rowNumbers = structure.rowNumbers();
                t.maxColumns = (int) Math.min(1_000_001, Math.max(20_480, structure.maxFields() + 1));
                return t;
            }
        }
    }

    public String label() {
        return label;
    }

    /** csv, xlsx or xls. */
    public String kind() {
        return kind;
    }

    /** How the file was read, e.g. "UTF-8, ';'" or "xlsx sheet (first)". */
    public String readAs() {
        return readAs;
    }

    /** The next record, or null at the end. Empty lines are skipped (row numbers still count them for a workbook). */
    public Record next() {
        if (parser == null) begin();
        String[] rec;
        try {
            rec = parser.parseNext();
        } catch (com.univocity.parsers.common.TextParsingException e) {
            // univocity's message quotes the text it was parsing: never shown.
            throw InputException.at(label, null, null, "cannot parse the file after record " + recordNo + " (a broken quote?)");
        }
        if (rec == null) return null;
        recordNo++;
        if (recordNo == 1 && rec.length > 0 && rec[0] != null && rec[0].startsWith("\uFEFF")) rec[0] = rec[0].substring(1);
        if (!sheetRows) return new Record(rowNumbers == null ? recordNo : rowNumbers.row(recordNo - 1), strip(rec, 0));
        int row;
        try {
            row = Integer.parseInt(rec[0]);
        } catch (RuntimeException e) {
            row = recordNo;
        }
        return new Record(row, strip(rec, 1));
    }

    private static String[] strip(String[] rec, int lead) {
        String[] out = new String[Math.max(0, rec.length - lead)];
        for (int i = lead; i < rec.length; i++) out[i - lead] = rec[i] == null || rec[i].isEmpty() ? null : rec[i];
        return out;
    }

    private void begin() {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(dialect.delimiter());
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.getFormat().setLineSeparator("\n");
        s.setLineSeparatorDetectionEnabled(true);
        s.setMaxColumns(maxColumns);
        s.setMaxCharsPerColumn(-1);
        s.setSkipEmptyLines(true);
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        parser = new CsvParser(s);
        try {
            Reader r = Files.newBufferedReader(textFile, Charset.forName(dialect.encoding()));
            parser.beginParsing(r);
        } catch (IOException e) {
            throw InputException.at(label, null, null, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void close() {
        if (parser != null) parser.stopParsing();
        if (temp != null) delete(temp);
    }

    private static Path tempCsv() {
        try {
            return Files.createTempFile("samenkracht-inspect-", ".csv");
        } catch (IOException e) {
            throw new InputException("cannot create a temporary file (" + e.getMessage() + ")");
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temp file; the OS cleans up
        }
    }
}
