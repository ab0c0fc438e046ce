package nl.samenkracht.coverage;

/**
 * A problem in a framework file, in a study's framework mappings or in coverage input. The message
 * is shown to the user as is (the CLI prints it without a stack trace), so it is Dutch and names
 * the file and the framework, factor or field concerned.
 */
public class FrameworkException extends RuntimeException {
    public FrameworkException(String message) {
        super(message);
    }

    public FrameworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
