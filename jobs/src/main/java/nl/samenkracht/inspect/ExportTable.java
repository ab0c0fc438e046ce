package nl.samenkracht.inspect;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import nl.samenkracht.config.CsvConfig;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.frontend.Decoding;
import nl.samenkracht.ingest.frontend.Export;
import nl.samenkracht.ingest.frontend.ExportOpener;
import nl.samenkracht.ingest.frontend.ExportRequest;
import nl.samenkracht.ingest.frontend.Source;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One table export (CSV or a workbook sheet) opened on the driver WITHOUT Spark, for {@code validate}
 * and {@code init}. It is opened by the ingest front end's own first step ({@link ExportOpener}: sniffing,
 * workbook streaming, encoding and delimiter, the structure scan and its refusals), so a file is refused
 * here exactly as a run refuses it; the records are then streamed one by one with univocity (the parser
 * Spark's CSV source uses), so memory stays flat.
 *
 * <p>Records come with the row number a user sees: the sheet's row for a workbook, the record
 * number for a CSV (header = 1, empty lines counted).
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

    private final Export export;
    private final Path work;
    private CsvParser parser;
    private int recordNo;

    private ExportTable(Export export, Path work) {
        this.export = export;
        this.work = work;
    }

    /**
     * @param studyDir files are named relative to it in messages
     * @param format   the configured format (a workbook named as text is accepted only for xlsx/msforms)
     * @param sheet    the sheet to read (null: the first visible one)
     * @param csv      the configured CSV dialect (CsvConfig.AUTO detects)
     * @throws InputException when the file cannot be read as a table (empty, encrypted, binary …)
     */
    public static ExportTable open(Path studyDir, Path file, String format, String sheet, CsvConfig csv) {
        return open(studyDir, file, format, sheet, csv, 1);
    }

    /** @param headRecords records read into {@link Export#head()} (surveys: 2, Qualtrics' second header row) */
    public static ExportTable open(Path studyDir, Path file, String format, String sheet, CsvConfig csv, int headRecords) {
        Path work;
        try {
            work = Files.createTempDirectory("samenkracht-inspect-");
        } catch (IOException e) {
            throw new InputException("cannot create a temporary folder (" + e.getMessage() + ")");
        }
        try {
            Export e = new ExportOpener(studyDir, work).open(new ExportRequest(Source.SURVEYS, "inspect", format, sheet, csv, headRecords), file);
            return new ExportTable(e, work);
        } catch (RuntimeException e) {
            delete(work);
            throw e;
        }
    }

    /** The opened export, as a run's front end opens it (for the run's own row interpretation, {@code LocalRows}). */
    public Export export() {
        return export;
    }

    public String label() {
        return export.label();
    }

    /** csv, xlsx or xls. */
    public String kind() {
        return export.sheetRows() ? (export.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls") ? "xls" : "xlsx") : "csv";
    }

    /** How the file was read, e.g. "UTF-8, delimiter ';'" or "xlsx sheet (first)". */
    public String readAs() {
        return export.describe();
    }

    /** The next record (the header first), or null at the end. Empty lines are skipped; row numbers count them. */
    public Record next() {
        if (parser == null) begin();
        String[] rec;
        try {
            rec = parser.parseNext();
        } catch (com.univocity.parsers.common.TextParsingException e) {
            // univocity's message quotes the text it was parsing: never shown.
            throw InputException.at(label(), null, null, "cannot parse the file after record " + recordNo + " (a broken quote?)");
        }
        if (rec == null) return null;
        recordNo++;
        if (recordNo == 1 && rec.length > 0 && rec[0] != null && rec[0].startsWith("\uFEFF")) rec[0] = rec[0].substring(1);
        if (!export.sheetRows()) return new Record(export.rowNumbers().row(recordNo - 1), strip(rec, 0));
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
        s.getFormat().setDelimiter(export.dialect().delimiter());
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.getFormat().setLineSeparator("\n");
        s.setLineSeparatorDetectionEnabled(true);
        s.setMaxColumns(ExportOpener.maxColumnsFor(export));
        s.setMaxCharsPerColumn(-1);
        s.setSkipEmptyLines(true);
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        parser = new CsvParser(s);
        try {
            // The text's own charset: a Windows-1252 export is decoded whole here (the front end checked
            // it has no undefined bytes), where Spark reads it as ISO-8859-1 and repairs cells.
            Charset charset = export.decoding().mode() == Decoding.Mode.CELLS ? Charset.forName(export.decoding().charset())
                    : export.decoding().textCharset();
            Reader r = Files.newBufferedReader(export.textFile(), charset);
            parser.beginParsing(r);
        } catch (IOException e) {
            throw InputException.at(label(), null, null, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void close() {
        if (parser != null) parser.stopParsing();
        delete(work);
    }

    private static void delete(Path dir) {
        try {
            nl.samenkracht.run.OutputFolder.deleteTree(dir);
        } catch (IOException ignored) {
            // a temp folder; the OS cleans up
        }
    }
}
