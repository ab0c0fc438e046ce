package nl.samenkracht.ingest.frontend;

import nl.samenkracht.ingest.CsvStructure;
import nl.samenkracht.ingest.EncodingScan;
import nl.samenkracht.ingest.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One read of a text export for everything the opener needs of the whole file: its SHA-256 (run.json),
 * the byte scan that decides the encoding ({@link EncodingScan}) and the record structure
 * ({@link CsvStructure}: an unclosed quote, the widest record, empty lines). They used to be three reads
 * of every file. The structure can be followed on bytes because the delimiter, quote and line breaks are
 * ASCII bytes that occur inside no character of UTF-8 or of a single-byte charset whose lower half is ASCII.
 */
final class TextPass {
    record Result(String sha256, EncodingScan encoding, CsvStructure structure) {}

    private TextPass() {}

    static Result run(Path file, String label, char delimiter) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            EncodingScan.Scanner encoding = new EncodingScan.Scanner();
            CsvStructure.Scanner structure = new CsvStructure.Scanner(delimiter);
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                encoding.update(buf, n);
                structure.accept(buf, n);
            }
            return new Result(HexFormat.of().formatHex(sha.digest()), encoding.result(), structure.result());
        } catch (IOException e) {
            throw new InputException(label + ": cannot read: " + e.getClass().getSimpleName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
