package nl.samenkracht.run;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.DistributionTable;
import nl.samenkracht.indicators.ItemDistributions;
import nl.samenkracht.indicators.ScaleScores;
import nl.samenkracht.indicators.SurveyResults;
import nl.samenkracht.indicators.stats.StatisticsResults;
import nl.samenkracht.indicators.stats.StatisticsStage;
import nl.samenkracht.ingest.Checksums;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SurveyData;
import nl.samenkracht.ingest.survey.SurveyIngest;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.privacy.KeyStore;
import nl.samenkracht.privacy.Pseudonymizer;
import nl.samenkracht.report.MethodsText;
import nl.samenkracht.report.ResearchReport;
import nl.samenkracht.report.ReportWriter;
import nl.samenkracht.report.RunInfo;
import nl.samenkracht.report.model.Report;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.model.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;

/**
 * The whole run: ingest → indicators → report model → renderers → run.json, written into a
 * staging folder that replaces the previous run only when everything succeeded.
 */
public final class Pipeline {
    /** Rejects listed in the workbook and CSV; all of them are always in data/rejects (Parquet). */
    static final int REJECT_LISTING_LIMIT = 10_000;

    private final Study study;
    private final SparkSession spark;
    private final RunOptions options;
    private final Progress progress;
    private final Map<String, String> env;

    public Pipeline(Study study, SparkSession spark, RunOptions options, Progress progress, Map<String, String> env) {
        this.study = study;
        this.spark = spark;
        this.options = options;
        this.progress = progress;
        this.env = env;
    }

    public RunResult run() throws IOException {
        StudyConfig c = study.config();
        String startedAt = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Path root = outputRoot();
        Pseudonymizer pseudonymizer = KeyStore.open(c.privacy(), root, env, progress::info);
        Map<String, AnswerScale> scales = AnswerScales.of(c);
        Codebook codebook = Codebook.of(c, scales);
        OutputFolder out = OutputFolder.open(root, study.id());
        Path work = Files.createTempDirectory("samenkracht-work-");
        try {
            progress.start("Reading surveys");
            SurveyData surveys = new SurveyIngest(spark, study, scales, pseudonymizer, work, c.locations()).ingest();
            long read = surveys.accounts().stream().mapToLong(RowAccount::read).sum();
            long accepted = surveys.accounts().stream().mapToLong(RowAccount::accepted).sum();
            progress.done(surveys.sources().size() + " files, " + read + " rows read: " + accepted + " accepted, "
                    + (read - accepted) + " rejected");
            for (RowAccount a : surveys.accounts())
                if (a.rejected() > 0) progress.info(a.file() + ": " + a.rejected() + " rejected " + a.rejectsByReason());

            progress.start("Computing indicators");
            Dataset<Row> responses = surveys.responses().persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> scaleScores = ScaleScores.compute(spark, responses, codebook, c.options().minAnsweredShare())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> desc = Descriptives.compute(spark, scaleScores, responses, codebook)
                    .orderBy("instrument", "level", "measure", "school_year", "wave", "location", "grp");
            Table descriptives = Tables.fromRows("descriptives", desc.schema(), desc.collectAsList());
            Table distributions = DistributionTable.build(ItemDistributions.compute(responses).collectAsList(), codebook);
            List<String> years = new TreeSet<>(descriptives.stringColumn("school_year").asList()).stream().toList();
            StatisticsResults stats = StatisticsStage.compute(spark, responses, scaleScores, codebook, c.options());
            stats.warnings().forEach(progress::warn);
            progress.done(descriptives.rowCount() + " descriptive rows, " + years.size() + " school years, "
                    + stats.prepost().rowCount() + " pre/post tests, " + stats.reliability().rowCount() + " reliability rows");

            progress.start("Writing data and reports");
            Path dir = out.dir();
            writeData(dir, responses, scaleScores, surveys);
            // A total order: the listing (and its cut at REJECT_LISTING_LIMIT) is the same in every run.
            Dataset<Row> rejectsSorted = surveys.rejects().orderBy(col("source"), col("file"), col("row"), col("column"), col("level"), col("reason"), col("detail"));
            Table rejects = Tables.fromRows("rejects", rejectsSorted.schema(),
                    rejectsSorted.limit(REJECT_LISTING_LIMIT).collectAsList());
            String configSha = Checksums.sha256(Files.readString(study.file()));
            RunInfo info = new RunInfo(study, Version.get(), startedAt, configSha, codebook, surveys.sources(),
                    surveys.accounts(), rejects, years);
            List<String> methods = new java.util.ArrayList<>(MethodsText.surveys(c, surveys.accounts(), c.instruments().size(),
                    codebook.scales().size(), codebook.likertItems().size()));
            methods.addAll(stats.methods());
            Report research = ResearchReport.build(info, new SurveyResults(descriptives, distributions), stats, methods);
            if (c.privacy().includeFreeText() && List.of(surveys.openAnswers().columns()).contains("text")) {
                Dataset<Row> open = surveys.openAnswers().orderBy("instrument", "item", "school_year", "wave", "file", "row");
                Table openAnswers = Tables.fromRows("open_answers", open.schema(), open.collectAsList());
                if (openAnswers.rowCount() > 0)
                    research.workbookOnly(new ReportTable("open_answers", "Open antwoorden",
                            "Antwoorden op open vragen, alleen in deze werkmap (niet als CSV). Kan persoonsgegevens bevatten;"
                                    + " weglaten met privacy.include_free_text: false.", openAnswers));
            }
            ReportWriter.write(research, dir);
            progress.done("onderzoek.xlsx, " + research.tables().size() + " tables, " + research.figures().size() + " figures");

            String runName = options.runName() != null ? options.runName() : years.isEmpty() ? "run" : years.get(years.size() - 1);
            RunManifest manifest = manifest(info, c, runName);
            manifest.put("timings_seconds", progress.timings());
            manifest.write(dir.resolve("run.json"));
            Path target = out.commit(runName);
            responses.unpersist();
            scaleScores.unpersist();
            long rejected = read - accepted;
            boolean overThreshold = read > 0 && (double) rejected / read > c.options().rejectThreshold();
            return new RunResult(target, read, accepted, rejected, overThreshold);
        } catch (RuntimeException | IOException e) {
            out.abandon();
            throw e;
        } finally {
            OutputFolder.deleteTree(work);
        }
    }

