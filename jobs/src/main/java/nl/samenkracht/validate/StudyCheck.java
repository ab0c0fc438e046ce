package nl.samenkracht.validate;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.InterviewConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.coverage.CoverageStage;
import nl.samenkracht.coverage.FrameworkException;
import nl.samenkracht.indicators.interviews.InterviewStage;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code samenkracht validate}: checks a study and EVERY source it names (surveys, contact logs, rosters,
 * interview exports, the Kotter log and the success-factor mappings) without starting Spark, and reports
 * all problems at once. Each source is checked on its own, so a missing column in one file does not hide
 * a missing file in another.
 */
public final class StudyCheck {
    private StudyCheck() {}

    /** Checks, prints the report to {@code out} and returns the exit code (docs/cli.md). */
    public static int run(Path studyFile, PrintStream out) {
        long t0 = System.nanoTime();
        Study study;
        try {
            study = StudyLoader.load(studyFile);
        } catch (ConfigException e) {
            out.println("config error: " + e.getMessage());
            out.println();
            out.println("not valid: study.yaml must be fixed before its files can be checked");
            return nl.samenkracht.cli.ExitCodes.CONFIG;
        }
        StudyConfig c = study.config();
        Findings findings = new Findings();
        Map<String, AnswerScale> scales = AnswerScales.of(c);
        out.println("study " + c.study().id() + " (" + study.file() + "): " + describe(c));
        SurveyCheck surveys = new SurveyCheck(study, scales, findings);
        for (SurveyConfig s : c.surveys()) surveys.check(s);
        surveys.finish();
        if (!c.contacts().logs().isEmpty() || !c.contacts().rosters().isEmpty()) new ContactCheck(study, c.contacts(), findings).check();
        interviews(study, c.interviews(), findings);
        coverage(study, c, scales, findings);
        findings.print(out, c.options().rejectThreshold());
        out.printf(Locale.ROOT, "checked in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return findings.exitCode(c.options().rejectThreshold());
    }

    private static String describe(StudyConfig c) {
        return count(c.instruments().size(), "instrument") + ", " + count(c.surveys().size(), "survey") + ", "
                + count(c.contacts().logs().size(), "contact log") + ", " + count(c.contacts().rosters().size(), "roster") + ", "
                + count(c.interviews().size(), "interview source") + (c.coverage().kotterLog() != null ? ", a Kotter log" : "");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static void interviews(Study study, List<InterviewConfig> interviews, Findings findings) {
        for (InterviewConfig ic : interviews) {
            String owner = "interviews '" + ic.id() + "'";
            try {
                InterviewStage.Checked checked = InterviewStage.check(study, List.of(ic));
                for (RowAccount a : checked.accounts()) {
                    RowTally t = new RowTally();
                    t.read = a.read();
                    t.skipped = a.skipped(); // rows without data, by the front end's rule, as a run counts them
                    for (InterviewStage.RejectedRow r : checked.rejects())
                        if (r.file().equals(a.file())) t.reject(r.reason(), r.column(), r.row());
                    findings.file(owner, a.file(), checked.layouts().get(a.file()) + " (recognised layout)", t);
                }
            } catch (ConfigException e) {
                findings.config(study.file().getFileName().toString(), Sources.strip(study, e.getMessage()));
            } catch (InputException e) {
                findings.input(null, e.getMessage());
            }
        }
    }

    private static void coverage(Study study, StudyConfig c, Map<String, AnswerScale> scales, Findings findings) {
        try {
            CoverageStage.validate(study, c.coverage(), Codebook.of(c, scales));
            if (c.coverage().kotterLog() != null)
                findings.file("coverage", c.coverage().kotterLog().file(), "Kotter log, every line readable", null);
        } catch (ConfigException | FrameworkException e) {
            findings.config(study.file().getFileName().toString(), Sources.strip(study, e.getMessage()));
        } catch (InputException e) {
            findings.input("coverage.kotter_log", e.getMessage());
        }
    }
}
