package nl.samenkracht.trust;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.report.RejectReasonText;
import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SurveyData;
import nl.samenkracht.ingest.survey.SurveyIngest;
import nl.samenkracht.report.FileNames;
import nl.samenkracht.testing.CliRun;
import nl.samenkracht.testing.SharedSpark;
import nl.samenkracht.testing.StudyFixture;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The hostile-input corpus, table driven: each {@link CorpusCase} writes its files into a fresh
 * study folder and states its outcome — an exit code with the message fragments the user must
 * see (run through {@code Main.execute}, as the command line would), or the row accounting and
 * the rejects with row, column and reason (read through the survey ingest, on the suite's shared
 * SparkSession). For every file read, read == accepted + rejected and the listed rejects match
 * the counts.
 */
class HostileInputCorpusTest {
    @TempDir
    static Path root;

    @TestFactory
    Stream<DynamicTest> surveyCorpus() {
        List<CorpusCase> cases = SurveyCorpus.cases();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, cases.indexOf(c))));
    }

    @Test
    void theCorpusCoversAtLeastThirtyCases() {
        List<CorpusCase> cases = SurveyCorpus.cases();
        assertTrue(cases.size() >= 30, "cases: " + cases.size());
        assertEquals(cases.size(), cases.stream().map(CorpusCase::name).distinct().count(), "case names are unique");
    }

    private static void check(CorpusCase c, int index) throws Exception {
        Path dir = root.resolve(c.folder() != null ? c.folder() : String.format("%02d-%s", index, FileNames.slug(c.name())));
        Files.createDirectories(dir);
        String yaml = c.setup().write(dir);
        Path studyFile = dir.resolve("study.yaml");
        Files.writeString(studyFile, yaml);
        if (c.outcome() instanceof CorpusCase.Exits e) exits(e, dir, studyFile);
        else reads((CorpusCase.Reads) c.outcome(), dir, studyFile);
    }

    private static void exits(CorpusCase.Exits e, Path dir, Path studyFile) {
        List<String> args = new ArrayList<>(List.of(e.command(), studyFile.toString()));
        for (String a : e.args()) args.add(a.replace("{dir}", dir.toString()));
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertEquals(e.exitCode(), run.exitCode(), run.all());
        String printed = run.out() + run.err();
        for (String fragment : e.fragments()) assertTrue(printed.contains(fragment), "expected '" + fragment + "' in:\n" + run.all());
        assertFalse(printed.contains("\tat "), "no stack trace on the terminal:\n" + run.all());
        if (e.exitCode() != 0 && e.exitCode() != 4) assertFalse(printed.contains("internal error"), run.all());
    }

    private static void reads(CorpusCase.Reads r, Path dir, Path studyFile) throws Exception {
        Study study = StudyLoader.load(studyFile);
        SurveyData data = accounts(r.source(), study, dir);
        Map<String, RowAccount> byFile = data.accounts().stream().collect(Collectors.toMap(RowAccount::file, a -> a));
        List<Row> rejects = data.rejects().collectAsList();
        for (RowAccount a : data.accounts()) {
            assertEquals(a.read(), a.accepted() + a.rejected(), "read = accepted + rejected: " + a);
            long rowRejects = rejects.stream().filter(x -> x.getString(1).equals(a.file()) && x.getString(3).equals("row")).count();
            long cellRejects = rejects.stream().filter(x -> x.getString(1).equals(a.file()) && x.getString(3).equals("cell")).count();
            assertEquals(a.rejected(), rowRejects, "every rejected row is listed: " + a.file());
            assertEquals(a.cellIssues(), cellRejects, "every unreadable cell is listed: " + a.file());
        }
        r.files().forEach((file, want) -> {
            RowAccount got = byFile.get(file);
            assertNotNull(got, file + " not read; read: " + byFile.keySet());
            assertEquals(want, new CorpusCase.Account(got.read(), got.accepted(), got.rejected(),
                            RejectReasonText.dutch(got.rejectsByReason()), got.cellIssues()),
                    file + ", rejects: " + rejects);
        });
        for (CorpusCase.Reject want : r.rejects()) {
            boolean found = rejects.stream().anyMatch(x -> x.getString(1).equals(want.file()) && x.getInt(2) == want.row()
                    && dutch(x.getString(4)).equals(want.reason()) && Objects.equals(x.getString(5), want.column())
                    && (want.detail() == null || (x.getString(6) != null && x.getString(6).contains(want.detail()))));
            assertTrue(found, "expected reject " + want + " among " + rejects);
        }
        if (r.check() != null) r.check().verify(new CorpusCase.ReadResult(data, dir));
    }

    /** Reads a study's files of one source kind with the production reader. Add contacts/interviews here. */
    static SurveyData accounts(String source, Study study, Path dir) throws Exception {
        if (!source.equals("surveys")) throw new IllegalArgumentException("no reader for " + source + " yet");
        Path work = Files.createTempDirectory(dir.getParent(), "work-");
        return new SurveyIngest(SharedSpark.get(), study, AnswerScales.of(study.config()), StudyFixture.TEST_KEY, work,
                study.config().locations()).ingest();
    }

    /** A reject's reason as the user reads it: the cases state the report's Dutch, ingest gives the typed reason's code. */
    private static String dutch(String code) {
        return RejectReasonText.dutch(RejectReason.of(code));
    }
}
