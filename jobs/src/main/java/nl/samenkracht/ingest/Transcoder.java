package nl.samenkracht.ingest;

import java.io.BufferedReader;
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
        char[] buf = new char[1 << 16];
        try (BufferedReader in = Files.newBufferedReader(source, Charset.forName(encoding));
             BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            int n;
            while ((n = in.read(buf)) > 0) out.write(buf, 0, n);
            return target;
        } catch (IOException e) {
            throw new InputException(source + ": cannot convert from " + encoding + " to UTF-8: " + e.getMessage());
        }
    }
}
