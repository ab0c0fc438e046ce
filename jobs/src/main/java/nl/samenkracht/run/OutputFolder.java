package nl.samenkracht.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run writes into a hidden folder next to its target and only replaces the target when
 * everything was written, so a failed run leaves the previous reports as they were.
 */
public final class OutputFolder {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,80}");
    private final Path parent;
    private final Path staging;

    private OutputFolder(Path parent, Path staging) {
        this.parent = parent;
        this.staging = staging;
    }

    public static OutputFolder open(Path root, String studyId) {
        Path parent = root.resolve(studyId).normalize();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, ".incomplete-");
            for (String sub : new String[]{"tables", "figures", "data"}) Files.createDirectories(staging.resolve(sub));
            return new OutputFolder(parent, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder under " + parent, e);
        }
    }

    /** The file in a staging folder that names the process writing it. */
    static final String OWNER = ".owner";

    /** Records which process writes {@code staging}: pid, its start time and the host. */
    public static void writeOwner(Path staging, long pid, java.time.Instant start) throws IOException {
        Files.writeString(staging.resolve(OWNER), "pid=" + pid + "\nstart=" + (start == null ? "" : start.toEpochMilli())
                + "\nhost=" + host() + "\n");
    }

    static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }

    public Path dir() {
        return staging;
    }

    /**
     * Names derived from data (a school year, a run name) must stay a plain folder name inside
     * the study's output folder: no separators, no "..".
     */
    public static String safeName(String name) {
        if (name == null || !SAFE.matcher(name).matches() || name.contains(".."))
            throw new IllegalArgumentException("'" + name + "' cannot be used as a folder name (letters, digits, . _ - only)");
        return name;
    }

    /** Moves the finished run into place, replacing an earlier run of the same name. */
    public Path commit(String runName) {
        Path target = parent.resolve(safeName(runName));
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = parent.resolve(".previous-" + runName + "-" + System.nanoTime());
                move(target, old);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                // Put the previous run back: a failed commit must not lose the reports that were there.
                if (old != null) move(old, target);
                throw e;
            }
            if (old != null) deleteTree(old);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the finished run to " + target, e);
        }
    }

    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: a leftover .incomplete-* folder is harmless and clearly named
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
