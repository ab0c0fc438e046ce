package nl.samenkracht.ingest.frontend;

import nl.samenkracht.ingest.Checksums;
import nl.samenkracht.ingest.CsvDialect;
import nl.samenkracht.ingest.CsvStructure;
import nl.samenkracht.ingest.EncodingScan;
import nl.samenkracht.ingest.FileSniffer;
import nl.samenkracht.ingest.HeaderReader;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.Transcoder;
import nl.samenkracht.ingest.XlsToCsv;
import nl.samenkracht.ingest.XlsxToCsv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first steps of the front end, on the driver, one file per pool thread: <b>sniff</b> what the
 * file really is (whatever its extension says), stream an .xlsx sheet to CSV (POI's event API,
 * flat memory), detect or take the text's encoding, delimiter and decimal mark, decide how it is
 * <b>decoded</b> ({@link Decoding}), follow its records once ({@link CsvStructure}: an unclosed quote,
 * the widest record, empty lines for row numbers) and read its first records with Spark's own CSV
 * parser. Nothing here reads the data rows into memory; Spark does that ({@link FrontEnd}).
 *
 * <p>Every refusal names the file (and the line or row where there is one), never cell contents.
 */
public final class ExportOpener {
    /** The most fields a row may have and still be read (and rejected when it does not fit the header). */
    static final int MAX_COLUMNS = 1_000_000;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Path studyDir;
    private final Path workDir;

    /**
     * @param studyDir files are named relative to it in messages and outputs
     * @param workDir  the run's temp folder (converted sheets, transcoded copies)
     */
    public ExportOpener(Path studyDir, Path workDir) {
        this.studyDir = studyDir;
        this.workDir = workDir;
    }

    /** Opens the files of one request concurrently: sniffing, converting and scanning are per file and read the whole file. */
    public List<Export> openAll(ExportRequest request, List<Path> files) {
        return inParallel(files, f -> open(request, f));
    }

