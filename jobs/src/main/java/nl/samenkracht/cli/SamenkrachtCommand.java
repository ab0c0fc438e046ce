package nl.samenkracht.cli;

import nl.samenkracht.run.Version;
import picocli.CommandLine.Command;

@Command(name = "samenkracht",
        mixinStandardHelpOptions = true,
        versionProvider = SamenkrachtCommand.VersionProvider.class,
        sortOptions = false,
        header = "Samenkracht: survey, interview and contact-log analytics for schools.",
        description = {
                "",
                "Reads the exports named in a study.yaml (Microsoft Forms, Google Forms,",
                "Qualtrics, LimeSurvey, plain CSV/XLSX; contact logs; coded interviews),",
                "computes indicators and statistics with Apache Spark, and writes Excel",
                "workbooks, charts and CSV tables.",
                "",
                "Start with the sample study:",
                "  ./samenkracht run data-samples/study.yaml",
                "or start your own from a folder of exports, check it, and run it:",
                "  ./samenkracht init path/to/exports",
                "  ./samenkracht validate path/to/exports/study.yaml",
                ""},
        subcommands = {RunCommand.class, ValidateCommand.class, GenerateCommand.class, InitCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 input problem, 2 config error, 3 output not writable,",
                "4 internal error, 64 usage.",
                "Config reference: docs/config-reference.md   Outputs: docs/output-contract.md"})
public final class SamenkrachtCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"samenkracht " + Version.get()};
        }
    }
}
