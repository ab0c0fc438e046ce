package nl.samenkracht.ingest;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.Study;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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
            List<Path> matched = isGlob(pattern) ? glob(study, pattern) : List.of(dir.resolve(pattern).normalize());
            if (matched.isEmpty())
                throw new ConfigException(study.file() + ": " + owner + ": no file matches '" + pattern + "' in " + dir);
            if (isGlob(pattern) && matched.stream().noneMatch(Files::isRegularFile))
                // only folders, pipes or links matched: say what the first one is
                throw new ConfigException(study.file() + ": " + owner + ": '" + pattern + "' matches no file; '"
                        + dir.relativize(matched.get(0)) + "' " + problem(dir, matched.get(0)));
            for (Path p : matched) {
                if (isGlob(pattern) && !Files.isRegularFile(p)) continue; // a folder next to the exports
                String problem = problem(dir, p);
                if (problem != null)
                    throw new ConfigException(study.file() + ": " + owner + ": '" + dir.relativize(p) + "' " + problem);
                if (!insideAfterLinks(dir, p))
                    throw new ConfigException(study.file() + ": " + owner + ": file '" + dir.relativize(p)
                            + "' is a link to a file outside the study folder " + dir + "; copy the export into the folder instead");
                if (!out.contains(p)) out.add(p);
            }
        }
        return out;
    }

    /**
     * What is wrong with a path that should be an input file, in words (null: a readable file).
     * "File not found" is said only when nothing is there: a folder, a named pipe (reading it would
     * wait for a writer forever) and a link are named as such.
     */
    public static String problem(Path dir, Path p) {
        if (Files.isSymbolicLink(p)) {
            Path real;
            try {
                real = p.toRealPath();
            } catch (IOException e) {
                return "is a link to something that does not exist";
            }
            Path home;
            try {
                home = dir.toRealPath();
            } catch (IOException e) {
                home = dir;
            }
            if (!real.startsWith(home))
                return "is a link to a " + (Files.isDirectory(real) ? "folder" : "file") + " outside the study folder " + dir
                        + "; copy the export into the folder instead";
        }
        if (Files.isRegularFile(p)) return null;
        if (Files.isDirectory(p)) return "is a folder, not a file; name the export file in it (or a pattern such as '"
                + dir.relativize(p) + "/*.csv')";
        if (Files.exists(p)) return isFifo(p) ? "is a named pipe (FIFO), not a file; save the export as a file"
                : "is not a regular file (a device or socket); save the export as a file";
        return "not found (file not found: " + p + ")";
    }

    private static boolean isFifo(Path p) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode");
            return mode instanceof Integer m && (m & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
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

    /**
     * Files under the study folder matching a glob, never inside an output folder: a run folder
     * (it holds run.json), a staging or set-aside folder of a run ({@code .incomplete-*},
     * {@code .previous-*}) or the study's configured output root. Otherwise an output folder inside
     * the study (reports/ next to exports/) would be read back as input by {@code **}/*.csv.
     * Office's lock files ({@code ~$name.xlsx}, {@code .~lock.name#}) are skipped as well.
     */
    private static List<Path> glob(Study study, String pattern) {
        Path dir = study.dir();
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Path configuredOut = study.config().output() == null ? null : study.resolve(study.config().output()).normalize();
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && isOutputFolder(d, configuredOut)) return FileVisitResult.SKIP_SUBTREE;
                    if (!d.equals(dir) && m.matches(dir.relativize(d))) out.add(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String n = f.getFileName().toString();
                    if (n.startsWith("~$") || n.startsWith(".~lock.")) return FileVisitResult.CONTINUE;
                    if (m.matches(dir.relativize(f))) out.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable corner of the folder is not an input
                }
            });
        } catch (IOException e) {
            throw new ConfigException("cannot list " + dir + ": " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    static boolean isOutputFolder(Path d, Path configuredOut) {
        String n = d.getFileName().toString();
        return n.startsWith(".incomplete-") || n.startsWith(".previous-") || d.normalize().equals(configuredOut)
                || Files.isRegularFile(d.resolve("run.json"));
    }
}
