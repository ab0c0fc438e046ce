package nl.samenkracht.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** The folders this run created (deepest last); a failed run removes those it left empty. */
    private final java.util.List<Path> created;

    private OutputFolder(Path parent, Path staging, java.util.List<Path> created) {
        this.parent = parent;
        this.staging = staging;
        this.created = created;
    }

    public static OutputFolder open(Path root, String studyId) {
        Path parent = root.resolve(studyId).normalize();
        for (Path p = parent; p != null; p = p.getParent()) {
            // createDirectories would say only "FileAlreadyExistsException: <path>"
            if (Files.exists(p) && !Files.isDirectory(p))
                throw new UncheckedIOException("cannot create the output folder " + parent + ": " + p + " is not a folder but a file",
                        new java.nio.file.NotDirectoryException(p.toString()));
        }
        try {
            java.util.List<Path> created = new java.util.ArrayList<>();
            for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) created.add(0, p);
            Files.createDirectories(parent);
            removeStale(parent);
            Path staging = Files.createTempDirectory(parent, ".incomplete-");
            ProcessHandle self = ProcessHandle.current();
            writeOwner(staging, self.pid(), self.info().startInstant().orElse(null));
            for (String sub : new String[]{"tables", "figures", "data"}) Files.createDirectories(staging.resolve(sub));
            return new OutputFolder(parent, staging, created);
        } catch (IOException e) {
            throw new WriteFailure("cannot create the output folder under", parent, e);
        }
    }

    /**
     * Removes the staging folders ({@code .incomplete-*}) and set-aside previous runs
     * ({@code .previous-*}) that a killed run left behind. A folder is left alone while the process
     * named in its owner file still runs (a concurrent run of the same study), when it was written on
     * another host (a shared drive), and, without an owner file (written by an older version), for a
     * day after its last change.
     */
    static void removeStale(Path parent) {
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(parent)) {
            leftovers = s.filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith(".incomplete-") || n.startsWith(".previous-")) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            }).toList();
        } catch (IOException e) {
            return; // nothing to clean is no reason to stop the run
        }
        for (Path p : leftovers) {
            if (!isStale(p)) continue;
            try {
                deleteTree(p);
            } catch (IOException e) {
                // best effort: the next run tries again
            }
        }
    }

    static boolean isStale(Path folder) {
        Path owner = folder.getFileName().toString().startsWith(".previous-") ? null : folder.resolve(OWNER);
        if (owner == null || !Files.isRegularFile(owner)) {
            // .previous-* lives only for the moment of the swap; no owner file: an older version's folder
            return olderThan(folder, owner == null ? Duration.ofHours(1) : Duration.ofDays(1));
        }
        Map<String, String> f = new HashMap<>();
        try {
            for (String line : Files.readAllLines(owner)) {
                int eq = line.indexOf('=');
                if (eq > 0) f.put(line.substring(0, eq), line.substring(eq + 1));
            }
            if (!host().equals(f.getOrDefault("host", ""))) return false;
            long pid = Long.parseLong(f.get("pid"));
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) return true;
            // The pid may have been reused by another process since: compare start times.
            String start = f.getOrDefault("start", "");
            Optional<Instant> started = h.get().info().startInstant();
            return !start.isEmpty() && started.isPresent() && Math.abs(started.get().toEpochMilli() - Long.parseLong(start)) > 1000;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: leave it
        }
    }

    private static boolean olderThan(Path p, Duration age) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
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

    /** The study's output folder, where the finished run will be ({@code <root>/<study id>}). */
    public Path parent() {
        return parent;
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
            throw new WriteFailure("cannot move the finished run to", target, e);
        }
    }

    /** Removes the staging folder, and the study and output folders this run created when they are now empty. */
    public void abandon() {
        try {
            deleteTree(staging);
            for (int i = created.size() - 1; i >= 0; i--) {
                Path p = created.get(i);
                try (Stream<Path> s = Files.list(p)) {
                    if (s.findAny().isPresent()) break;
                }
                Files.deleteIfExists(p);
            }
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
