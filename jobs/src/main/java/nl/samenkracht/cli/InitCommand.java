package nl.samenkracht.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a study.yaml for a folder of exports, from what they hold.",
                "Recognises questionnaire exports (layouts, items, answer scales from their",
                "labels), contact logs and rosters, coded interviews and a Kotter log by their",
                "headers; guesses are marked '# controleer'. An empty folder gets a template.",
                "An existing study.yaml is never overwritten."})
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FOLDER", defaultValue = ".", description = "the study folder (default: here)")
    Path folder;

    @Override
    public Integer call() throws Exception {
        Path target = folder.resolve("study.yaml");
        if (Files.exists(target)) {
            System.err.println("error: " + target + " already exists; not overwritten");
            return ExitCodes.USAGE;
        }
        if (Files.isDirectory(folder)) {
            nl.samenkracht.inspect.StudyDraft draft = nl.samenkracht.inspect.StudyDraft.of(folder);
            if (!draft.isEmpty()) {
                Files.writeString(target, draft.yaml());
                for (String note : draft.notes()) System.err.println("  " + note);
                System.err.println("wrote " + target + " from the exports above; check the lines marked '# controleer', then:");
                System.err.println("  ./samenkracht validate " + target);
                return ExitCodes.OK;
            }
        }
        Files.createDirectories(folder.resolve("exports"));
        try (InputStream in = InitCommand.class.getResourceAsStream("/templates/study.yaml")) {
            Files.copy(in, target);
        }
        System.err.println("wrote " + target + " and " + folder.resolve("exports") + "/");
        System.err.println("next: put your exports in exports/, fill in the TODOs, then: ./samenkracht validate " + target);
        return ExitCodes.OK;
    }
}
