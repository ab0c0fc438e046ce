package nl.samenkracht.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One streaming pass over a text export (bounded memory) that follows its records the way the
 * CSV parser will (RFC 4180 quoting, {@code ""} inside quotes), to find what the parser itself
 * would hide:
 * <ul>
 *   <li>a quote that is never closed: everything after it would become one cell and whole rows
 *       would vanish without being counted (a cut-off file, or a missing quote);</li>
 *   <li>the widest record, so a row with tens of thousands of fields is rejected like any
 *       malformed row instead of crashing the parser on its column limit;</li>
 *   <li>empty lines, which the parser skips: the record index alone would then give row numbers
 *       that no longer match the rows a spreadsheet shows.</li>
 * </ul>
 *
 * @param records          records, header included (empty lines not counted)
 * @param maxFields        fields of the widest record
 * @param widestLine       1-based line where the widest record starts
 * @param unclosedQuoteLine 1-based line of a quote that is never closed (0 = none)
 * @param lines            physical lines
 * @param rowNumbers       maps the parser's record index to the row a spreadsheet shows
 */
public record CsvStructure(long records, long maxFields, long widestLine, long unclosedQuoteLine, long lines,
                           RowNumbers rowNumbers) {
    /** Blank lines remembered for row numbering; beyond this, numbers after the last one may be off. */
    static final int MAX_BLANKS = 1_000_000;

    public static CsvStructure scan(Path file, Charset charset, char delimiter) {
        try (Reader in = Files.newBufferedReader(file, charset)) {
            return scan(in, delimiter);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    static CsvStructure scan(Reader in, char delimiter) throws IOException {
        Scanner scanner = new Scanner(delimiter);
        char[] buf = new char[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) for (int i = 0; i < n; i++) scanner.accept(buf[i]);
        return scanner.result();
    }

    /**
     * The same scan fed character by character, or byte by byte ({@link #accept(byte[], int)}) for a
     * text whose delimiter, quote and line breaks are ASCII bytes that occur in no multi-byte character
     * (UTF-8, and every single-byte charset whose lower half is ASCII): then one read of a file can serve
     * several scans.
     */
    public static final class Scanner {
        private final char delimiter;
        private long line = 1, records = 0, maxFields = 0, widestLine = 0, quoteLine = 0, recordLine = 1;
        private long fields = 0;
        private boolean recordStarted = false, fieldStart = true, quoted = false, afterQuote = false, pendingQuote = false;
        private boolean lastWasCr = false, first = true;
        private long[] blanks = new long[16];
        private int nBlanks = 0;
        private int bomBytes = 0;

        public Scanner(char delimiter) {
            this.delimiter = delimiter;
        }

        /** Bytes of an ASCII-compatible text; a UTF-8 byte-order mark at the start is skipped like U+FEFF. */
        public void accept(byte[] buf, int n) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xff;
                if (first && bomBytes < 3 && b == (bomBytes == 0 ? 0xEF : bomBytes == 1 ? 0xBB : 0xBF)) {
                    if (++bomBytes == 3) first = false;
                    continue;
                }
                if (bomBytes > 0 && bomBytes < 3) {
                    // not a byte-order mark after all: feed what was held back
                    int held = bomBytes;
                    bomBytes = 3;
                    first = false;
                    for (int k = 0; k < held; k++) accept((char) (k == 0 ? 0xEF : 0xBB));
                }
                accept((char) b);
            }
        }

        public void accept(char ch) {
            if (first) {
                first = false;
                if (ch == '\uFEFF') return;
            }
            if (lastWasCr && ch == '\n') { // the \n of a \r\n: the line was already counted
                lastWasCr = false;
                return;
            }
            lastWasCr = ch == '\r';
            if (pendingQuote) {
                // a quote inside quotes: doubled = a literal quote, else the closing quote
                pendingQuote = false;
                if (ch == '"') return;
                quoted = false;
                afterQuote = true;
            }
            if (quoted) {
                if (ch == '"') pendingQuote = true;
                else if (ch == '\n' || ch == '\r') line++;
                return;
            }
            if (ch == delimiter) {
                fields++;
                recordStarted = true;
                fieldStart = true;
                afterQuote = false;
            } else if (ch == '\n' || ch == '\r') {
                if (recordStarted) {
                    fields++;
                    records++;
                    if (fields > maxFields) {
                        maxFields = fields;
                        widestLine = recordLine;
                    }
                } else {
                    if (nBlanks == blanks.length && nBlanks < MAX_BLANKS) blanks = Arrays.copyOf(blanks, Math.min(MAX_BLANKS, nBlanks * 2));
                    if (nBlanks < blanks.length) blanks[nBlanks++] = records; // a blank line before record #records
                }
                line++;
                recordLine = line;
                fields = 0;
                recordStarted = false;
                fieldStart = true;
                afterQuote = false;
            } else {
                if (ch == '"' && fieldStart && !afterQuote) {
                    quoted = true;
                    quoteLine = line;
                }
                recordStarted = true;
                fieldStart = false;
            }
        }

        public CsvStructure result() {
            if (pendingQuote) quoted = false;
            if (recordStarted || quoted) {
                fields++;
                records++;
                if (fields > maxFields) {
                    maxFields = fields;
                    widestLine = recordLine;
                }
            }
            return new CsvStructure(records, maxFields, widestLine, quoted ? quoteLine : 0, line,
                    new RowNumbers(Arrays.copyOf(blanks, nBlanks)));
        }
    }

    /**
     * Row numbers as a spreadsheet shows them for a CSV: the parser's record index (0 = header)
     * plus one, plus the empty lines before that record (the parser skips them, a spreadsheet
     * shows them as rows). A quoted answer with line breaks stays one record and one row.
     *
     * @param blankBefore for each empty line, the index of the record that follows it (ascending)
     */
    public record RowNumbers(long[] blankBefore) implements java.io.Serializable {
        public static final RowNumbers NONE = new RowNumbers(new long[0]);

        public int row(long recordIndex) {
            // number of entries <= recordIndex
            int lo = 0, hi = blankBefore.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (blankBefore[mid] <= recordIndex) lo = mid + 1;
                else hi = mid;
            }
            return (int) (recordIndex + 1 + lo);
        }
    }
}
