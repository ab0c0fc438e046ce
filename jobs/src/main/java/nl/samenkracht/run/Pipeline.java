package nl.samenkracht.run;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.DescriptiveRow;
import nl.samenkracht.indicators.ItemDistributions;
import nl.samenkracht.indicators.OptionCount;
import nl.samenkracht.indicators.FusedCollect;
import nl.samenkracht.indicators.SurveyCube;
import nl.samenkracht.indicators.design.DesignStage;
import nl.samenkracht.indicators.ScaleScores;
import nl.samenkracht.indicators.Submissions;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.indicators.SurveyIndicators;
import nl.samenkracht.indicators.SurveyResults;
import nl.samenkracht.report.audience.AudienceInputs;
import nl.samenkracht.report.audience.AudienceReports;
import nl.samenkracht.coverage.CoverageResults;
import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.indicators.contacts.ContactIndicators;
import nl.samenkracht.indicators.contacts.ContactResults;
import nl.samenkracht.ingest.contacts.ContactData;
import nl.samenkracht.ingest.contacts.ContactIngest;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.coverage.CoverageStage;
import nl.samenkracht.coverage.EvidenceWaves;
import nl.samenkracht.indicators.interviews.InterviewResults;
import nl.samenkracht.indicators.interviews.InterviewStage;
import nl.samenkracht.indicators.stats.StatisticsResults;
import nl.samenkracht.indicators.stats.StatisticsStage;
import nl.samenkracht.ingest.Checksums;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.frontend.RowsRead;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.ingest.survey.SurveyData;
import nl.samenkracht.ingest.survey.SurveyIngest;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.privacy.FreeTextMask;
import nl.samenkracht.privacy.FreeTextMasks;
import nl.samenkracht.privacy.KeyStore;
import nl.samenkracht.privacy.Pseudonymizer;
import nl.samenkracht.report.MethodsText;
import nl.samenkracht.report.RejectReasonText;
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
        Path work = options.workDir() == null ? Files.createTempDirectory("samenkracht-work-")
                : Files.createTempDirectory(Files.createDirectories(options.workDir()), "samenkracht-work-");
        SparkActivity activity = SparkActivity.watch(spark);
        // The progress line of a long step, every 5 s: the Spark stage, and while the exports are read,
        // the rows read from them so far (the front end's own count: Spark's input metrics would also
        // count every cached block and file the later steps read).
        RowsRead rowsRead = RowsRead.register(spark);
        java.util.concurrent.atomic.AtomicBoolean reading = new java.util.concurrent.atomic.AtomicBoolean(true);
        progress.tick(() -> reading.get() ? activity.describe() + rowsRead(rowsRead.total()) : activity.describe());
        Concurrent writers = new Concurrent("samenkracht-write");
        boolean writing = false;
        try {
            progress.start("Reading surveys and interviews");
            // The three ingests are independent: they run at once, so that one's driver-side work
            // (planning, code generation, xlsx streaming, interview parsing) overlaps another's
            // Spark tasks. Each gets its own pseudonymiser (its HMAC instance is not thread-safe)
            // and its own work folder.
            EvidenceWaves waves = CoverageStage.waves(study, c.coverage());
            // Free text (interview passages, open answers, reject details) is masked before any output.
            List<String> rosterNames = nl.samenkracht.ingest.RosterNames.of(study);
            // The study's locations are no persons: never masked as a name (a pupil may be called Beek).
            FreeTextMask always = FreeTextMask.of(rosterNames, c.locations());
            FreeTextMask mask = c.privacy().maskFreeText() ? always : FreeTextMask.NONE;
            Path surveyWork = Files.createDirectories(work.resolve("surveys"));
            Path contactWork = Files.createDirectories(work.resolve("contacts"));
            Concurrent ingests = new Concurrent("samenkracht-ingest");
            Concurrent.Task<SurveyData> surveyTask = ingests.submit(() -> new SurveyIngest(spark, study, scales,
                    copy(pseudonymizer), surveyWork, c.locations(), rowsRead).ingest());
            Path interviewWork = Files.createDirectories(work.resolve("interviews"));
            Concurrent.Task<InterviewResults> interviewTask = ingests.submit(() -> InterviewStage.run(spark, study,
                    c.interviews(), waves, copy(pseudonymizer), mask, interviewWork, rowsRead));
            Concurrent.Task<ContactData> contactTask = c.contacts().logs().isEmpty() ? null : ingests.submit(() ->
                    new ContactIngest(spark, study, c.contacts(), copy(pseudonymizer), contactWork, c.locations(), rowsRead).ingest());
            // Joined in a fixed order, so that a run with two bad inputs always reports the same one.
            SurveyData surveys = ingests.join(surveyTask);
            progress.step("surveys");
            InterviewResults interviews = ingests.join(interviewTask);
            progress.step("interviews");
            ContactData contacts = contactTask == null ? null : ingests.join(contactTask);
            ingests.close();
            if (contacts != null) contacts.warnings().forEach(progress::warn);
            progress.step("contact logs");
            List<RowAccount> accounts = concat(concat(surveys.accounts(), interviews.accounts()),
                    contacts == null ? List.of() : contacts.accounts());
            long read = accounts.stream().mapToLong(RowAccount::read).sum();
            long accepted = accounts.stream().mapToLong(RowAccount::accepted).sum();
            long rejected = accounts.stream().mapToLong(RowAccount::rejected).sum();
            long incomplete = accounts.stream().mapToLong(RowAccount::incomplete).sum();
            reading.set(false);
            progress.done(accounts.size() + " files, " + read + " rows read: " + accepted + " accepted, " + rejected + " rejected"
                    + (incomplete > 0 ? ", " + incomplete + " incomplete submissions (counted, not analysed)" : ""));
            // Which layout each file was read as (issue 15: a wrong guess shows here, not in a strange result).
            List<SourceFile> sources = concat(concat(surveys.sources(), interviews.sources()),
                    contacts == null ? List.of() : contacts.sources());
            for (SourceFile f : sources)
                progress.info(f.file() + ": " + f.layout() + (f.dialect() == null || f.dialect().isBlank() ? "" : ", " + f.dialect()));
            for (RowAccount a : accounts) {
                if (a.incomplete() > 0) progress.info(a.file() + ": " + rows(a.incomplete()) + " incomplete (counted, not analysed): "
                        + english(a.incompleteByReason()));
                if (a.rejected() > 0) progress.info(a.file() + ": " + rows(a.rejected()) + " rejected: " + english(a.rejectsByReason()));
                if (a.skipped() > 0) progress.info(a.file() + ": " + rows(a.skipped()) + " without data skipped: " + english(a.skippedByReason()));
            }

            progress.start("Computing indicators and statistics");
            Dataset<Row> responses = surveys.responses().persist(StorageLevel.MEMORY_AND_DISK());
            // The one aggregation per respondent (issue 13): scale scores, reliability's answer patterns and
            // pre/post's pairs are all made from it, so the long responses are shuffled once.
            Submissions submissions = Submissions.of(responses).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> scaleScores = ScaleScores.of(submissions, codebook, c.options().minAnsweredShare());
            // Every result in one Spark action: the survey count cubes (descriptives, item
            // distributions, cells), the statistics' and design's inputs, the contact aggregations.
            FusedCollect fused = new FusedCollect();
            SurveyCube.Request cubeRequest = SurveyCube.request(fused, responses, scaleScores);
            StatisticsStage.Request statsRequest = StatisticsStage.request(fused, responses, submissions, scaleScores, codebook, c.options());
            FusedCollect.Part designRequest = DesignStage.request(fused, scaleScores, c.design(), c.options());
            // Score counts per cell for the audience reports' tests (Mann-Whitney year against year, location against rest).
            Dataset<Row> scoreCountData = nl.samenkracht.indicators.ScoreSamples.counts(scaleScores);
            FusedCollect.Part scoreCounts = scoreCountData == null ? null : fused.add(scoreCountData);
            ContactIndicators.Request contactRequest = contacts == null ? null
                    : ContactIndicators.request(fused, contacts, c.contacts().options());
            Dataset<Row> rejectsAll = surveys.rejects().unionByName(interviews.rejects());
            if (contacts != null) rejectsAll = rejectsAll.unionByName(contacts.rejects());
            // A reject's detail may quote a cell (an unknown answer): someone may have typed an e-mail
            // address or phone number there. Masked whatever include_free_text says.
            rejectsAll = FreeTextMasks.maskColumn(rejectsAll, "detail", always);
            // Ingest names each reason by its code; from here on (listing, data/rejects) it is the report's Dutch.
            rejectsAll = rejectsAll.withColumn("reason", RejectReasonText.dutch(col("reason")));
            // A total order: the listing (and its cut at REJECT_LISTING_LIMIT) is the same in every run.
            Dataset<Row> rejectsSorted = rejectsAll.orderBy(col("source"), col("file"), col("row"), col("column"), col("level"), col("reason"), col("detail"));
            FusedCollect.Part rejectsListing = fused.add(rejectsSorted.limit(REJECT_LISTING_LIMIT));
            boolean openText = c.privacy().includeFreeText() && List.of(surveys.openAnswers().columns()).contains("text");
            Dataset<Row> open = openText ? surveys.openAnswers().orderBy("instrument", "item", "school_year", "wave", "file", "row") : null;
            FusedCollect.Part openPart = openText ? fused.add(open) : null;
            fused.collect();
            List<Row> openRows = openPart == null ? List.of() : FreeTextMasks.maskRows(openPart.rows(), open.schema().fieldIndex("text"), mask);
            // The Parquet data is written in the background while the driver computes the
            // statistics and renders the reports (run.Concurrent): it needs nothing from them.
            Path dir = out.dir();
            Dataset<Row> rejectsData = rejectsAll;
            writing = true;
            Concurrent.Task<Void> parquet = writers.submit(() -> {
                // The whole open answers, also those too long for a workbook cell (masked as in the workbook).
                if (!openRows.isEmpty())
                    spark.createDataFrame(openRows, open.schema()).write().mode("overwrite").partitionBy("school_year")
                            .parquet(dir.resolve("data/open_answers").toString());
                if (contacts != null)
                    contacts.contacts().write().mode("overwrite").partitionBy("school_year").parquet(dir.resolve("data/contacts").toString());
                writeData(dir, responses, scaleScores, interviews.isEmpty() ? null : interviews.segments(), rejectsData);
                // Respondent data for SPSS, JASP and R (pseudonymised, no free text): research output only.
                if (!codebook.likertItems().isEmpty())
                    nl.samenkracht.export.RespondentExport.write(dir, responses, scaleScores, codebook,
                            "Samenkracht " + Version.get() + ": " + c.study().name(),
                            List.of(c.options().preWave(), c.options().postWave()));
                return null;
            });
            SurveyCube cube = cubeRequest.result();
            List<DescriptiveRow> descriptives = Descriptives.compute(cube, codebook);
            List<OptionCount> distributions = ItemDistributions.build(cube, codebook);
            progress.step("scale scores and descriptives");
            List<String> years = new TreeSet<>(descriptives.stream().map(DescriptiveRow::schoolYear).toList()).stream().toList();
            StatisticsResults stats = StatisticsStage.compute(statsRequest, cube, codebook, c.options());
            stats.warnings().forEach(progress::warn);
            DesignStage.Results design = DesignStage.compute(designRequest, codebook, c.design(), c.options());
            progress.step("statistics");
            ContactResults contactResults = contactRequest == null ? null : ContactIndicators.compute(contactRequest);
            List<EvidenceValue> contactEvidence = contactResults == null ? List.of() : contactResults.evidence();
            if (contactResults != null) {
                contactEvidence = new java.util.ArrayList<>(contactEvidence);
                contactEvidence.addAll(nl.samenkracht.coverage.PartnerEvidence.from(contactResults.reach(), contactResults.tone(),
                        contactResults.regularity()));
            }
            progress.step("contact indicators");
            // The Kotter log's descriptions are free text too: masked as read (as typed with raw, dropped with false).
            java.util.function.UnaryOperator<String> kotterText = c.privacy().includeFreeText() ? mask::apply : t -> "";
            CoverageResults coverage = CoverageStage.compute(study, c.coverage(), codebook, descriptives, interviews.evidence(),
                    contactEvidence, kotterText);
            coverage.warnings().forEach(progress::warn);
            progress.step("coverage");
            progress.done(descriptives.size() + " descriptive rows, " + years.size() + " school years, "
                    + stats.prepost().size() + " pre/post tests, " + coverage.rows().size() + " coverage rows");

            progress.start("Writing data and reports");
            Table rejects = Tables.fromRows("rejects", rejectsSorted.schema(), rejectsListing.rows());
            String configSha = Checksums.sha256(Files.readString(study.file()));
            RunInfo info = new RunInfo(study, Version.get(), startedAt, configSha, codebook,
                    sources,
                    accounts, rejects, years, surveys.completion());
            progress.step("rejects listing");
            List<String> methods = new java.util.ArrayList<>(MethodsText.surveys(c, surveys.accounts(), c.instruments().size(),
                    codebook.scales().size(), codebook.likertItems().size()));
            methods.addAll(nl.samenkracht.report.methods.StatisticsMethods.paragraphs(stats, c.options()));
            methods.addAll(nl.samenkracht.report.methods.DesignMethods.paragraphs(design, c.design(), c.options()));
            methods.addAll(nl.samenkracht.report.methods.InterviewMethods.paragraphs(interviews.reading(), waves));
            methods.addAll(nl.samenkracht.report.methods.CoverageMethods.paragraphs(coverage, c.coverage(), waves));
            methods.addAll(MethodsText.freeText(c.privacy(), !rosterNames.isEmpty()));
            Report research = ResearchReport.build(info, new SurveyResults(descriptives, distributions), stats, interviews, coverage, methods);
            if (openPart != null) {
                Table openAnswers = Tables.fromRows("open_answers", open.schema(), openRows);
                if (openAnswers.rowCount() > 0) research.workbookOnly(ResearchReport.openAnswers(openAnswers, c.privacy().maskFreeText()));
            }
            if (contactResults != null) {
                nl.samenkracht.report.tables.ContactTables.reportTables(contactResults).forEach(research::table);
                nl.samenkracht.report.figures.ContactFigures.build(contactResults).forEach(research::figure);
            }
            nl.samenkracht.report.tables.DesignTables.reportTables(design).forEach(research::table);
            nl.samenkracht.report.figures.DesignFigures.build(design, codebook).forEach(research::figure);
            progress.step("research report model");
            // The research workbook renders while the audience reports are built and rendered.
            Concurrent.Task<Void> researchWriter = writers.submit(() -> {
                ReportWriter.write(research, dir);
                return null;
            });
            List<IndicatorValue> keyFigures = keyFigures(c, descriptives, codebook, contactResults);
            keyFigures.addAll(AudienceInputs.achievement(coverage));
            nl.samenkracht.comparison.ComparisonSettings settings = nl.samenkracht.comparison.ComparisonSettings.of(
                    c.privacy().minGroupSize(), c.report().minRelevantDifference());
            java.util.Set<String> testYears = new java.util.TreeSet<>(years.subList(Math.max(0, years.size() - 2), years.size()));
            nl.samenkracht.indicators.ScoreSamples samples = nl.samenkracht.indicators.ScoreSamples.from(scoreCounts == null ? null : scoreCounts.rows(),
                    SurveyIndicators.waves(descriptives, c.options().postWave()), testYears,
                    c.report().hasFocus() ? c.report().focus().group() : null);
            String latestYear = keyFigures.stream().map(IndicatorValue::schoolYear).max(String::compareTo).orElse(null);
            var tests = AudienceReports.tests(nl.samenkracht.comparison.Comparisons.years(keyFigures, samples, settings),
                    nl.samenkracht.comparison.Comparisons.locations(keyFigures.stream()
                            .filter(v -> v.schoolYear().equals(latestYear)).toList(), samples, settings));
            tests = tests.withSpreads(nl.samenkracht.comparison.Comparisons.pooledSds(keyFigures, samples));
            if (contactResults != null && latestYear != null) {
                List<IndicatorValue> classFigures = nl.samenkracht.comparison.ClassFigures.from(contactResults.reach(), latestYear);
                tests = tests.withClasses(new nl.samenkracht.report.audience.KeyFigureTests.ClassLevel(classFigures,
                        nl.samenkracht.comparison.Comparisons.locations(classFigures, null, settings)));
            }
            for (Report audience : AudienceReports.build(info, keyFigures, tests,
                    AudienceInputs.coverageCells(coverage), c.privacy().minGroupSize()))
                ReportWriter.write(audience, dir);
            progress.step("directie.xlsx and bestuur.xlsx");
            writers.join(researchWriter);
            progress.step("onderzoek.xlsx, CSV and figures");
            writers.join(parquet);
            writers.close();
            progress.step("Parquet data");
            // Counted where they are: the three reports each write their charts into figures/ (issue 15: the
            // sample said 37 while it wrote more).
            progress.done("onderzoek.xlsx, directie.xlsx, bestuur.xlsx; " + research.tables().size() + " research tables, "
                    + pngFiles(dir.resolve("figures")) + " figures");

            // A contacts-only or interviews-only study is named after the school year of its data too.
            List<String> runYears = years.isEmpty() ? sourceYears(contactResults, interviews) : years;
            String runName = options.runName() != null ? options.runName() : runYears.isEmpty() ? "run" : runYears.get(runYears.size() - 1);
            RunManifest manifest = manifest(info, c, runName);
            manifest.put("timings_seconds", progress.timings());
            manifest.put("step_timings_seconds", progress.steps());
            manifest.put("step_cpu_seconds", progress.stepCpu());
            manifest.put("spark_activity", activity.counts());
            manifest.write(dir.resolve("run.json"));
            Path target = out.commit(runName);
            responses.unpersist();
            submissions.unpersist();
            // Incomplete submissions are not rejects: the threshold is the rejected share of the rows
            // that were submitted to be used (accepted + rejected), so they count on neither side (issue 15).
            long submitted = accepted + rejected;
            boolean overThreshold = submitted > 0 && (double) rejected / submitted > c.options().rejectThreshold();
            return new RunResult(target, submitted, accepted, rejected, overThreshold);
        } catch (RuntimeException | IOException e) {
            writers.stop(); // nothing may still write into the staging folder while it is removed
            out.abandon();
            // A failed write (a full disk, no permission) names the output folder, whatever layer
            // (Spark's Parquet writer, POI, ImageIO) noticed it first (WriteFailure says why).
            IOException io = IoMessages.ioCause(e);
            if (writing && io != null && !(e instanceof WriteFailure))
                throw new WriteFailure("cannot write the report to", out.parent(), io);
            throw e;
        } finally {
            writers.stop(); // after a failure: nothing may still write into the staging folder
            progress.close();
            activity.close();
            OutputFolder.deleteTree(work);
        }
    }

    /** The PNG files in a folder (the figures written). */
    static long pngFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return 0;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".png") && Files.isRegularFile(f)).count();
        }
    }

    /** A count by reason in English from the typed reason, in the data-quality sheet's order (the terminal's reject lines). */
    private static String english(Map<RejectReason, Long> byReason) {
        return RejectReason.counts(RejectReasonText.ordered(byReason));
    }

    /** School years of the contact logs (from their results: no extra query) and interview segments, sorted. */
    private static List<String> sourceYears(ContactResults contacts, InterviewResults interviews) {
        TreeSet<String> out = new TreeSet<>();
        if (contacts != null) out.addAll(contacts.schoolYears());
        if (!interviews.isEmpty()) collectYears(interviews.segments(), out);
        return List.copyOf(out);
    }

    private static void collectYears(Dataset<Row> data, TreeSet<String> out) {
        if (!List.of(data.columns()).contains("school_year")) return;
        for (Row r : data.select("school_year").distinct().collectAsList()) if (!r.isNullAt(0)) out.add(r.getString(0));
    }

    private Path outputRoot() {
        if (options.outputRoot() != null) return options.outputRoot().toAbsolutePath().normalize();
        String configured = study.config().output();
        // Relative to the study file's folder, like every other path in study.yaml (docs/config-reference.md).
        return study.resolve(configured == null ? "reports" : configured);
    }

    private void writeData(Path dir, Dataset<Row> responses, Dataset<Row> scaleScores, Dataset<Row> segments, Dataset<Row> rejects) {
        String data = dir.resolve("data").toString();
        nl.samenkracht.canonical.CanonicalTable.REJECTS.require(rejects, "writing data");
        nl.samenkracht.canonical.CanonicalTable.RESPONSES.require(responses, "writing data");
        if (segments != null) nl.samenkracht.canonical.CanonicalTable.INTERVIEW_SEGMENTS.require(segments, "writing data");
        // data/ holds the study's own values: the integer-coded keys (canonical.KeyCodes) are decoded.
        nl.samenkracht.canonical.KeyCodes.decode(responses).write().mode("overwrite").partitionBy("school_year").parquet(data + "/responses");
        nl.samenkracht.canonical.KeyCodes.decode(scaleScores).write().mode("overwrite").partitionBy("school_year").parquet(data + "/scale_scores");
        if (segments != null) segments.write().mode("overwrite").partitionBy("school_year").parquet(data + "/interview_segments");
        rejects.write().mode("overwrite").parquet(data + "/rejects");
    }

    /**
     * The key figures of directie and bestuur: the questionnaire's scales for everybody and for the
     * focus group (report.focus), and the contact indicators per counterpart kind, the intervention's
     * reach first.
     */
    private static List<IndicatorValue> keyFigures(StudyConfig c, List<DescriptiveRow> descriptives, Codebook codebook, ContactResults contacts) {
        List<IndicatorValue> out = new java.util.ArrayList<>();
        if (c.report().hasFocus())
            out.addAll(SurveyIndicators.fromDescriptives(descriptives, codebook, c.options().postWave(), c.report().focus().group(),
                    c.report().focus().label()));
        out.addAll(SurveyIndicators.fromDescriptives(descriptives, codebook, c.options().postWave()));
        if (contacts != null)
            out.addAll(nl.samenkracht.comparison.ContactKeyFigures.from(contacts.reach(), contacts.tone(), contacts.regularity(),
                    java.util.Set.copyOf(c.report().intervention())));
        return out;
    }

    /** A pseudonymiser of its own for a concurrent stage (same key, same pseudonyms). */
    private static Pseudonymizer copy(Pseudonymizer p) {
        return org.apache.commons.lang3.SerializationUtils.clone(p);
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    /** The progress line's count while the exports are read: "; 4,198 rows read from the exports". */
    static String rowsRead(long rows) {
        return String.format(java.util.Locale.ROOT, "; %,d %s read from the exports", rows, rows == 1 ? "row" : "rows");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
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
            x.put("rejected_by_reason", RejectReasonText.dutch(a.rejectsByReason()));
            x.put("cell_issues", a.cellIssues());
            x.put("skipped", a.skipped());
            x.put("skipped_by_reason", RejectReasonText.dutch(a.skippedByReason()));
            x.put("incomplete", a.incomplete());
            x.put("incomplete_by_reason", RejectReasonText.dutch(a.incompleteByReason()));
            return x;
        }).toList());
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("min_answered_share", c.options().minAnsweredShare());
        opts.put("pre_wave", c.options().preWave());
        opts.put("post_wave", c.options().postWave());
        opts.put("continuity_correction", c.options().continuityCorrection());
        opts.put("exact_p", c.options().exactP());
        opts.put("zero_method", c.options().zeroMethod());
        opts.put("reject_threshold", c.options().rejectThreshold());
        opts.put("min_group_size", c.privacy().minGroupSize());
        opts.put("include_free_text", c.privacy().includeFreeText());
        m.put("options", opts);
        return m;
    }
}
