package nl.samenkracht.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs a zip (an .xlsx is one) with a fixed modification time on every entry, keeping the
 * entries' order and content. POI stamps zip entries with the clock, which would make every
 * generated workbook differ from the last. {@link ZipEntry#setTimeLocal} writes the given
 * date-time as is, without the JVM's time zone and without extra timestamp fields.
 */
final class ReproducibleZip {
    private ReproducibleZip() {}

    static byte[] normalise(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Entry names and uncompressed contents, in order: what two zips must share to hold the same data. */
    static java.util.LinkedHashMap<String, byte[]> entries(InputStream zip) throws IOException {
        java.util.LinkedHashMap<String, byte[]> m = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) m.put(e.getName(), in.readAllBytes());
        }
        return m;
    }
}
