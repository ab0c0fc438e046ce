package nl.samenkracht.ingest.frontend;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * How the characters of an export reach the interpreters. Spark 4.2's CSV source reads only
 * UTF-8/16/32, ISO-8859-1 and US-ASCII, and Dutch Excel saves Windows-1252. Three cases:
 * <ul>
 *   <li>{@link Mode#SPARK}: Spark decodes the charset itself;</li>
 *   <li>{@link Mode#CELLS}: a single-byte charset whose ASCII range is ASCII (Windows-1252, ISO-8859-15 …):
 *       the delimiter, quote and line breaks are the same bytes, so Spark parses the text as ISO-8859-1
 *       (one char per byte) and each cell is turned into the real characters inside the Spark task
 *       ({@link #cell}): in parallel, with no copy of the file;</li>
 *   <li>{@link Mode#TRANSCODED}: any other charset (Shift_JIS, GB18030 …; rare) is transcoded to a UTF-8
 *       copy, per file on the opener's pool.</li>
 * </ul>
 */
public record Decoding(Mode mode, String charset) implements Serializable {
    public enum Mode { SPARK, CELLS, TRANSCODED }

    private static final Set<String> SPARK_CHARSETS = Set.of("utf-8", "utf-16", "utf-16be", "utf-16le", "utf-32",
            "iso-8859-1", "us-ascii");

    public static final Decoding UTF8 = new Decoding(Mode.SPARK, "UTF-8");

    public static Decoding of(String encoding) {
        if (SPARK_CHARSETS.contains(encoding.toLowerCase(Locale.ROOT))) return new Decoding(Mode.SPARK, encoding);
        return asciiSingleByte(Charset.forName(encoding)) ? new Decoding(Mode.CELLS, encoding) : new Decoding(Mode.TRANSCODED, encoding);
    }

    /** The encoding Spark's CSV source is told. */
    public String sparkEncoding() {
        return switch (mode) {
            case SPARK -> charset;
            case CELLS -> "ISO-8859-1";
            case TRANSCODED -> "UTF-8";
        };
    }

    /** The charset the driver reads the (possibly transcoded) text with. */
    public Charset textCharset() {
        return mode == Mode.TRANSCODED ? StandardCharsets.UTF_8 : Charset.forName(charset);
    }

    /**
     * A cell as the export means it. Only in {@link Mode#CELLS}, and only when the cell has a byte
     * of 0x80 or above (ASCII is the same in both), are its bytes decoded again.
     */
    public String cell(String s) {
        if (mode != Mode.CELLS || s == null) return s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0080') return new String(s.getBytes(StandardCharsets.ISO_8859_1), javaCharset());
        }
        return s;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Charset> CHARSETS = new java.util.concurrent.ConcurrentHashMap<>();

    private Charset javaCharset() {
        return CHARSETS.computeIfAbsent(charset, Charset::forName);
    }

    /** One byte per character, and bytes 0x00–0x7F are ASCII: then ASCII delimiters, quotes and line breaks parse alike. */
    static boolean asciiSingleByte(Charset cs) {
        if (!cs.canEncode() || cs.newEncoder().maxBytesPerChar() != 1.0f) return false;
        byte[] ascii = new byte[128];
        for (int i = 0; i < 128; i++) ascii[i] = (byte) i;
        String s = new String(ascii, cs);
        if (s.length() != 128) return false;
        for (int i = 0; i < 128; i++) if (s.charAt(i) != i) return false;
        return true;
    }

    /** High bytes (0x80–0xFF) that mean nothing in a single-byte charset (Windows-1252: 0x81, 0x8D, 0x8F, 0x90, 0x9D). */
    static boolean[] undefinedHighBytes(Charset cs) {
        boolean[] out = new boolean[128];
        for (int b = 0x80; b <= 0xFF; b++) {
            try {
                cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(new byte[]{(byte) b}));
            } catch (java.nio.charset.CharacterCodingException e) {
                out[b - 0x80] = true;
            }
        }
        return out;
    }
}
