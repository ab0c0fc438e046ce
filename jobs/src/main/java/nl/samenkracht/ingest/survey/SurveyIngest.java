package nl.samenkracht.ingest.survey;

import nl.samenkracht.config.Study;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.ingest.InputFiles;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.frontend.Export;
import nl.samenkracht.ingest.frontend.ExportOpener;
import nl.samenkracht.ingest.frontend.ExportRequest;
import nl.samenkracht.ingest.frontend.FrontEnd;
import nl.samenkracht.ingest.frontend.LocalRows;
import nl.samenkracht.ingest.frontend.Planned;
import nl.samenkracht.ingest.frontend.RowAccounting;
import nl.samenkracht.ingest.frontend.RowKind;
import nl.samenkracht.ingest.frontend.RowsRead;
import nl.samenkracht.ingest.frontend.Source;
import nl.samenkracht.model.Schemas;
import nl.samenkracht.canonical.CanonicalTable;
import nl.samenkracht.canonical.KeyCodes;
import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.canonical.KeyCodes.Key;
import nl.samenkracht.config.InstrumentConfig;
import nl.samenkracht.config.ItemConfig;
import nl.samenkracht.indicators.FusedCollect;
import org.apache.spark.sql.Column;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.*;

/**
 * Reads every survey file of a study through the front end ({@code ingest.frontend}), keeps one submission per respondent × instrument ×
 * school year × wave (the latest; earlier ones are rejected as duplicates, with their rows named),
 * and lays the answers out long: one row per submission × item.
 */
public final class SurveyIngest {
    public static final String[] RESPONSE_COLUMNS = CanonicalTable.RESPONSES.columns();

    private final SparkSession spark;
    private final Study study;
    private final Pseudonymizer pseudonymizer;
    private final ExportOpener opener;
    private final SurveyFilePlanner planner;
    private final RowsRead rowsRead;

    public SurveyIngest(SparkSession spark, Study study, Map<String, AnswerScale> scales, Pseudonymizer pseudonymizer,
                        Path workDir, List<String> knownLocations) {
        this(spark, study, scales, pseudonymizer, workDir, knownLocations, null);
    }

    /** @param rowsRead the run's count of rows read (the progress line), or null */
    public SurveyIngest(SparkSession spark, Study study, Map<String, AnswerScale> scales, Pseudonymizer pseudonymizer,
                        Path workDir, List<String> knownLocations, RowsRead rowsRead) {
        this.rowsRead = rowsRead;
        this.spark = spark;
        this.study = study;
        this.pseudonymizer = pseudonymizer;
        this.opener = new ExportOpener(study.dir(), workDir);
        this.planner = new SurveyFilePlanner(study, scales, knownLocations);
    }

    /** The opened and planned files of every survey, and what was learnt of each. */
    public record Opened(List<Planned<SurveyFilePlan>> files, List<SourceFile> sources) {}

    /** Files resolved, opened and their headers checked against study.yaml, without reading the rows (for validate). */
    public Opened open() {
        List<Planned<SurveyFilePlan>> files = new ArrayList<>();
        List<SourceFile> sources = new ArrayList<>();
        for (SurveyConfig s : study.config().surveys()) {
            List<Path> paths = InputFiles.resolve(study, "survey '" + s.id() + "'", s.files());
            // Qualtrics keeps question texts in a second header row that configured columns may name.
            List<Export> exports = opener.openAll(new ExportRequest(Source.SURVEYS, s.id(), s.format(), s.sheet(), s.csv(), 2), paths);
            List<SurveyFilePlan> plans = ExportOpener.inParallel(exports, e -> planner.plan(s, e));
            for (int i = 0; i < exports.size(); i++) {
                Export e = exports.get(i);
                SurveyFilePlan plan = plans.get(i);
                files.add(new Planned<>(e, plan.headerRows(), plan.columns(), plan));
                sources.add(e.source(Source.SURVEYS, s.id(), ExportLayout.forFormat(s.format(), e.header()).label));
            }
        }
        return new Opened(files, sources);
    }

    /**
     * One file's records interpreted on the driver, without Spark, with the plan and interpreter of a run
     * ({@link LocalRows}): what {@code validate} counts, so its row rules are the run's. Each output row (schema
     * {@link Schemas#INTERPRETED}) goes to {@code sink}, before duplicates are marked.
     *
     * @param e opened with two head records (Qualtrics' second header row), as {@link #open()} does
     */
    public static void interpretLocally(Study study, Map<String, AnswerScale> scales, SurveyConfig s, Export e,
                                        Pseudonymizer pseudonymizer, java.util.function.Consumer<Row> sink) {
        SurveyFilePlan plan = new SurveyFilePlanner(study, scales, study.config().locations()).plan(s, e);
        LocalRows.interpret(new Planned<>(e, plan.headerRows(), plan.columns(), plan), new RowInterpreter(pseudonymizer), sink);
    }

    /** Every record of every survey file, interpreted ({@link Schemas#INTERPRETED}), before duplicates are marked. */
    public Dataset<Row> interpreted(Opened opened) {
        return FrontEnd.read(spark, opened.files(), new RowInterpreter(pseudonymizer), Schemas.INTERPRETED, rowsRead);
    }

