package nl.samenkracht.ingest.contacts;

import nl.samenkracht.config.CsvConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.Checksums;
import nl.samenkracht.ingest.CsvDialect;
import nl.samenkracht.ingest.FileSniffer;
import nl.samenkracht.ingest.HeaderReader;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.XlsxToCsv;
import nl.samenkracht.ingest.survey.SourceFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * Opens CSV and .xlsx exports the way the survey ingest does: the container is sniffed from the
 * first bytes (whatever the extension says), an .xlsx sheet is streamed to CSV by POI's event
 * API, a text file's encoding and delimiter are detected (Dutch Excel: ';' and Windows-1252),
 * the header is read on the driver with Spark's own CSV parser, and every field is read as text
 * with the malformed-record column on, so a row with too few or too many fields is marked rather
 * than silently padded or cut.
 */
final class RawExportReader {
    private static final Set<String> SPARK_CHARSETS = Set.of("iso-8859-1", "us-ascii", "utf-16", "utf-16be", "utf-16le",
            "utf-32", "utf-8");

    private final SparkSession spark;
    private final Study study;
    private final Path workDir;

    RawExportReader(SparkSession spark, Study study, Path workDir) {
        this.spark = spark;
        this.study = study;
        this.workDir = workDir;
    }

    /**
     * Sniffs, converts (.xlsx) and reads the header of one file, on the driver.
     *
     * @param source "contacts" or "rosters"
     * @param id     the log or roster id
     */
    RawExport open(String source, String id, Path file, String format, String sheet, CsvConfig csv) {
        String label = study.dir().relativize(file).toString();
        String sha = Checksums.sha256(file);
        boolean xlsx;
        Path textFile;
        CsvDialect dialect;
        switch (FileSniffer.container(file)) {
            case EMPTY -> throw InputException.at(label, null, null, "the file is empty");
            case OLE2 -> throw InputException.at(label, null, null,
                    "this is an encrypted (password-protected) workbook or an old .xls file; save it as an unprotected .xlsx");
            case BINARY -> throw InputException.at(label, null, null, "this is not a CSV or .xlsx file (binary content)");
            case XLSX -> {
                if (!file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") && !"xlsx".equals(format))
                    throw InputException.at(label, null, null, "this is a zip/xlsx file but is named as text; rename it to .xlsx");
                xlsx = true;
                textFile = workDir.resolve("xlsx-" + sha.substring(0, 16) + ".csv");
                long rows = XlsxToCsv.convert(file, sheet, textFile);
                if (rows == 0) throw InputException.at(label, null, null, "the sheet is empty (no header, no data)");
                dialect = CsvDialect.CANONICAL;
            }
            default -> {
                if (file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") || "xlsx".equals(format))
                    throw InputException.at(label, null, null,
                            "expected an .xlsx workbook but this is a text/CSV file; export it again or rename it to .csv");
                xlsx = false;
                textFile = file;
                dialect = FileSniffer.dialect(file, csv);
                if (!readAsLatin1(dialect) && !SPARK_CHARSETS.contains(dialect.encoding().toLowerCase(Locale.ROOT)))
                    throw InputException.at(label, null, null, "encoding " + dialect.encoding()
                            + " cannot be read; save the file as UTF-8 or Windows-1252 (Excel: CSV UTF-8 or CSV (puntkomma))");
            }
        }
        List<String[]> head = HeaderReader.firstRecords(textFile, dialect, 1);
        if (head.isEmpty()) throw InputException.at(label, null, null, "the file is empty (no header)");
        int lead = xlsx ? 1 : 0;
        List<String> header = new ArrayList<>();
        String[] first = head.get(0);
        for (int i = lead; i < first.length; i++) header.add(first[i] == null ? "" : first[i].strip());
        if (header.stream().allMatch(String::isBlank)) throw InputException.at(label, 1, null, "the header row is empty");
        SourceFile src = new SourceFile(source, id, label, sha, xlsx ? "xlsx" : "csv", "CSV/XLSX",
                xlsx ? "xlsx sheet " + (sheet == null ? "(first)" : sheet) : dialect.describe(), header.size());
        return new RawExport(label, textFile, header, dialect, lead, src);
    }

    /**
     * Reads files of one {@link RawExport#shape()} in one Spark scan: every field as text, the
     * malformed-record column on, only the header positions in {@code selected}. One scan for all
     * files of a log keeps the query plans small however many files there are (a plan branch per
     * file costs seconds of planning and compiling each). Columns: {@code c<i>} for i in selected,
     * {@code _corrupt_record}, {@code _path} (the file, as {@code _metadata.file_path}) and, for a
     * converted .xlsx, {@code _sheetrow}. Multi-line CSV is never split, so within a partition the
     * records of a file come whole and in order: the interpreter numbers them itself.
     */
    Dataset<Row> scan(List<RawExport> files, int[] selected) {
        RawExport first = files.get(0);
        int lead = first.leadingColumns();
        CsvDialect dialect = first.dialect();
        StructType schema = new StructType();
        if (lead == 1) schema = schema.add(XlsxToCsv.ROW_COLUMN, DataTypes.StringType);
        for (int i = 0; i < first.width(); i++) schema = schema.add("c" + i, DataTypes.StringType);
        schema = schema.add("_corrupt_record", DataTypes.StringType);
        Dataset<Row> df = spark.read()
                .option("header", "false")
                .option("sep", String.valueOf(dialect.delimiter()))
                .option("encoding", readAsLatin1(dialect) ? "ISO-8859-1" : dialect.encoding())
                .option("quote", "\"")
                .option("escape", "\"")
                .option("multiLine", "true")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", "_corrupt_record")
                .option("maxColumns", "20480")
                .option("maxCharsPerColumn", "-1")
                .option("nullValue", "")
                .option("emptyValue", "")
                .schema(schema)
                .csv(files.stream().map(f -> f.textFile().toString()).toArray(String[]::new));
        List<Column> cols = new ArrayList<>();
        for (int i : selected) cols.add(col("c" + i));
        cols.add(col("_corrupt_record"));
        cols.add(col("_metadata.file_path").as("_path"));
        if (lead == 1) cols.add(col(XlsxToCsv.ROW_COLUMN));
        return df.select(cols.toArray(new Column[0]));
    }

    /**
     * Spark 4's CSV source refuses "windows-1252" (only ISO-8859-1, US-ASCII, UTF-8/16/32). The two
     * differ only in bytes 0x80–0x9F and never in the ASCII delimiter and quote, so such a file is
     * parsed as ISO-8859-1 and its cells repaired by the interpreter.
     */
    static boolean readAsLatin1(CsvDialect dialect) {
        String e = dialect.encoding().toLowerCase(Locale.ROOT).replace("-", "");
        return e.equals("windows1252") || e.equals("cp1252");
    }
}
