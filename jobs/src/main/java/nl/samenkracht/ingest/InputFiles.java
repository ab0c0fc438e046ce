package nl.samenkracht.ingest;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.Study;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves the file names and globs of a study.yaml against the study's folder. Inputs must lie
 * inside that folder: a config that points elsewhere (../../etc) is refused, so a study folder
 * can be handed around and re-run as one self-contained unit.
 */
public final class InputFiles {
    private InputFiles() {}

    public static List<Path> resolve(Study study, String owner, List<String> patterns) {
        Path dir = study.dir();
        List<Path> out = new ArrayList<>();
        for (String pattern : patterns) {
            if (Path.of(pattern).isAbsolute() || pattern.replace('\\', '/').contains("../"))
                throw new ConfigException(study.file() + ": " + owner + ": file '" + pattern
                        + "' points outside the study folder " + dir + "; put the exports inside it");
            List<Path> matched = isGlob(pattern) ? glob(dir, pattern) : List.of(dir.resolve(pattern).normalize());
            if (matched.isEmpty())
                throw new ConfigException(study.file() + ": " + owner + ": no file matches '" + pattern + "' in " + dir);
            for (Path p : matched) {
                if (!Files.isRegularFile(p))
                    throw new ConfigException(study.file() + ": " + owner + ": file not found: " + p);
                if (!insideAfterLinks(dir, p))
                    throw new ConfigException(study.file() + ": " + owner + ": file '" + dir.relativize(p)
                            + "' is a link to a file outside the study folder " + dir + "; copy the export into the folder instead");
                if (!out.contains(p)) out.add(p);
            }
        }
        return out;
    }

    /** The names are checked above; a symbolic link inside the folder could still lead out of it. */
    private static boolean insideAfterLinks(Path dir, Path file) {
        try {
            return file.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            throw new ConfigException("cannot resolve " + file + ": " + e.getMessage());
        }
    }

    private static boolean isGlob(String p) {
        return p.contains("*") || p.contains("?") || p.contains("[") || p.contains("{");
    }

    private static List<Path> glob(Path dir, String pattern) {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> m.matches(dir.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException("cannot list " + dir + ": " + e.getMessage());
        }
    }
}
