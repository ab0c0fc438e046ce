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
 * @param lineStarts       where records start, when every record is one line that a line reader finds alike
 *                         (see {@link LineStarts}); null when the file must be read whole
 */
public record CsvStructure(long records, long maxFields, long widestLine, long unclosedQuoteLine, long lines,
                           RowNumbers rowNumbers, LineStarts lineStarts) {
    /** Blank lines remembered for row numbering; beyond this, numbers after the last one may be off. */
    static final int MAX_BLANKS = 1_000_000;

    /** Follows a file's records as characters (no {@link LineStarts}). */
    public static CsvStructure scan(Path file, Charset charset, char delimiter) {
        return scan(file, charset, delimiter, false);
    }

    /**
     * Follows a file's records; as bytes when the charset allows it ({@code asciiBytes}: UTF-8, or a
     * single-byte charset whose lower half is ASCII), which also finds its {@link LineStarts}.
     */
    public static CsvStructure scan(Path file, Charset charset, char delimiter, boolean asciiBytes) {
        if (asciiBytes) {
            try (var in = Files.newInputStream(file)) {
                Scanner scanner = new Scanner(delimiter);
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) scanner.accept(buf, n);
                return scanner.result();
            } catch (IOException e) {
                throw new InputException(file + ": cannot read: " + e.getMessage());
            }
        }
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
        // line-by-line readability (LineStarts): known only for a text fed as bytes
        private long pos = -1;
        private boolean bytes = false, lineByLine = true, lineBlank = true, sawCrLf = false, sawLf = false;
        private long nextCheckpoint = 0;
        private long[] checkpointAt = new long[16], checkpointRecords = new long[16];
        private int nCheckpoints = 0;

        public Scanner(char delimiter) {
            this.delimiter = delimiter;
        }

        /** Bytes of an ASCII-compatible text; a UTF-8 byte-order mark at the start is skipped like U+FEFF. */
        public void accept(byte[] buf, int n) {
            bytes = true;
            for (int i = 0; i < n; i++) {
                pos++;
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
                    long at = pos;
                    for (int k = 0; k < held; k++) {
                        pos = at - held + k;
                        accept((char) (k == 0 ? 0xEF : 0xBB));
                    }
                    pos = at;
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
                sawCrLf = true;
                return;
            }
            if (ch == '\n') sawLf = true;
            if (lastWasCr && !quoted) lineByLine = false; // a lone CR: univocity and a line reader may split differently
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
                else if (ch == '\n' || ch == '\r') {
                    line++;
                    lineByLine = false; // a quoted line break: the record spans lines
                }
                return;
            }
            if (!recordStarted && ch != '\n' && ch != '\r') lineStart(ch);
            if (ch > ' ') lineBlank = false;
            if (ch == delimiter) {
                fields++;
                recordStarted = true;
                fieldStart = true;
                afterQuote = false;
            } else if (ch == '\n' || ch == '\r') {
                // Spark's line reader drops a line of only white space (String.trim); univocity reads it as a record
                if (recordStarted && lineBlank) lineByLine = false;
                lineBlank = true;
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

        /** The first character of a line outside quotes: a record starts here; remember it every {@link LineStarts#STEP} bytes. */
        private void lineStart(char ch) {
            if (ch == 0) lineByLine = false; // a line reader may take a leading NUL for a comment mark
            if (!bytes || pos < nextCheckpoint) return;
            if (nCheckpoints == checkpointAt.length) {
                checkpointAt = Arrays.copyOf(checkpointAt, nCheckpoints * 2);
                checkpointRecords = Arrays.copyOf(checkpointRecords, nCheckpoints * 2);
            }
            checkpointAt[nCheckpoints] = pos;
            checkpointRecords[nCheckpoints++] = records;
            nextCheckpoint = pos + LineStarts.STEP;
        }

        public CsvStructure result() {
            if (pendingQuote) quoted = false;
            if (recordStarted && lineBlank) lineByLine = false;
            if (lastWasCr) lineByLine = false; // a lone CR at the end
            // Mixed line ends: univocity takes the first one it sees for the line separator and a lone LF in a
            // CRLF file for data, a line reader ends a line at either
            if (sawCrLf && sawLf) lineByLine = false;
            if (recordStarted || quoted) {
                fields++;
                records++;
                if (fields > maxFields) {
                    maxFields = fields;
                    widestLine = recordLine;
                }
            }
            LineStarts starts = bytes && lineByLine && !quoted && nCheckpoints > 0
                    ? new LineStarts(Arrays.copyOf(checkpointAt, nCheckpoints), Arrays.copyOf(checkpointRecords, nCheckpoints)) : null;
            return new CsvStructure(records, maxFields, widestLine, quoted ? quoteLine : 0, line,
                    new RowNumbers(Arrays.copyOf(blanks, nBlanks)), starts);
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

    /**
     * A text whose records can be read line by line, split anywhere (Spark's CSV source with
     * {@code multiLine=false}), with the same records as a whole-file read: no quoted line break, all line
     * ends LF or all CRLF (no lone CR), no line of only white space (a line reader drops it), no unclosed quote. Then each record is
     * one line and each non-empty line one record, so the index of the first record after any byte offset
     * follows from a nearby start and the bytes in between ({@link #recordsBefore}).
     *
     * @param at      byte offsets of record starts, about every {@link #STEP} bytes, ascending
     * @param records the index of the record starting there
     */
    public record LineStarts(long[] at, long[] records) implements java.io.Serializable {
        /** Bytes between remembered starts: a split's first record is found by reading at most this much. */
        public static final long STEP = 1 << 20;

        /**
         * The index of the first record a line reader reads from byte {@code splitStart} on. Hadoop's
         * {@code LineRecordReader} starts a split other than the first after the first line break at or
         * after its start ({@code \r\n} as one; this text has no lone CR), whose line the split before reads.
         */
        public long recordsBefore(Path file, long splitStart) throws IOException {
            if (splitStart <= 0) return 0;
            int k = Arrays.binarySearch(at, splitStart);
            if (k < 0) k = -k - 2;
            long from = at[Math.max(0, k)];
            long count = records[Math.max(0, k)];
            try (var ch = java.nio.channels.FileChannel.open(file)) {
                ch.position(from);
                var buf = java.nio.ByteBuffer.allocate(1 << 16);
                long p = from;
                boolean empty = true;
                while (ch.read(buf.clear()) > 0) {
                    buf.flip();
                    while (buf.hasRemaining()) {
                        byte b = buf.get();
                        if (b == '\n') {
                            if (!empty) count++;
                            if (p >= splitStart) return count;
                            empty = true;
                        } else if (b != '\r') {
                            empty = false;
                        }
                        p++;
                    }
                }
            }
            return count; // the split starts in the last line: it reads no record
        }
    }
}
