package nl.samenkracht.ingest.interviews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Decides the format of an interview export for {@code format: auto}.
 *
 * <ol>
 *   <li>{@code .qdpx} -> {@link InterviewFormat#QDPX} (after checking it is a zip at all);</li>
 *   <li>{@code .xlsx}/{@code .xlsm}/{@code .xls}/{@code .csv}/{@code .txt}/{@code .tsv}: by the header row —
 *       ATLAS.ti when it has a quotation column ({@code Quotation Content}, {@code Quotation Name}) or
 *       {@code Codes} (plural) with a document and content column; MAXQDA when it has
 *       {@code Document name} (or {@code Dokumentname}), {@code Code} and {@code Segment}; otherwise
 *       the simple table;</li>
 *   <li>anything else -> {@link InterviewFormatException}.</li>
 * </ol>
 */
public final class InterviewFormatDetector {
    private InterviewFormatDetector() {}

    public static InterviewFormat detect(Path file) throws InterviewFormatException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            requireZip(file, name);
            return InterviewFormat.QDPX;
        }
        return SegmentTable.open(file, e -> detect(e.header()));
    }

    /** Format of a sheet or CSV from its header row. */
    public static InterviewFormat detect(List<String> header) {
        return layout(header).format();
    }

    /** The first layout description that recognises the header (the plain table recognises any). */
    static SegmentLayout layout(List<String> header) {
        for (SegmentLayout l : SegmentLayout.ALL) if (l.recognises().test(header)) return l;
        return SegmentLayout.TABLE;
    }

    private static void requireZip(Path file, String name) throws InterviewFormatException {
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw new InterviewFormatException(name + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (n < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw new InterviewFormatException(name + ": has the extension .qdpx but is no zip archive; "
                    + "export the project again as a REFI-QDA project");
        }
    }
}