    /**
     * {@code work} applied to every element on a small pool (one thread per core), results in input
     * order. A failure is thrown for the first failing element in that order, as a sequential run would.
     */
    public static <T, R> List<R> inParallel(List<T> items, java.util.function.Function<T, R> work) {
        if (items.size() <= 1) return items.stream().map(work).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(items.size(), Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "samenkracht-open");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) futures.add(pool.submit(() -> work.apply(item)));
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while opening input files", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    public Export open(ExportRequest request, Path file) {
        String label = studyDir.relativize(file).toString();
        String sha;
        String name = file.toString().toLowerCase(Locale.ROOT);
        // A unique name per opened file: two equal files may be opened at once.
        String stem = "f" + SEQUENCE.incrementAndGet();
        boolean xlsx;
        TextPass.Result pass = null;
        Path textFile;
        CsvDialect dialect;
        Decoding decoding;
        String describe;
        switch (FileSniffer.container(file)) {
            case EMPTY -> throw InputException.at(label, null, null, "the file is empty");
            case OLE2, LEGACY_XLS -> {
                // An old Excel 97-2003 workbook is streamed like an .xlsx (HSSF event API); an encrypted
                // .xlsx or any other compound file is refused with what it is.
                if (!XlsToCsv.isXls(file)) throw InputException.at(label, null, null, FileSniffer.describeOle2(file));
                xlsx = true;
                sha = Checksums.sha256(file);
                textFile = workDir.resolve("xls-" + stem + ".csv");
                long rows = XlsToCsv.convert(file, label, request.sheet(), textFile);
                if (rows == 0) throw InputException.at(label, null, null, "the sheet is empty (no header, no data)");
                dialect = CsvDialect.CANONICAL;
                decoding = Decoding.UTF8;
                describe = "xls sheet " + (request.sheet() == null ? "(first)" : request.sheet());
            }
            case BINARY -> throw InputException.at(label, null, null, "this is not a CSV or .xlsx file (binary content)");
            case XLSX -> {
                if (!name.endsWith(".xlsx") && !request.wantsWorkbook())
                    throw InputException.at(label, null, null, "this is a zip/xlsx file but is named as text; rename it to .xlsx");
                xlsx = true;
                sha = Checksums.sha256(file);
                textFile = workDir.resolve("xlsx-" + stem + ".csv");
                long rows = XlsxToCsv.convert(file, label, request.sheet(), textFile);
                if (rows == 0) throw InputException.at(label, null, null, "the sheet is empty (no header, no data)");
                dialect = CsvDialect.CANONICAL;
                decoding = Decoding.UTF8;
                describe = "xlsx sheet " + (request.sheet() == null ? "(first)" : request.sheet());
            }
            default -> {
                if (name.endsWith(".xlsx"))
                    throw InputException.at(label, null, null, FileSniffer.looksLikeText(file)
                            ? "named .xlsx but it is not a workbook (it looks like a text/CSV file); export it again or rename it to .csv"
                            : "named .xlsx but it is not a workbook, nor a CSV file (binary content of another kind); export the data again as .xlsx");
                if ("xlsx".equals(request.format()))
                    throw InputException.at(label, null, null,
                            "expected an .xlsx workbook but this is a text/CSV file; export it again or rename it to .csv");
                xlsx = false;
                char delimiter = 0;
                if (onePass(file, request)) {
                    delimiter = FileSniffer.delimiter(file, label, request.csv());
                    pass = TextPass.run(file, label, delimiter);
                    sha = pass.sha256();
                } else {
                    sha = Checksums.sha256(file);
                }
                FileSniffer.Sniffed sniffed = FileSniffer.sniff(file, label, request.csv(), pass == null ? null : pass.encoding());
                // the delimiter of the pass must be the one decided with the encoding known; else scan again below
                if (pass != null && (sniffed.dialect().delimiter() != delimiter || Decoding.of(sniffed.dialect().encoding()).mode()
                        == Decoding.Mode.TRANSCODED)) pass = null;
                dialect = sniffed.dialect();
                decoding = Decoding.of(dialect.encoding());
                describe = dialect.describe();
                textFile = file;
                if (decoding.mode() == Decoding.Mode.CELLS) refuseUndefined(label, dialect.encoding(), sniffed.scan(), file);
                if (decoding.mode() == Decoding.Mode.TRANSCODED) {
                    textFile = Transcoder.toUtf8(file, label, dialect.encoding(), workDir.resolve("utf8-" + stem + ".csv"));
                    describe += " (converted to UTF-8)";
                }
                if (sniffed.sepLine()) {
                    // Excel's "sep=;" hint decided the delimiter; the line itself is no record (Excel hides it)
                    if (!decoding.textCharset().newEncoder().canEncode('\n') || decoding.textCharset().name().startsWith("UTF-16")
                            || decoding.textCharset().name().startsWith("UTF-32"))
                        throw InputException.at(label, 1, null, "a 'sep=' line in a UTF-16 file cannot be skipped; save the file as CSV UTF-8");
                    textFile = FileSniffer.withoutFirstLine(textFile, workDir.resolve("nosep-" + stem + ".csv"));
                    pass = null; // its record structure counted the hint line: scan the copy
                    describe += ", Excel's sep= line honoured";
                }
            }
        }
        // Only ASCII matters to the structure scan; in CELLS mode ISO-8859-1 reads any byte.
        Charset scanCharset = decoding.mode() == Decoding.Mode.CELLS ? StandardCharsets.ISO_8859_1 : decoding.textCharset();
        boolean asciiBytes = scanCharset.equals(StandardCharsets.UTF_8) || Decoding.asciiSingleByte(scanCharset);
        CsvStructure structure = pass != null ? pass.structure() : CsvStructure.scan(textFile, scanCharset, dialect.delimiter(), asciiBytes);
        if (structure.unclosedQuoteLine() > 0)
            throw InputException.at(label, null, null, "line " + structure.unclosedQuoteLine()
                    + ": a quote (\") opens a cell here and is never closed, so the rest of the file ("
                    + (structure.lines() - structure.unclosedQuoteLine() + 1) + " lines) would be read as one cell and its rows lost."
                    + " The file may be cut off, or a quote is missing or one too many; repair it or export it again");
        if (structure.maxFields() > MAX_COLUMNS)
            throw InputException.at(label, null, null, "line " + structure.widestLine() + ": a row with " + structure.maxFields()
                    + " fields; at most " + MAX_COLUMNS + " can be read");
        CsvDialect read = new CsvDialect(decoding.textCharset().name(), dialect.delimiter(), dialect.decimalComma(), dialect.hadBom());
        List<String[]> records = HeaderReader.firstRecords(textFile, read, Math.max(1, request.headRecords()),
                maxColumns(structure.maxFields()), label);
        if (records.isEmpty()) throw InputException.at(label, null, null, "the file is empty (no header)");
        int lead = xlsx ? 1 : 0;
        List<List<String>> head = new ArrayList<>();
        for (String[] r : records) head.add(clean(r, lead));
        if (head.get(0).stream().allMatch(String::isBlank)) throw InputException.at(label, 1, null, "the header row is empty");
        return new Export(label, file, sha, textFile, dialect, decoding, head, xlsx,
                xlsx ? CsvStructure.RowNumbers.NONE : structure.rowNumbers(), structure.maxFields(),
                lineStarts(xlsx, decoding, structure), describe);
    }

    /** Work on an opened export while its converted text (in a temporary work folder) exists. */
    @FunctionalInterface
    public interface Use<T, E extends Exception> {
        T apply(Export e) throws E;
    }

    /**
     * Opens one small file that is not part of a run's work folder (an interview export, the Kotter
     * log) in a temporary folder, named by its file name in messages, and removes the folder after {@code use}.
     */
    public static <T, E extends Exception> T withOpened(Path file, ExportRequest request, Use<T, E> use) throws E {
        Path abs = file.toAbsolutePath();
        Path work;
        try {
            work = java.nio.file.Files.createTempDirectory("samenkracht-open-");
        } catch (java.io.IOException e) {
            throw new InputException(file.getFileName() + ": cannot create a temporary folder (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return use.apply(new ExportOpener(abs.getParent(), work).open(request, abs));
        } finally {
            try (var s = java.nio.file.Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }

    /**
     * Whether Spark reads the text line by line, split into many tasks ({@code multiLine=false}), rather
     * than whole, in one task: when every record is one line (the structure found {@link CsvStructure.LineStarts})
     * and Spark's line reader splits the read charset's bytes at the same line breaks (UTF-8, ISO-8859-1,
     * US-ASCII; not UTF-16/32). A converted sheet stays whole: it is small and its cells often hold line breaks.
     */
    private static CsvStructure.LineStarts lineStarts(boolean xlsx, Decoding decoding, CsvStructure structure) {
        if (xlsx || structure.lineStarts() == null) return null;
        Charset read = Charset.forName(decoding.sparkEncoding());
        boolean lineBytes = read.equals(StandardCharsets.UTF_8) || read.equals(StandardCharsets.ISO_8859_1) || read.equals(StandardCharsets.US_ASCII);
        return lineBytes ? structure.lineStarts() : null;
    }

    /** The parser's column limit for an opened export. */
    public static int maxColumnsFor(Export e) {
        return maxColumns(e.maxFields());
    }

    /**
     * A text export whose bytes can be scanned for structure directly (see {@link TextPass}): not
     * UTF-16 (byte-order mark) and the encoding detected (UTF-8 or Windows-1252) or configured as UTF-8 or a
     * single-byte charset with ASCII as its lower half.
     */
    private static boolean onePass(Path file, ExportRequest request) {
        if (FileSniffer.utf16Bom(file)) return false;
        String encoding = request.csv().encoding();
        if ("auto".equalsIgnoreCase(encoding)) return true;
        if (!Charset.isSupported(encoding)) return false;
        Charset cs = Charset.forName(encoding);
        return cs.equals(StandardCharsets.UTF_8) || Decoding.asciiSingleByte(cs);
    }

    /** Wide enough for the widest record, so an over-long row is rejected like any malformed row. */
    static int maxColumns(long maxFields) {
        return (int) Math.max(20_480, maxFields + 1);
    }

    private static List<String> clean(String[] rec, int lead) {
        List<String> out = new ArrayList<>();
        for (int i = lead; i < rec.length; i++) out.add(rec[i] == null ? "" : rec[i].strip());
        return out;
    }

    /** A byte the charset leaves undefined means the file is in yet another encoding: refused, with its line. */
    private static void refuseUndefined(String label, String encoding, EncodingScan scan, Path file) {
        if (scan == null) return;
        boolean[] undefined = Decoding.undefinedHighBytes(Charset.forName(encoding));
        long first = 0;
        for (int b = 0x80; b <= 0xFF; b++) {
            long line = scan.firstLineOf(b);
            if (undefined[b - 0x80] && line > 0 && (first == 0 || line < first)) first = line;
        }
        if (first > 0)
            throw InputException.at(label, null, null, "line " + first + ": bytes that mean nothing in " + encoding
                    + " (is the file in another encoding, from an old DOS or Mac program?); save it as 'CSV UTF-8', or set csv.encoding");
    }
}
