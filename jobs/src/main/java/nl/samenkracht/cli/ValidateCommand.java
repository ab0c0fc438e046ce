package nl.samenkracht.cli;

import nl.samenkracht.validate.StudyCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a study and every file it names, without computing.",
                "Checks the config, and for every source (surveys, contact logs, rosters,",
                "interviews, the Kotter log) that its files exist and can be read, that every",
                "configured column is in the header, and every row: dates, answers on the",
                "scale, value mappings. Lists all problems at once, with file, row and column.",
                "Starts no Spark and writes nothing."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "STUDY_YAML")
    Path studyFile;

    @Override
    public Integer call() {
        return StudyCheck.run(studyFile, System.out);
    }
}
