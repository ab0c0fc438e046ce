package nl.samenkracht.ingest;

/**
 * An input file that cannot be used at all (not a spreadsheet, encrypted, no header …).
 * The message names the file and, where it applies, the row and column; it is shown to the
 * user as is and the run exits with code 1.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public static InputException at(String file, Integer row, String column, String what) {
        StringBuilder b = new StringBuilder(file);
        if (row != null) b.append(", row ").append(row);
        if (column != null) b.append(", column '").append(column).append("'");
        return new InputException(b.append(": ").append(what).toString());
    }
}
