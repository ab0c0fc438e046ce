package nl.samenkracht.ingest.interviews;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files as Dutch schools get them: UTF-8 with or without BOM (Excel "CSV UTF-8",
 * MAXQDA, REFI-QDA sources), UTF-16 with BOM (Excel "Unicode text"), or Windows-1252 (Excel's
 * plain "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows).
 *
 * <p>Without a BOM, strict UTF-8 is tried first: Windows-1252 text with any accented letter
 * ("één", "café") is practically never valid UTF-8, while the reverse guess would silently turn
 * "één" into "Ã©Ã©n".
 */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /** The decoded text and the charset that was used (for messages). */
    record Decoded(String text, Charset charset) {}

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Decoded(s, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Line breaks to {@code \n}, outer whitespace (including no-break spaces) stripped; null stays null. */
    static String normaliseText(String s) {
        if (s == null) {
            return null;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
    }
}
