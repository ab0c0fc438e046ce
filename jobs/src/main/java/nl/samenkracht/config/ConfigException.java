package nl.samenkracht.config;

/**
 * A problem in study.yaml or in what it points to. Its message is shown to the user as is
 * (no stack trace), so it names the file and, where known, the line or key.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
