package nl.samenkracht.ingest.interviews;

/**
 * A column the export needs (by its format or by study.yaml) is not in its header: a config problem
 * (exit 2, as for every other source), not an unreadable file.
 */
public class MissingColumnException extends InterviewFormatException {
    private static final long serialVersionUID = 1L;

    public MissingColumnException(String message) {
        super(message);
    }
}
