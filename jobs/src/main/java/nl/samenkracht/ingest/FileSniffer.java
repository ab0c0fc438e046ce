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

    /** Encoding, delimiter and decimal mark: configured, or detected from the first megabyte. */
    public static CsvDialect dialect(Path file, CsvConfig config) {
        byte[] bytes = head(file, SNIFF_BYTES);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        String encoding = config.encoding();
        if ("auto".equalsIgnoreCase(encoding)) {
            if (startsWithUtf16Bom(bytes)) encoding = (bytes[0] & 0xff) == 0xFF ? "UTF-16LE" : "UTF-16BE";
            else encoding = isUtf8(bytes, bytes.length == SNIFF_BYTES) ? "UTF-8" : "windows-1252";
        } else if (!Charset.isSupported(encoding)) {
            throw new InputException(file + ": encoding '" + encoding + "' is not known to Java");
        }
        String text = new String(bytes, Charset.forName(encoding));
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        char delimiter = switch (config.delimiter().toLowerCase(Locale.ROOT)) {
            case "auto" -> detectDelimiter(firstRecord(text));
            case "tab", "\\t" -> '\t';
            default -> {
                if (config.delimiter().length() != 1)
                    throw new InputException(file + ": delimiter must be one character, 'tab' or 'auto', got '" + config.delimiter() + "'");
                yield config.delimiter().charAt(0);
            }
        };
        boolean decimalComma = switch (config.decimal().toLowerCase(Locale.ROOT)) {
            case "comma" -> true;
            case "point" -> false;
            // Dutch Excel writes ';' exactly because ',' is its decimal mark.
            default -> delimiter == ';';
        };
        return new CsvDialect(encoding, delimiter, decimalComma, bom);
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
}
