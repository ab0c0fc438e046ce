package nl.samenkracht.ingest.frontend;

import nl.samenkracht.ingest.XlsxToCsv;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The one Spark CSV read of the front end, with the one set of options every source uses. Every
 * field is read as text with the malformed-record column on: Spark's CSV source silently nulls
 * "3,5" in a double column, pads or cuts a row with a wrong field count and nulls a date in a wrong
 * format; reading text and marking malformed records lets the interpreters see all of that.
 */
final class SparkCsv {
    static final String CORRUPT = "_corrupt_record";
    static final String PATH = "_path";
    static final String BLOCK = "_block_start";

    private SparkCsv() {}

    /**
     * Reads files of one {@link Export#shape()} in one scan, only the header positions in
     * {@code selected}. Columns: {@code c<i>} for i in selected, {@code _corrupt_record}, {@code _path}
     * (Spark's {@code _metadata.file_path}), {@code _block_start} (the byte where the task's part of the
     * file starts, {@code _metadata.file_block_start}) and, for converted sheets, {@code _sheetrow}. A file
     * read whole is one part; a file read line by line may be split into parts, each read in order:
     * {@link ExportRows} numbers the records itself, from the part's start.
     */
    static Dataset<Row> scan(SparkSession spark, List<Export> files, int[] selected) {
        Export first = files.get(0);
        StructType schema = new StructType();
        if (first.sheetRows()) schema = schema.add(XlsxToCsv.ROW_COLUMN, DataTypes.StringType);
        for (int i = 0; i < first.width(); i++) schema = schema.add("c" + i, DataTypes.StringType);
        schema = schema.add(CORRUPT, DataTypes.StringType);
        long widest = files.stream().mapToLong(Export::maxFields).max().orElse(0);
        Dataset<Row> df = spark.read()
                .options(CsvOptions.spark(first.dialect().delimiter(), first.decoding().sparkEncoding(),
                        ExportOpener.maxColumns(widest), first.lineByLine()))
                .schema(schema)
                .csv(files.stream().map(f -> f.textFile().toString()).toArray(String[]::new));
        List<Column> cols = new ArrayList<>();
        for (int i : selected) cols.add(col("c" + i));
        cols.add(col(CORRUPT));
        cols.add(col("_metadata.file_path").as(PATH));
        cols.add(col("_metadata.file_block_start").as(BLOCK));
        if (first.sheetRows()) cols.add(col(XlsxToCsv.ROW_COLUMN));
        return df.select(cols.toArray(new Column[0]));
    }
}
