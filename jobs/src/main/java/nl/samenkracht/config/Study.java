package nl.samenkracht.config;

import java.nio.file.Path;

/** A loaded study: its config and the file it came from (relative paths resolve against its folder). */
public record Study(Path file, StudyConfig config) {
    public Path dir() {
        return file.toAbsolutePath().normalize().getParent();
    }

    public Path resolve(String relative) {
        return dir().resolve(relative).normalize();
    }

    public String id() {
        return config.study().id();
    }
}
