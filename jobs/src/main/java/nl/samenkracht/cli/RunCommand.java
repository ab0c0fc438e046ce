package nl.samenkracht.cli;

import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyLoader;
import nl.samenkracht.run.OutputFolder;
import nl.samenkracht.run.Pipeline;
import nl.samenkracht.run.Progress;
import nl.samenkracht.run.RunOptions;
import nl.samenkracht.run.RunResult;
import nl.samenkracht.run.SparkSessions;
import nl.samenkracht.run.ShufflePartitions;
import nl.samenkracht.ingest.StudyInputs;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read the exports, compute, write the reports.",
                "Output goes to <output>/<study id>/<latest school year>/ (see",
                "docs/output-contract.md); an earlier run of the same name is replaced only",
                "when this run succeeds."})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY_YAML", description = "the study file, e.g. data-samples/study.yaml")
    Path studyFile;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = {"Spark master: local[*] (default, Spark embedded),", "or spark://host:7077, yarn, k8s://…"})
    String master;

    @Option(names = "--out", paramLabel = "DIR", description = {"output root (default: the study's output key, else", "reports/ next to the study file)"})
    Path out;

    @Option(names = "--run-name", paramLabel = "NAME", description = {"folder name of this run (default: the latest", "school year)"})
    String runName;

    @Option(names = "--shuffle-partitions", paramLabel = "N|auto", defaultValue = "auto",
            description = {"Spark shuffle partitions (default auto: one per", "32 MB of input, at least one per core)"})
    String shufflePartitions;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = {"folder for converted inputs (xlsx, Windows-1252);", "on a cluster: shared storage all executors read"})
    Path workDir;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = {"extra Spark setting, repeatable", "(e.g. spark.executor.memory=4g)"})
    java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

    @Option(names = "--timings", description = {"print the time of each step", "(always recorded in run.json)"})
    boolean timings;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        long t0 = System.nanoTime();
        if (runName != null) {
            // Checked before any work: the name becomes a folder next to earlier runs and must not leave it.
            try {
                OutputFolder.safeName(runName);
            } catch (IllegalArgumentException e) {
                err.println("error: --run-name " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        Study study = StudyLoader.load(studyFile);
        err.println("Samenkracht: " + study.config().study().name() + " (" + study.id() + ")");
        Integer partitions = partitions(study, err);
        if (partitions == null) return ExitCodes.USAGE;
        java.util.Map<String, String> settings = nl.samenkracht.run.SmallStudySettings.settings(StudyInputs.totalBytes(study), conf);
        try (SparkSessions.Lease lease = SparkSessions.acquire(() -> SparkSessions.create(master, partitions, settings))) {
            SparkSession spark = lease.session();
            if (timings) {
                long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                err.printf(Locale.ROOT, "      JVM start to Spark ready: %.1f s%n", (System.currentTimeMillis() - jvmStart) / 1e3);
            }
            Progress progress = new Progress(err, 3).showSteps(timings);
            RunResult r = new Pipeline(study, spark, new RunOptions(master, out, runName, workDir), progress, System.getenv()).run();
            err.printf(Locale.ROOT, "Done in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, r.outputDir());
            if (r.rejectsOverThreshold()) {
                err.printf(Locale.ROOT, "input problem: %d of %d rows rejected, more than options.reject_threshold allows; see the data-quality sheet%n",
                        r.rowsRejected(), r.rowsRead());
                return ExitCodes.INPUT;
            }
            return ExitCodes.OK;
        }
    }

    /** The shuffle partitions asked for, or sized from the input files; null (after a message) when unusable. */
    private Integer partitions(Study study, PrintStream err) {
        if ("auto".equalsIgnoreCase(shufflePartitions))
            return ShufflePartitions.auto(StudyInputs.totalBytes(study), master, Runtime.getRuntime().availableProcessors());
        try {
            int n = Integer.parseInt(shufflePartitions.trim());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        err.println("error: --shuffle-partitions must be a whole number of at least 1, or auto (got '" + shufflePartitions + "')");
        return null;
    }
}
