package nl.samenkracht.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Spark's CSV source accepts only a few character sets (UTF-8/16/32, ISO-8859-1, US-ASCII);
 * Dutch Excel saves Windows-1252. Such a file is streamed once into UTF-8 in the run's work
 * folder and Spark reads that copy: same rows, same row numbers, bounded memory.
 */
public final class Transcoder {
    private static final Set<String> SPARK_CHARSETS = Set.of("utf-8", "utf-16", "utf-16be", "utf-16le", "utf-32",
            "iso-8859-1", "us-ascii");

    private Transcoder() {}

    public static boolean sparkReads(String encoding) {
        return SPARK_CHARSETS.contains(encoding.toLowerCase(Locale.ROOT));
    }

    public static Path toUtf8(Path source, String encoding, Path target) {
        return toUtf8(source, source.toString(), encoding, target);
    }

    /** @param label the file as named in messages */
    public static Path toUtf8(Path source, String label, String encoding, Path target) {
        char[] buf = new char[1 << 16];
        try (BufferedReader in = Files.newBufferedReader(source, Charset.forName(encoding));
             BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            int n;
            while ((n = in.read(buf)) > 0) out.write(buf, 0, n);
            return target;
        } catch (CharacterCodingException e) {
            // e.g. byte 0x81, which means nothing in Windows-1252: the file is in yet another encoding.
            throw InputException.at(label, null, null, "line " + firstUndecodableLine(source, Charset.forName(encoding))
                    + ": bytes that mean nothing in " + encoding + " (is the file in another encoding, from an old DOS or"
                    + " Mac program?); save it as 'CSV UTF-8', or set csv.encoding");
        } catch (IOException e) {
            throw new InputException(label + ": cannot convert from " + encoding + " to UTF-8: " + e.getMessage());
        }
    }

    /** Only on the error path: decodes line by line to say where the first bad byte is. */
    static long firstUndecodableLine(Path source, Charset charset) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    try {
                        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException bad) {
                        return number;
                    }
                    if (b < 0) return 0;
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            return 0;
        }
    }
}
