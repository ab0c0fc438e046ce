package nl.samenkracht.ingest.interviews;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 parser: one configurable delimiter, fields optionally in double quotes, {@code ""}
 * for a quote inside a quoted field, line breaks (CRLF, LF or CR) inside quoted fields kept.
 *
 * <p>Written here because no CSV library is on the class path (Commons CSV and jackson-dataformat-csv
 * are not dependencies) and Spark's reader cannot report which record is malformed. Lenient where
 * Excel and QDA programs are: a quote in the middle of an unquoted field is a literal, and text after
 * a closing quote up to the next delimiter is appended.
 */
final class CsvParser {

    /** One logical record: its 1-based number (header = 1), the line it starts on, its fields. */
    record Record(int number, int startLine, List<String> fields) {
        boolean isBlank() {
            for (String f : fields) {
                if (!f.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Thrown for an unterminated quoted field; carries the line it started on. */
    static final class UnterminatedQuoteException extends Exception {
        private static final long serialVersionUID = 1L;
        final int record;
        final int line;

        UnterminatedQuoteException(int record, int line) {
            super("unterminated quote in record " + record + " starting on line " + line);
            this.record = record;
            this.line = line;
        }
    }

    private CsvParser() {}

    static List<Record> parse(String text, char delimiter) throws UnterminatedQuoteException {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int n = text.length();
        int i = 0;
        int line = 1;
        int recordStart = 1;
        boolean inQuotes = false;
        boolean fieldWasQuoted = false;
        int quoteStartLine = 0;
        boolean recordHasContent = false;
        while (i < n) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                    i++;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    // a line break inside a quoted field belongs to the value; normalised to \n
                    field.append('\n');
                    line++;
                    i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                    continue;
                }
                field.append(c);
                i++;
                continue;
            }
            if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                quoteStartLine = line;
                recordHasContent = true;
                i++;
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                recordHasContent = true;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                records.add(new Record(records.size() + 1, recordStart, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                fieldWasQuoted = false;
                recordHasContent = false;
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                line++;
                recordStart = line;
                continue;
            }
            field.append(c);
            recordHasContent = true;
            i++;
        }
        if (inQuotes) {
            throw new UnterminatedQuoteException(records.size() + 1, quoteStartLine);
        }
        if (recordHasContent || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(records.size() + 1, recordStart, List.copyOf(fields)));
        }
        return records;
    }

    /**
     * Guesses the delimiter from the first record (the header): the most frequent of {@code ;},
     * {@code ,} and tab outside quotes. Ties go to {@code ;}, the Dutch Excel list separator.
     */
    static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        if (commas > semicolons) {
            return ',';
        }
        return ';';
    }
}
