package nl.samenkracht.ingest.contacts;

import nl.samenkracht.ingest.CsvDialect;
import nl.samenkracht.ingest.survey.SourceFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * One export opened for reading: its header and its records as raw text, not yet interpreted.
 *
 * @param rows    columns {@code c0 … c(width-1)}, {@code _corrupt_record} (set when the record has
 *                a different number of fields than the header), {@code _idx} (0-based record
 *                index; the header is 0) and {@code _row} (the row number a user sees)
 * @param label   the file as named in messages (relative to the study folder)
 * @param header  the header cells, stripped
 * @param dialect how the text Spark reads is written
 * @param leadingColumns columns the reader put before the data itself (the sheet row of a converted .xlsx)
 * @param source  what was learnt of the file, for run.json
 */
public record RawExport(Dataset<Row> rows, String label, List<String> header, CsvDialect dialect, int leadingColumns,
                        SourceFile source) {
    public int width() {
        return header.size();
    }
}
