package nl.samenkracht.ingest.survey;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.InstrumentConfig;
import nl.samenkracht.config.ItemConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.ingest.Checksums;
import nl.samenkracht.ingest.CsvDialect;
import nl.samenkracht.ingest.CsvStructure;
import nl.samenkracht.ingest.FileSniffer;
import nl.samenkracht.ingest.FlexibleDates;
import nl.samenkracht.ingest.HeaderReader;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.Transcoder;
import nl.samenkracht.ingest.XlsxToCsv;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Schemas;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.lit;

/**
 * Reads one survey export into Spark and interprets its rows. Text exports go straight to
 * Spark's CSV source; .xlsx sheets are first streamed to CSV by POI. Every field is read as
 * text with the malformed-record column on, so Spark's silent padding or cutting of rows with a
 * wrong number of fields, and its silent misreading of "3,5", cannot happen unnoticed: the
 * interpreter parses values itself and rejects malformed rows with their row number.
 */
public final class SurveyFileReader {
    /** The most fields a row may have and still be read (and rejected when it does not fit the header). */
    static final int MAX_COLUMNS = 1_000_000;
    private final SparkSession spark;
    private final Study study;
    private final Map<String, AnswerScale> scales;
    private final Pseudonymizer pseudonymizer;
    private final Path workDir;
    private final Set<String> knownLocations;

    public SurveyFileReader(SparkSession spark, Study study, Map<String, AnswerScale> scales,
                            Pseudonymizer pseudonymizer, Path workDir, List<String> knownLocations) {
        this.spark = spark;
        this.study = study;
        this.scales = scales;
        this.pseudonymizer = pseudonymizer;
        this.workDir = workDir;
        this.knownLocations = new HashSet<>(knownLocations);
    }

    /** The interpreted rows of one file ({@link Schemas#INTERPRETED}) and what was learnt of the file. */
    public record Result(Dataset<Row> rows, SourceFile source, SurveyFilePlan plan) {}

