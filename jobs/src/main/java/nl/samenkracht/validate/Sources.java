package nl.samenkracht.validate;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.InputFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resolves a source's files pattern by pattern, so that every pattern that matches nothing is reported. */
final class Sources {
    private Sources() {}

    static List<Path> files(Study study, List<String> patterns, String owner, Findings findings) {
        List<Path> out = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                for (Path p : InputFiles.resolve(study, owner, List.of(pattern))) if (!out.contains(p)) out.add(p);
            } catch (ConfigException e) {
                findings.config(study.file().getFileName().toString(), strip(study, e.getMessage()));
            }
        }
        return out;
    }

    /** InputFiles names the study file in front; the report already says where. */
    static String strip(Study study, String message) {
        String prefix = study.file() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
