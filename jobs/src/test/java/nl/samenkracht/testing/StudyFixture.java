package nl.samenkracht.testing;

import nl.samenkracht.config.AnswerScales;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.ingest.survey.SurveyData;
import nl.samenkracht.ingest.survey.SurveyIngest;
import nl.samenkracht.privacy.Pseudonymizer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** A study folder written by a test: study.yaml plus export files, read with a fixed test key. */
public final class StudyFixture {
    public static final Pseudonymizer TEST_KEY = new Pseudonymizer("test-key-0123456789abcdef".getBytes());
    private final Path dir;

    public StudyFixture(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public StudyFixture file(String name, String content) throws IOException {
        return file(name, content, Charset.forName("UTF-8"));
    }

    public StudyFixture file(String name, String content, Charset charset) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content.getBytes(charset));
        return this;
    }

    public Study study(String yaml) throws IOException {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, yaml);
        return StudyLoader.load(f);
    }

    public SurveyData ingest(Study study) throws IOException {
        Path work = Files.createDirectories(dir.resolve(".work"));
        return new SurveyIngest(SharedSpark.get(), study, AnswerScales.of(study.config()), TEST_KEY, work,
                study.config().locations()).ingest();
    }

    /** A one-instrument study: items a, b (reverse) on scale s, open item o; the survey part is given. */
    public static String oneInstrument(String surveys) {
        return """
                version: 1
                study: {id: fixture, name: Fixture}
                instruments:
                  - id: q
                    answer_scale: eens5
                    scales: [{id: s, label: Schaal S}]
                    items:
                      - {id: a, scale: s, column: "Vraag A"}
                      - {id: b, scale: s, column: "Vraag B", reverse: true}
                      - {id: o, type: open, column: "Opmerking"}
                surveys:
                """ + surveys;
    }
}
