package nl.samenkracht.ingest.interviews;

/**
 * An interview export that cannot be read at all. The message is Dutch, meant for the school user,
 * and always names the file (and the row/column where that applies), so the CLI can print it as is.
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