    public SurveyData ingest() {
        Opened opened = open();
        // A study without surveys (contacts or interviews only) runs the same steps on an empty
        // stream, so every later stage gets typed, empty tables instead of a special case.
        Dataset<Row> all = interpreted(opened);
        // The latest submission counts (Duplicates: the rule validate applies too).
        Dataset<Row> marked = all.withColumn(RowKind.COLUMN, Duplicates.kind()).persist(StorageLevel.MEMORY_AND_DISK());

        // One aggregation gives both the row accounting per file and the completion per instrument ×
        // school year × wave × location (the same rows, grouped a little finer); the values the key
        // dictionaries need are a second part of the same Spark action.
        Dataset<Row> submissions = marked.filter(RowKind.ACCEPTED.is());
        FusedCollect fused = new FusedCollect();
        FusedCollect.Part counted = fused.add(marked.groupBy(col("file"), col("instrument"), col("school_year"), col("wave"),
                col("location"), col(RowKind.COLUMN), when(RowKind.DUPLICATE.is(), lit(DUPLICATE.code())).otherwise(col("reason")).as("reason"))
                .count());
        FusedCollect.Part found = fused.add(submissions.select(FOUND_KEYS).distinct());
        fused.collect();
        List<RowAccounting.Count> counts = new ArrayList<>();
        List<SurveyCompletion.Count> completionCounts = new ArrayList<>();
        for (Row r : counted.rows()) {
            RowKind kind = RowKind.of(r.getInt(5));
            RejectReason reason = r.isNullAt(6) ? null : RejectReason.of(r.getString(6));
            long n = r.getLong(7);
            counts.add(new RowAccounting.Count(Source.SURVEYS.label(), r.getString(0), kind, reason, n));
            completionCounts.add(new SurveyCompletion.Count(r.getString(1), r.getString(2), r.getString(3), r.getString(4), kind, reason, n));
        }
        List<RowAccount> accounts = RowAccounting.accounts(counts, opened.sources());
        KeyCodes keys = keys(found.rows());
        Dataset<Row> exploded = submissions
                .select(col("instrument"), col("survey"), col("school_year"), col("wave"), col("location"), col("grp"),
                        col("respondent"), col("anonymous"), col("file"), col("row"), explode(col("answers")).as("a"));
        // Keys coded once per submission before the answers are laid out long, item and scale per answer.
        Dataset<Row> responses = submissions
                .select(keys.encode(Key.INSTRUMENT, col("instrument")), col("survey"),
                        keys.encode(Key.SCHOOL_YEAR, col("school_year")), keys.encode(Key.WAVE, col("wave")),
                        keys.encode(Key.LOCATION, col("location")), keys.encode(Key.GROUP, col("grp")),
                        col("respondent"), col("anonymous"), col("file"), col("row"), explode(col("answers")).as("a"))
                .filter(col("a.text").isNull())
                .select(col("instrument"), col("survey"), col("school_year"), col("wave"), col("location"), col("grp"),
                        col("respondent"), col("anonymous"), keys.encode(Key.ITEM, col("a.item")),
                        keys.encode(Key.SCALE, col("a.scale")), col("a.value").as("value"), col("a.score").as("score"),
                        col("a.missing_label").as("missing_label"), col("file"), col("row"));
        Dataset<Row> open = exploded.filter(col("a.text").isNotNull())
                .select(col("instrument"), col("school_year"), col("wave"), col("location"), col("grp"),
                        col("respondent"), col("a.item").as("item"), col("a.text").as("text"), col("file"), col("row"));
        Dataset<Row> rejects = marked.filter(RowKind.REJECTED.is().or(RowKind.DUPLICATE.is()).or(RowKind.CELL_ISSUE.is()))
                .select(lit(Source.SURVEYS.label()).as("source"), col("file"), col("row"),
                        when(RowKind.CELL_ISSUE.is(), lit("cell")).otherwise(lit("row")).as("level"),
                        when(RowKind.DUPLICATE.is(), lit(DUPLICATE.code())).otherwise(col("reason")).as("reason"),
                        col("column"),
                        when(RowKind.DUPLICATE.is(), lit(Duplicates.DETAIL))
                                .otherwise(col("detail")).as("detail"),
                        col("school_year"));
        return new SurveyData(CanonicalTable.RESPONSES.require(responses, "survey ingest"),
                CanonicalTable.OPEN_ANSWERS.require(open, "survey ingest"), CanonicalTable.REJECTS.require(rejects, "survey ingest"),
                accounts, opened.sources(), SurveyCompletion.of(completionCounts));
    }

    /** The keys whose dictionaries come from the values found (the others come from study.yaml). */
    private static final Column[] FOUND_KEYS = {col("school_year"), col("wave"), col("location"), col("grp")};

    /**
     * The key dictionaries of this study's responses: instruments, items and scales as study.yaml declares
     * them, school years, waves, locations and groups as the accepted submissions have them.
     */
    private KeyCodes keys(List<Row> found) {
        Map<Key, Set<String>> values = new EnumMap<>(Key.class);
        for (Key k : Key.values()) values.put(k, new HashSet<>());
        for (InstrumentConfig in : study.config().instruments()) {
            values.get(Key.INSTRUMENT).add(in.id());
            for (ItemConfig it : in.items()) {
                values.get(Key.ITEM).add(it.id());
                values.get(Key.SCALE).add(it.scale());
            }
        }
        Key[] columns = {Key.SCHOOL_YEAR, Key.WAVE, Key.LOCATION, Key.GROUP};
        for (Row r : found)
            for (int i = 0; i < columns.length; i++) if (!r.isNullAt(i)) values.get(columns[i]).add(r.getString(i));
        return KeyCodes.of(values);
    }

    /** The reject reason of a submission that a later one of the same respondent replaces. */
    static final RejectReason DUPLICATE = Duplicates.REASON;
}