    private Path outputRoot() {
        if (options.outputRoot() != null) return options.outputRoot().toAbsolutePath().normalize();
        String configured = study.config().output();
        return configured == null ? Path.of("reports").toAbsolutePath() : study.resolve(configured);
    }

    private void writeData(Path dir, Dataset<Row> responses, Dataset<Row> scaleScores, SurveyData surveys) {
        String data = dir.resolve("data").toString();
        responses.write().mode("overwrite").partitionBy("school_year").parquet(data + "/responses");
        scaleScores.write().mode("overwrite").partitionBy("school_year").parquet(data + "/scale_scores");
        surveys.rejects().write().mode("overwrite").parquet(data + "/rejects");
    }

    private RunManifest manifest(RunInfo info, StudyConfig c, String runName) {
        RunManifest m = new RunManifest();
        m.put("samenkracht_version", info.version());
        m.put("study", c.study().id());
        m.put("run", runName);
        m.put("started_at", info.startedAt());
        m.put("config_file", study.file().getFileName().toString());
        m.put("config_sha256", info.configSha256());
        m.put("spark_master", spark.sparkContext().master());
        m.put("spark_version", spark.version());
        m.put("inputs", info.sources().stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", s.source());
            x.put("id", s.id());
            x.put("file", s.file());
            x.put("sha256", s.sha256());
            x.put("layout", s.layout());
            x.put("read_as", s.dialect());
            return x;
        }).toList());
        m.put("row_accounting", info.accounts().stream().map(a -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", a.source());
            x.put("file", a.file());
            x.put("read", a.read());
            x.put("accepted", a.accepted());
            x.put("rejected", a.rejected());
            x.put("rejected_by_reason", a.rejectsByReason());
            x.put("cell_issues", a.cellIssues());
            return x;
        }).toList());
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("min_answered_share", c.options().minAnsweredShare());
        opts.put("pre_wave", c.options().preWave());
        opts.put("post_wave", c.options().postWave());
        opts.put("continuity_correction", c.options().continuityCorrection());
        opts.put("exact_p", c.options().exactP());
        opts.put("reject_threshold", c.options().rejectThreshold());
        opts.put("min_group_size", c.privacy().minGroupSize());
        opts.put("include_free_text", c.privacy().includeFreeText());
        m.put("options", opts);
        return m;
    }
}
