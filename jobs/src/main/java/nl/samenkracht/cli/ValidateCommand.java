package nl.samenkracht.cli;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.ingest.frontend.RowKind;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.ingest.survey.SurveyIngest;
import nl.samenkracht.privacy.Pseudonymizer;
import nl.samenkracht.run.OutputFolder;
import nl.samenkracht.run.SparkSessions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a study: the config, that every file exists and can be read, that every configured",
                "column is in its header, and list unreadable rows and unknown answer labels with file, row",
                "and column. Computes nothing and writes nothing."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY_YAML")
    Path studyFile;

    /**
     * A detail quotes the cell it is about ('Eensch' staat niet op de antwoordschaal); the terminal
     * shows where and why, never what was typed (an e-mail address in a Likert cell, a name).
     */
    static String withoutCellContents(String detail) {
        return detail.replaceAll("'[^']*'", "[…]");
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Study study = StudyLoader.load(studyFile);
        out.println("config ok: " + study.file());
        Path work = Files.createTempDirectory("samenkracht-validate-");
        try (SparkSessions.Lease lease = SparkSessions.acquire(() -> SparkSessions.create("local[*]", 2))) {
            SparkSession spark = lease.session();
            // A throwaway key: validate shows no identifiers and keeps nothing, so no key file is needed.
            Pseudonymizer throwaway = new Pseudonymizer(new java.security.SecureRandom().generateSeed(32));
            SurveyIngest ingest = new SurveyIngest(spark, study, AnswerScales.of(study.config()), throwaway, work, study.config().locations());
            long total = 0;
            SurveyIngest.Opened opened = ingest.open();
            // One pass over all files: the (few) problems are kept, then counted and listed per file.
            Dataset<Row> problems = ingest.interpreted(opened).filter(not(RowKind.ACCEPTED.is()))
                    .select("file", "row", "column", "reason", "detail").persist(StorageLevel.MEMORY_AND_DISK());
            for (SourceFile source : opened.sources()) {
                Dataset<Row> mine = problems.filter(col("file").equalTo(source.file())).drop("file");
                long n = mine.count();
                List<Row> bad = mine.orderBy("row").limit(50).collectAsList();
                out.println(source.file() + ": " + source.layout() + ", " + source.dialect() + ", "
                        + source.columns() + " columns, all configured columns found"
                        + (n == 0 ? ", no problems" : ", " + n + " problems:"));
                for (Row b : bad) {
                    out.println("  " + source.file() + ", row " + b.getInt(0)
                            + (b.isNullAt(1) ? "" : ", column '" + b.getString(1) + "'") + ": " + b.getString(2)
                            + (b.isNullAt(3) ? "" : " (" + withoutCellContents(b.getString(3)) + ")"));
                }
                if (n > bad.size()) out.println("  … and " + (n - bad.size()) + " more");
                total += n;
            }
            problems.unpersist();
            nl.samenkracht.model.Codebook codebook = nl.samenkracht.model.Codebook.of(study.config(), AnswerScales.of(study.config()));
            nl.samenkracht.indicators.interviews.InterviewStage.validate(study, study.config().interviews());
            nl.samenkracht.coverage.CoverageStage.validate(study, study.config().coverage(), codebook);
            out.println("interviews and success-factor mappings ok");
            out.println(total == 0 ? "valid: no problems found" : "valid config; " + total + " row or cell problems (a run rejects or blanks them and counts them)");
            return ExitCodes.OK;
        } finally {
            OutputFolder.deleteTree(work);
        }
    }
}