    public Result read(SurveyConfig survey, Path file) {
        String label = study.dir().relativize(file).toString();
        String sha = Checksums.sha256(file);
        FileSniffer.Container container = FileSniffer.container(file);
        boolean xlsx;
        String readAs = "";
        Path textFile;
        CsvDialect dialect;
        switch (container) {
            case EMPTY -> throw InputException.at(label, null, null, "the file is empty");
            case OLE2 -> throw InputException.at(label, null, null, FileSniffer.describeOle2(file));
            case BINARY -> throw InputException.at(label, null, null, "this is not a CSV or .xlsx file (binary content)");
            case XLSX -> {
                if (!file.toString().toLowerCase().endsWith(".xlsx") && !"xlsx".equals(survey.format()) && !"msforms".equals(survey.format()))
                    throw InputException.at(label, null, null, "this is a zip/xlsx file but is named as text; rename it to .xlsx");
                xlsx = true;
                textFile = workDir.resolve("xlsx-" + sha.substring(0, 16) + ".csv");
                long rows = XlsxToCsv.convert(file, label, survey.sheet(), textFile);
                if (rows == 0) throw InputException.at(label, null, null, "the sheet is empty (no header, no data)");
                dialect = CsvDialect.CANONICAL;
            }
            default -> {
                if (file.toString().toLowerCase().endsWith(".xlsx"))
                    throw InputException.at(label, null, null, FileSniffer.looksLikeText(file)
                            ? "named .xlsx but it is not a workbook (it looks like a text/CSV file); export it again or rename it to .csv"
                            : "named .xlsx but it is not a workbook, nor a CSV file (binary content of another kind); export the data again as .xlsx");
                xlsx = false;
                dialect = FileSniffer.dialect(file, label, survey.csv());
                textFile = file;
                if (!Transcoder.sparkReads(dialect.encoding())) {
                    textFile = Transcoder.toUtf8(file, label, dialect.encoding(), workDir.resolve("utf8-" + sha.substring(0, 16) + ".csv"));
                    readAs = " (converted from " + dialect.encoding() + ")";
                    dialect = new CsvDialect("UTF-8", dialect.delimiter(), dialect.decimalComma(), dialect.hadBom());
                }
            }
        }
        CsvStructure structure = CsvStructure.scan(textFile, java.nio.charset.Charset.forName(dialect.encoding()), dialect.delimiter());
        if (structure.unclosedQuoteLine() > 0)
            throw InputException.at(label, null, null, "line " + structure.unclosedQuoteLine()
                    + ": a quote (\") opens a cell here and is never closed, so the rest of the file ("
                    + (structure.lines() - structure.unclosedQuoteLine() + 1) + " lines) would be read as one cell and its rows lost."
                    + " The file may be cut off, or a quote is missing or one too many; repair it or export it again");
        if (structure.maxFields() > MAX_COLUMNS)
            throw InputException.at(label, null, null, "line " + structure.widestLine() + ": a row with " + structure.maxFields()
                    + " fields; at most " + MAX_COLUMNS + " can be read");
        // Wide enough for the widest record, so an over-long row is rejected like any malformed row.
        int maxColumns = (int) Math.max(20_480, structure.maxFields() + 1);
        List<String[]> head = HeaderReader.firstRecords(textFile, dialect, 3, maxColumns);
        if (head.isEmpty()) throw InputException.at(label, null, null, "the file is empty (no header)");
        int lead = xlsx ? 1 : 0;
        List<String> header = clean(head.get(0), lead);
        if (header.stream().allMatch(String::isBlank)) throw InputException.at(label, 1, null, "the header row is empty");
        ExportLayout layout = ExportLayout.forFormat(survey.format(), header);
        List<String> alternative = (layout == ExportLayout.QUALTRICS || layout == ExportLayout.QUALTRICS_LEGACY) && head.size() > 1 ? clean(head.get(1), lead) : List.of();
        SurveyFilePlan plan = plan(survey, label, file.getFileName().toString(), header, alternative, layout, dialect, lead,
                xlsx ? CsvStructure.RowNumbers.NONE : structure.rowNumbers());

        Dataset<Row> raw = readRaw(textFile, dialect, header.size(), lead, maxColumns);
        if (plan.dates() != null && needsOrderDetection(survey)) {
            plan = withDetectedOrder(plan, raw, layout);
        }
        Dataset<Row> interpreted = raw.flatMap(new RowInterpreter(plan, pseudonymizer), ExpressionEncoder.apply(Schemas.INTERPRETED));
        String kind = xlsx ? "xlsx" : "csv";
        return new Result(interpreted, new SourceFile("surveys", survey.id(), label, sha, kind, layout.label,
                xlsx ? "xlsx sheet " + (survey.sheet() == null ? "(first)" : survey.sheet()) : dialect.describe() + readAs, header.size()), plan);
    }

    private static List<String> clean(String[] rec, int lead) {
        List<String> out = new ArrayList<>();
        for (int i = lead; i < rec.length; i++) out.add(rec[i] == null ? "" : rec[i].strip());
        return out;
    }

