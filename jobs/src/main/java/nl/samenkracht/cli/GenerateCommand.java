package nl.samenkracht.cli;

import nl.samenkracht.generate.ContactSampleGenerator;
import nl.samenkracht.generate.InterviewSampleGenerator;
import nl.samenkracht.generate.LargeBoardGenerator;
import nl.samenkracht.generate.LayoutSamples;
import nl.samenkracht.generate.SampleStudyGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate SYNTHETIC data, reproducibly from a seed.",
                "  sample  the sample study's exports: surveys and contact logs",
                "          (data-samples/exports), interviews (data-samples/interviews);",
                "          study.yaml is not touched",
                "  board   a large board for benchmarks, with its study.yaml: 50 locations,",
                "          5 school years (2020-2021 … 2024-2025); × --scale: 200,000",
                "          questionnaire submissions of 20 items, 2,000,000 parent-contact",
                "          rows with a 62,500-pupil roster, 5,000 coded interviews (75,000",
                "          segments); run it with: run <out>/study.yaml",
                "  layouts the sample's nameting 2024-2025 as each questionnaire tool",
                "          exports it, one folder per layout (MS Forms English, Google",
                "          Forms, Qualtrics current and legacy, LimeSurvey with question",
                "          texts and incomplete responses, plain CSV) and the interviews",
                "          from a Polish MAXQDA (.xlsx) and an older German one (.xls);",
                "          try: init <out>/<layout>"})
final class GenerateCommand implements Callable<Integer> {
    /** Finished submissions per layout export: small enough to read at a glance, enough for every statistic. */
    static final int LAYOUT_ROWS = 30;

    @Parameters(index = "0", paramLabel = "WHAT", description = "sample, board or layouts")
    String what;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data-samples", description = "target folder (default: data-samples)")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20240801", description = {"random seed (default: 20240801, the committed", "sample)"})
    long seed;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "1", description = "board size multiplier (board only; default 1)")
    int scale;

    @Override
    public Integer call() throws Exception {
        if ("board".equals(what)) {
            Files.createDirectories(out);
            if (scale < 1) {
                System.err.println("error: --scale must be at least 1, got " + scale);
                return ExitCodes.USAGE;
            }
            LargeBoardGenerator.Written n = new LargeBoardGenerator(seed, scale).write(out);
            System.err.println("wrote a synthetic board to " + out + " (seed " + seed + ", scale " + scale + "): " + n.summary());
            return ExitCodes.OK;
        }
        if ("layouts".equals(what)) {
            Files.createDirectories(out);
            List<Path> files = new LayoutSamples(seed, LAYOUT_ROWS).writeAll(out);
            System.err.println("wrote " + files.size() + " exports, one folder per layout, to " + out + " (seed " + seed + ")");
            return ExitCodes.OK;
        }
        if (!"sample".equals(what)) {
            System.err.println("error: unknown data set '" + what + "'; choose: sample, board, layouts");
            return ExitCodes.USAGE;
        }
        Files.createDirectories(out);
        SampleStudyGenerator g = new SampleStudyGenerator(seed);
        g.writeSurveys(out);
        System.err.println("wrote " + g.surveyFileNames().size() + " survey exports to " + out.resolve(SampleStudyGenerator.EXPORTS)
                + " (seed " + seed + ")");
        // The committed contact logs were made with their own seed; the default reproduces them byte for byte.
        long contactSeed = seed == SampleStudyGenerator.DEFAULT_SEED ? ContactSampleGenerator.DEFAULT_SEED : seed;
        new ContactSampleGenerator(contactSeed).write(out);
        System.err.println("wrote 6 contact-log and roster exports to " + out.resolve(SampleStudyGenerator.EXPORTS)
                + " (seed " + contactSeed + ")");
        System.err.println("wrote " + new InterviewSampleGenerator(seed).write(out));
        return ExitCodes.OK;
    }
}
