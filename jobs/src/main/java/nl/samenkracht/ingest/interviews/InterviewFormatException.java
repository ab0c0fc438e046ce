package nl.samenkracht.ingest.interviews;

/**
 * An interview export that cannot be read at all. The message is English (terminal text; reject reasons
 * of single rows are Dutch, they are shown in the report), names the file (and the row/column where that
 * applies) and quotes no cell contents, so the CLI can print it as is.
 */
public class InterviewFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public InterviewFormatException(String message) {
        super(message);
    }

    public InterviewFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
