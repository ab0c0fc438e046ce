package nl.samenkracht.testing;

import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.run.OutputFolder;
import nl.samenkracht.run.Pipeline;
import nl.samenkracht.run.Progress;
import nl.samenkracht.run.RunOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample study run once per test JVM through the real pipeline (shared SparkSession, fixed test
 * key): a sample run is the suite's most expensive step, and the classes that only read its outputs
 * (SampleStudyPipelineTest, SampleStudyTrustTest) need not pay for one each. Nobody may change the
 * run folder; a test that plants something copies it first. The folder is removed when the JVM ends.
 *
 * @param dir      the run folder (output root/inwerken-kompasroos/2024-2025)
 * @param root     the output root the run was written into
 * @param terminal what the run printed (its progress lines)
 */
public record SampleRun(Path dir, Path root, String terminal) {
    /** The pseudonymisation key of every sample run in the tests (not secret). */
    public static final Map<String, String> ENV = Map.of("SAMENKRACHT_KEY", "sample-test-key-0123456789");

    private static SampleRun shared;

    /** The run of this JVM, made on first use. */
    public static synchronized SampleRun get() throws Exception {
        if (shared == null) {
            Path root = Files.createTempDirectory("samenkracht-sample-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    OutputFolder.deleteTree(root);
                } catch (Exception e) {
                    // a temp folder left behind is no test result
                }
            }));
            shared = into(root);
        }
        return shared;
    }

    /** Another run of the sample with the same key into {@code root} (for tests that compare two runs). */
    public static SampleRun into(Path root) throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        Path dir = new Pipeline(StudyLoader.load(RepoPaths.sampleStudy()), SharedSpark.get(), new RunOptions("local[2]", root, null),
                new Progress(new PrintStream(terminal, true, StandardCharsets.UTF_8), 3), ENV).run().outputDir();
        return new SampleRun(dir, root, terminal.toString(StandardCharsets.UTF_8));
    }
}
