package nl.samenkracht.ingest.frontend;

import nl.samenkracht.ingest.CsvDialect;
import nl.samenkracht.ingest.CsvStructure;
import nl.samenkracht.ingest.survey.SourceFile;

import java.nio.file.Path;
import java.util.List;

/**
 * One export, opened and looked at on the driver but not yet read by Spark.
 *
 * @param label          the file as named in messages (relative to the study folder)
 * @param file           the export itself
 * @param sha256         of the export's bytes
 * @param textFile       the text Spark reads: the export, the CSV an .xlsx sheet was streamed to, or a
 *                       UTF-8 copy of a multi-byte charset Spark cannot read
 * @param dialect        how the export is written (as detected or configured)
 * @param decoding       how Spark's text becomes the export's characters
 * @param head           the first records as read on the driver, stripped, without the leading sheet-row column
 *                       ({@code head.get(0)} is the header)
 * @param sheetRows      the text starts with the sheet row of each record (a converted .xlsx)
 * @param rowNumbers     record index → row a spreadsheet shows (text exports; empty lines counted)
 * @param maxFields      fields of the widest record of the text (0 when unknown)
 * @param lineStarts     where records start, when the text can be read line by line and split (every record one
 *                       line, see {@link CsvStructure.LineStarts}); null: Spark reads the file whole
 * @param describe       the dialect as shown in run.json and the inputs table
 */
public record Export(String label, Path file, String sha256, Path textFile, CsvDialect dialect, Decoding decoding,
                     List<List<String>> head, boolean sheetRows, CsvStructure.RowNumbers rowNumbers, long maxFields,
                     CsvStructure.LineStarts lineStarts, String describe) {
    public List<String> header() {
        return head.get(0);
    }

    public int width() {
        return header().size();
    }

    public boolean xlsx() {
        return sheetRows;
    }

    /** Columns the front end puts before the export's own (1: the sheet row of a converted .xlsx). */
    public int leadingColumns() {
        return sheetRows ? 1 : 0;
    }

    /** What run.json and the inputs table say about this file. */
    public SourceFile source(Source source, String id, String layout) {
        return new SourceFile(source.label(), id, label, sha256, sheetRows ? "xlsx" : "csv", layout, describe, width());
    }

    /** Spark may split the text into many tasks: every record is one line ({@link #lineStarts}). */
    public boolean lineByLine() {
        return lineStarts != null;
    }

    /** Files Spark can read in one scan: same kind of text, read charset, delimiter, width and line-by-line or whole. */
    String shape() {
        return leadingColumns() + "|" + decoding.sparkEncoding() + "|" + dialect.delimiter() + "|" + width() + "|" + lineByLine();
    }

    /** The path as Spark's {@code _metadata.file_path} names it, made comparable. */
    String key() {
        return textFile.toAbsolutePath().normalize().toString();
    }
}
