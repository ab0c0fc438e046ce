package nl.samenkracht.ingest;

import nl.samenkracht.config.InterviewConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.ingest.contacts.ContactLogConfig;
import nl.samenkracht.ingest.contacts.RosterConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a study reads, measured before Spark starts (to size the run, see run.ShufflePartitions). */
public final class StudyInputs {
    private StudyInputs() {}

    /** Total size in bytes of every survey, interview, contact-log and roster file the study names. */
    public static long totalBytes(Study study) {
        StudyConfig c = study.config();
        long bytes = 0;
        for (SurveyConfig s : c.surveys()) bytes += bytes(study, "survey '" + s.id() + "'", s.files());
        for (InterviewConfig i : c.interviews()) bytes += bytes(study, "interviews '" + i.id() + "'", i.files());
        for (ContactLogConfig l : c.contacts().logs()) bytes += bytes(study, "contacts log '" + l.id() + "'", l.files());
        for (RosterConfig r : c.contacts().rosters()) bytes += bytes(study, "contacts roster '" + r.id() + "'", r.files());
        return bytes;
    }

    private static long bytes(Study study, String owner, java.util.List<String> patterns) {
        long bytes = 0;
        for (Path f : InputFiles.resolve(study, owner, patterns)) {
            try {
                bytes += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the size of " + f, e);
            }
        }
        return bytes;
    }
}