    private Dataset<Row> readRaw(Path textFile, CsvDialect dialect, int width, int lead, int maxColumns) {
        StructType schema = new StructType();
        if (lead == 1) schema = schema.add(XlsxToCsv.ROW_COLUMN, DataTypes.StringType);
        for (int i = 0; i < width; i++) schema = schema.add("c" + i, DataTypes.StringType);
        schema = schema.add("_corrupt_record", DataTypes.StringType);
        Dataset<Row> df = spark.read()
                .option("header", "false")
                .option("sep", String.valueOf(dialect.delimiter()))
                .option("encoding", dialect.encoding())
                .option("quote", "\"")
                .option("escape", "\"")
                .option("multiLine", "true")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", "_corrupt_record")
                .option("maxColumns", String.valueOf(maxColumns))
                .option("maxCharsPerColumn", "-1")
                .option("nullValue", "")
                .option("emptyValue", "")
                .schema(schema)
                .csv(textFile.toString());
        // multiLine makes a file one partition, so the id within the partition is the record index.
        Column idx = monotonically_increasing_id().minus(spark_partition_id().cast("long").multiply(lit(1L << 33)));
        df = df.withColumn("_idx", idx);
        Column userRow = lead == 1 ? col(XlsxToCsv.ROW_COLUMN).cast("long") : col("_idx").plus(1);
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < width; i++) cols.add(col("c" + i));
        cols.add(col("_corrupt_record"));
        cols.add(col("_idx"));
        cols.add(userRow.as("_row"));
        return df.select(cols.toArray(new Column[0]));
    }

    private SurveyFilePlan plan(SurveyConfig s, String label, String fileName, List<String> header, List<String> alt,
                                ExportLayout layout, CsvDialect dialect, int lead, CsvStructure.RowNumbers rowNumbers) {
        InstrumentConfig instrument = study.config().instrument(s.instrument());
        String owner = "survey '" + s.id() + "'";
        ColumnResolver r = new ColumnResolver(label, owner, header, alt);
        int respondent = s.respondent() == null ? -1 : r.required(s.respondent(), "respondent");
        String submittedName = s.submittedAt() != null ? s.submittedAt() : layout.submittedAtIn(header);
        int submitted = s.submittedAt() != null ? r.required(s.submittedAt(), "submitted_at") : r.optional(submittedName);
        List<ItemPlan> items = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (ItemConfig it : instrument.items()) {
            String role = "item " + it.id();
            int c = it.column() != null ? r.required(it.column(), role) : r.byPattern(it.pattern(), role);
            if (!used.add(c)) throw new ConfigException(label + ": " + owner + ": " + role + ": column '" + header.get(c) + "' is already used by another item");
            String scaleId = it.answerScale() != null ? it.answerScale() : instrument.answerScale();
            AnswerScale scale = it.isOpen() ? null : scales.get(scaleId);
            items.add(new ItemPlan(it.id(), it.scale(), c, header.get(c), scale, it.reverse(), it.isOpen()));
        }
        AttributePlan sy = r.attribute(s.schoolYear(), "school_year", fileName);
        boolean anyDate = sy.fromDate() || submitted >= 0;
        FlexibleDates dates = anyDate ? new FlexibleDates(s.schoolYear() != null ? s.schoolYear().dateFormat() : null,
                defaultOrder(layout)) : null;
        if (anyDate && s.csv().dateFormat() != null && !"auto".equals(s.csv().dateFormat()))
            dates = new FlexibleDates(s.csv().dateFormat(), defaultOrder(layout));
        return new SurveyFilePlan(s.id(), s.instrument(), label, layout.headerRows, header.size(), header, respondent,
                submitted >= 0 ? submitted : (sy.fromDate() ? sy.column() : -1), r.attribute(s.wave(), "wave", fileName), sy,
                r.attribute(s.location(), "location", fileName), r.attribute(s.group(), "group", fileName), items,
                dates, knownLocations, dialect.delimiter(), lead, study.config().privacy().includeFreeText(), rowNumbers);
    }

    /** Microsoft Forms on an English tenant writes month first; everything Dutch writes day first. */
    private static FlexibleDates.Order defaultOrder(ExportLayout layout) {
        return layout == ExportLayout.MSFORMS_EN ? FlexibleDates.Order.MONTH_FIRST : FlexibleDates.Order.DAY_FIRST;
    }

    private static boolean needsOrderDetection(SurveyConfig s) {
        boolean configured = (s.schoolYear() != null && s.schoolYear().dateFormat() != null)
                || !"auto".equals(s.csv().dateFormat());
        return !configured;
    }

    /** Looks at up to 5,000 values of the date column to decide whether slash dates are day or month first. */
    private SurveyFilePlan withDetectedOrder(SurveyFilePlan plan, Dataset<Row> raw, ExportLayout layout) {
        int c = plan.schoolYear().fromDate() ? plan.schoolYear().column() : plan.submittedAtColumn();
        if (c < 0) return plan;
        List<String> values = raw.filter(col("_idx").geq(plan.headerRows()).and(col("c" + c).contains("/")))
                .select("c" + c).limit(5000).as(Encoders.STRING()).collectAsList();
        if (values.isEmpty()) return plan;
        FlexibleDates.Order order = FlexibleDates.detectOrder(values, defaultOrder(layout));
        return new SurveyFilePlan(plan.surveyId(), plan.instrumentId(), plan.fileLabel(), plan.headerRows(), plan.width(),
                plan.header(), plan.respondentColumn(), plan.submittedAtColumn(), plan.wave(), plan.schoolYear(),
                plan.location(), plan.group(), plan.items(), new FlexibleDates(null, order), plan.knownLocations(),
                plan.delimiter(), plan.leadingColumns(), plan.keepFreeText(), plan.rowNumbers());
    }

    static List<String> asList(String[] a) {
        return Arrays.asList(a);
    }
}
