package nl.samenkracht.ingest.contacts;

import nl.samenkracht.ingest.CsvDialect;
import nl.samenkracht.ingest.survey.SourceFile;

import java.nio.file.Path;
import java.util.List;

/**
 * One export, opened and looked at on the driver but not yet read by Spark: what it is, its text
 * form and its header.
 *
 * @param label          the file as named in messages (relative to the study folder)
 * @param textFile       the text Spark reads: the export itself, or the CSV an .xlsx sheet was streamed to
 * @param header         the header cells, stripped
 * @param dialect        how that text is written
 * @param leadingColumns columns the reader put before the data itself (1: the sheet row of a converted .xlsx)
 * @param source         what was learnt of the file, for run.json
 */
public record RawExport(String label, Path textFile, List<String> header, CsvDialect dialect, int leadingColumns,
                        SourceFile source) {
    public int width() {
        return header.size();
    }

    /** Files Spark can read in one scan: same kind of text, encoding, delimiter and width. */
    String shape() {
        return leadingColumns + "|" + dialect.encoding() + "|" + dialect.delimiter() + "|" + header.size();
    }

    /** The path as Spark's {@code _metadata.file_path} names it, made comparable. */
    String key() {
        return textFile.toAbsolutePath().normalize().toString();
    }
}
