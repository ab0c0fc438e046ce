package nl.samenkracht.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One streaming pass over a whole text file (bounded memory, any size) that tells whether its
 * bytes are UTF-8, and where the first byte is that is not. Looking at the start of a file only
 * is not enough: a UTF-8 export with one answer pasted from a Windows program further down would
 * be read as UTF-8 and Spark would silently turn that answer into U+FFFD.
 *
 * @param utf8Sequences  well-formed multi-byte UTF-8 characters (é, ë, ’ …)
 * @param invalidBytes   bytes that cannot be UTF-8 where they stand
 * @param firstInvalidLine 1-based line of the first such byte (0 = none)
 * @param nulBytes       NUL (0x00) bytes, which no CSV export writes in UTF-8 or Windows-1252
 * @param firstNulLine   1-based line of the first NUL (0 = none)
 * @param sample         up to 40 characters around the first invalid byte, read as Windows-1252, for the message
 */
public record EncodingScan(long utf8Sequences, long invalidBytes, long firstInvalidLine, long nulBytes, long firstNulLine,
                           String sample, long[] highByteLines) {
    /** For a byte 0x80–0xFF, the 1-based line it first occurs on (0 = absent): a single-byte charset that leaves it undefined can then name the line. */
    public long firstLineOf(int b) {
        return highByteLines[b - 0x80];
    }


    public boolean isUtf8() {
        return invalidBytes == 0;
    }

    /** Both well-formed UTF-8 characters and bytes that cannot be UTF-8: two encodings in one file. */
    public boolean isMixed() {
        return invalidBytes > 0 && utf8Sequences > 0;
    }

    public static EncodingScan of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }

    static EncodingScan scan(InputStream in) throws IOException {
        Scanner scanner = new Scanner();
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) scanner.update(buf, n);
        return scanner.result();
    }

    /** The same scan fed block by block, so that one read of a file can serve several scans. */
    public static final class Scanner {
        private long line = 1, utf8 = 0, invalid = 0, firstInvalid = 0, nul = 0, firstNul = 0;
        // Pending multi-byte sequence: bytes still expected and the allowed range of the next one.
        private int expect = 0, lo = 0x80, hi = 0xBF;
        private final byte[] around = new byte[40];
        private int aroundLen = 0;
        private boolean capturing = false;
        private final byte[] recent = new byte[12];
        private int recentLen = 0;
        private final long[] high = new long[128];

        public void update(byte[] buf, int n) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xff;
                if (b >= 0x80 && high[b - 0x80] == 0) high[b - 0x80] = line;
                if (capturing && aroundLen < around.length) around[aroundLen++] = (byte) b;
                boolean bad = false;
                if (expect > 0) {
                    if (b >= lo && b <= hi) {
                        expect--;
                        lo = 0x80;
                        hi = 0xBF;
                        if (expect == 0) utf8++;
                        remember(recent, recentLen++, b);
                        continue;
                    }
                    // The sequence broke off: its lead byte was not UTF-8; look at this byte afresh.
                    expect = 0;
                    lo = 0x80;
                    hi = 0xBF;
                    bad = true;
                }
                if (bad) {
                    invalid++;
                    if (firstInvalid == 0) {
                        firstInvalid = line;
                        capturing = true;
                        aroundLen = copyRecent(recent, recentLen, around);
                        if (aroundLen < around.length) around[aroundLen++] = (byte) b;
                    }
                }
                if (b == '\n') line++;
                if (b == 0) {
                    nul++;
                    if (firstNul == 0) firstNul = line;
                }
                if (b < 0x80) {
                    remember(recent, recentLen++, b);
                    continue;
                }
                if (b >= 0xC2 && b <= 0xDF) {
                    expect = 1;
                } else if (b == 0xE0) {
                    expect = 2;
                    lo = 0xA0;
                } else if (b == 0xED) {
                    expect = 2;
                    hi = 0x9F;
                } else if (b >= 0xE1 && b <= 0xEF) {
                    expect = 2;
                } else if (b == 0xF0) {
                    expect = 3;
                    lo = 0x90;
                } else if (b >= 0xF1 && b <= 0xF3) {
                    expect = 3;
                } else if (b == 0xF4) {
                    expect = 3;
                    hi = 0x8F;
                } else {
                    invalid++;
                    if (firstInvalid == 0) {
                        firstInvalid = line;
                        capturing = true;
                        aroundLen = copyRecent(recent, recentLen, around);
                        if (aroundLen < around.length) around[aroundLen++] = (byte) b;
                    }
                }
                remember(recent, recentLen++, b);
            }
        }

        public EncodingScan result() {
            if (expect > 0) {
                invalid++;
                if (firstInvalid == 0) firstInvalid = line;
            }
            String sample = aroundLen == 0 ? "" : new String(around, 0, aroundLen, java.nio.charset.Charset.forName("windows-1252"))
                    .replaceAll("[\\r\\n]+", " ").strip();
            return new EncodingScan(utf8, invalid, firstInvalid, nul, firstNul, sample, high.clone());
        }
    }

    private static void remember(byte[] recent, int index, int b) {
        recent[Math.floorMod(index, recent.length)] = (byte) b;
    }

    /** The bytes just before the first invalid one (from the current line), so the message shows some context. */
    private static int copyRecent(byte[] recent, int recentLen, byte[] into) {
        int k = Math.min(recentLen, recent.length);
        int out = 0;
        for (int j = recentLen - k; j < recentLen; j++) {
            byte b = recent[Math.floorMod(j, recent.length)];
            if (b == '\n' || b == '\r') {
                out = 0;
                continue;
            }
            into[out++] = b;
        }
        return out;
    }
}
