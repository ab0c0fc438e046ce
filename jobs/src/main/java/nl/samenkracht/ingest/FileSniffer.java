package nl.samenkracht.ingest;

import nl.samenkracht.config.CsvConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Looks at a file's first bytes to tell what it really is, whatever its extension says. */
public final class FileSniffer {
    public enum Container { XLSX, OLE2, LEGACY_XLS, TEXT, EMPTY, BINARY }

    /** How much is read to detect the encoding; enough for any header and many rows. */
    private static final int SNIFF_BYTES = 1 << 20;

    private FileSniffer() {}

    public static Container container(Path file) {
        byte[] head = head(file, 8);
        if (head.length == 0) return Container.EMPTY;
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return Container.XLSX;
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0)
            return Container.OLE2; // encrypted .xlsx or an old .xls: both are OLE2 compound files
        for (byte b : head) if (b == 0 && !startsWithUtf16Bom(head)) return Container.BINARY;
        return Container.TEXT;
    }

    /**
     * The delimiter a text export uses, as {@link #sniff} decides it, from its first record alone: the
     * candidates are ASCII, so the first record can be looked at before the encoding is known.
     */
    public static char delimiter(Path file, String label, CsvConfig config) {
        String configured = config.delimiter().toLowerCase(Locale.ROOT);
        if (!configured.equals("auto")) return configuredDelimiter(label, config);
        String text = new String(head(file, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        return detectDelimiter(firstRecord(text));
    }

    /** True when the text starts with a UTF-16 byte-order mark. */
    public static boolean utf16Bom(Path file) {
        return startsWithUtf16Bom(head(file, 2));
    }

    private static char configuredDelimiter(String label, CsvConfig config) {
        return switch (config.delimiter().toLowerCase(Locale.ROOT)) {
            case "tab", "\\t" -> '\t';
            default -> {
                if (config.delimiter().length() != 1)
                    throw new InputException(label + ": delimiter must be one character, 'tab' or 'auto', got '" + config.delimiter() + "'");
                yield config.delimiter().charAt(0);
            }
        };
    }

    /** No control characters other than tab, line breaks and form feed in the first 4 kB (or a UTF-16 byte-order mark). */
    public static boolean looksLikeText(Path file) {
        byte[] b = head(file, 4096);
        if (startsWithUtf16Bom(b)) return true;
        for (byte x : b) {
            int c = x & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
        }
        return true;
    }

    public static CsvDialect dialect(Path file, CsvConfig config) {
        return dialect(file, file.getFileName().toString(), config);
    }

    /**
     * Encoding, delimiter and decimal mark: configured, or detected. The encoding is decided on
     * the whole file ({@link EncodingScan}): all UTF-8 → UTF-8; no UTF-8 character at all but
     * other high bytes → Windows-1252 (Dutch Excel); both → the file mixes two encodings and is
     * refused with the line of the first foreign byte, because reading it either way garbles
     * part of the answers (and breaks the linking of names with accents) without anyone seeing
     * it. A configured encoding is used as given. NUL bytes are refused too (a binary file, or
     * UTF-16 without its byte-order mark).
     *
     * @param label the file as named in messages
     */
    public static CsvDialect dialect(Path file, String label, CsvConfig config) {
        return sniff(file, label, config).dialect();
    }

    /** The dialect, and the whole-file byte scan it was decided on (null for UTF-16/32, which is not scanned). */
    /** @param sepLine the file starts with Excel's delimiter hint ({@code sep=;}), a line that is no record */
    public record Sniffed(CsvDialect dialect, EncodingScan scan, boolean sepLine) {}

    /** Excel's delimiter hint: a first line {@code sep=;} (Excel hides it and splits on that character). */
    private static final java.util.regex.Pattern SEP_LINE = java.util.regex.Pattern.compile("(?i)sep=([^\\r\\n])[ \\t]*\\r?\\n");

    /** As {@link #dialect(Path, String, CsvConfig)}, keeping the byte scan for later checks. */
    public static Sniffed sniff(Path file, String label, CsvConfig config) {
        return sniff(file, label, config, null);
    }

    /**
     * As {@link #sniff(Path, String, CsvConfig)}, with the whole-file byte scan already made (by a pass
     * that read the file for other scans as well); null = scan here when needed.
     */
    public static Sniffed sniff(Path file, String label, CsvConfig config, EncodingScan scanned) {
        byte[] bytes = head(file, SNIFF_BYTES);
        EncodingScan scan = null;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        String encoding = config.encoding();
        boolean utf16 = startsWithUtf16Bom(bytes);
        if ("auto".equalsIgnoreCase(encoding)) {
            if (utf16) encoding = (bytes[0] & 0xff) == 0xFF ? "UTF-16LE" : "UTF-16BE";
            else {
                scan = scanned != null ? scanned : EncodingScan.of(file);
                refuseNul(label, scan);
                if (scan.isMixed())
                    throw InputException.at(label, null, null, "line " + scan.firstInvalidLine()
                            + ": mixed character encodings: the file is UTF-8 (" + scan.utf8Sequences()
                            + " UTF-8 characters) but this line has " + (scan.invalidBytes() == 1 ? "a byte" : "bytes")
                            + " that are not UTF-8 (Windows-1252?; " + scan.invalidBytes()
                            + " such bytes in the file). Reading it either way would garble answers; open it in Excel and"
                            + " save it as 'CSV UTF-8', or set csv.encoding in study.yaml");
                encoding = scan.isUtf8() ? "UTF-8" : "windows-1252";
            }
        } else if (!Charset.isSupported(encoding)) {
            throw new InputException(label + ": encoding '" + encoding + "' is not known to Java");
        } else if (!encoding.toUpperCase(Locale.ROOT).startsWith("UTF-16") && !encoding.toUpperCase(Locale.ROOT).startsWith("UTF-32")) {
            scan = scanned != null ? scanned : EncodingScan.of(file);
            refuseNul(label, scan);
        }
        String text = new String(bytes, Charset.forName(encoding));
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        java.util.regex.Matcher sep = SEP_LINE.matcher(text);
        boolean sepLine = sep.lookingAt();
        if (sepLine) text = text.substring(sep.end());
        char delimiter = switch (config.delimiter().toLowerCase(Locale.ROOT)) {
            case "auto" -> sepLine ? sep.group(1).charAt(0) : detectDelimiter(firstRecord(text));
            case "tab", "\\t" -> '\t';
            default -> {
                if (config.delimiter().length() != 1)
                    throw new InputException(label + ": delimiter must be one character, 'tab' or 'auto', got '" + config.delimiter() + "'");
                yield config.delimiter().charAt(0);
            }
        };
        boolean decimalComma = switch (config.decimal().toLowerCase(Locale.ROOT)) {
            case "comma" -> true;
            case "point" -> false;
            // Dutch Excel writes ';' exactly because ',' is its decimal mark.
            default -> delimiter == ';';
        };
        return new Sniffed(new CsvDialect(encoding, delimiter, decimalComma, bom), scan, sepLine);
    }

    /**
     * What an OLE2 compound file is, for the message: Office keeps an encrypted .xlsx in an OLE2
     * container (entries EncryptionInfo and EncryptedPackage); an Excel 97-2003 .xls is OLE2 too.
     */
    public static String describeOle2(Path file) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage"))
                return "this workbook is encrypted (password-protected); Samenkracht does not read passwords."
                        + " Open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx";
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book"))
                return "this is an old Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx";
            return "this is an Office compound file, not an .xlsx workbook or CSV; export the data again as .xlsx or CSV";
        } catch (IOException | RuntimeException e) {
            return "this is an encrypted (password-protected) workbook or an old .xls file, and it could not be opened to tell which;"
                    + " save it as an unprotected .xlsx";
        }
    }

    private static void refuseNul(String label, EncodingScan scan) {
        if (scan.nulBytes() > 0)
            throw InputException.at(label, null, null, "line " + scan.firstNulLine() + ": the file contains " + scan.nulBytes()
                    + " NUL byte(s); a CSV export never does (is it a binary file, or UTF-16 text without its byte-order mark?)."
                    + " Export it again as CSV UTF-8");
    }

    /** The header record: up to the first line break that is not inside quotes. */
    static String firstRecord(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if ((c == '\n' || c == '\r') && !quoted) return text.substring(0, i);
        }
        return text;
    }

    static char detectDelimiter(String header) {
        char[] candidates = {';', ',', '\t', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            for (int k = 0; k < candidates.length; k++) if (c == candidates[k]) counts[k]++;
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) if (counts[k] > counts[best]) best = k;
        return counts[best] == 0 ? ',' : candidates[best];
    }

    static boolean isUtf8(byte[] bytes, boolean truncated) {
        int len = bytes.length;
        if (truncated) {
            // do not fail on a multi-byte character cut at the end of the sample
            int back = 0;
            while (back < 3 && len - back - 1 >= 0 && (bytes[len - back - 1] & 0xC0) == 0x80) back++;
            if (len - back - 1 >= 0 && (bytes[len - back - 1] & 0xC0) == 0xC0) len = len - back - 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWithUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) || ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF));
    }

    static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = in.readNBytes(n);
            return Arrays.copyOf(buf, buf.length);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * A copy of an ASCII-compatible text file without its first line (Excel's {@code sep=} hint), so the
     * header is the first record, as Excel shows it (row 1).
     */
    public static Path withoutFirstLine(Path source, Path target) {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(source));
             java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target))) {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                // skip the hint line (and a byte-order mark before it)
            }
            in.transferTo(out);
            return target;
        } catch (java.io.IOException e) {
            throw new InputException(source.getFileName() + ": cannot copy the file without its sep= line to " + target.getParent());
        }
    }
}
