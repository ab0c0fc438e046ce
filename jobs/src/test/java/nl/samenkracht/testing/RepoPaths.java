package nl.samenkracht.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (the folder holding data-samples/study.yaml), wherever the tests run from. */
public final class RepoPaths {
    private RepoPaths() {}

    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isRegularFile(p.resolve("data-samples").resolve("study.yaml"))) return p;
        throw new IllegalStateException("no data-samples/study.yaml above " + Path.of("").toAbsolutePath());
    }

    public static Path sampleStudy() {
        return root().resolve("data-samples").resolve("study.yaml");
    }
}
