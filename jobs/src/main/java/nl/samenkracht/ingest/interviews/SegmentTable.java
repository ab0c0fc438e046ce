package nl.samenkracht.ingest.interviews;

import nl.samenkracht.config.CsvConfig;
import nl.samenkracht.ingest.frontend.Export;
import nl.samenkracht.ingest.frontend.ExportOpener;
import nl.samenkracht.ingest.frontend.ExportRequest;
import nl.samenkracht.ingest.frontend.FrontEnd;
import nl.samenkracht.ingest.frontend.Source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An interview export (.xlsx, an old .xls as MAXQDA before 2018 wrote it, or delimited text) as a {@link RawTable}, read through the ingest front
 * end: sniffed, an .xlsx sheet streamed to CSV (the first visible sheet), the encoding and delimiter
 * detected, the records parsed with the front end's CSV options and numbered as a spreadsheet shows
 * them. The header is the first record; trailing empty header cells are layout (Excel keeps formatted
 * but empty columns). Rows without data stay in: the row loop skips and counts them.
 */
final class SegmentTable {
    private SegmentTable() {}

    static boolean isSpreadsheet(String name) {
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    static boolean isDelimitedText(String name) {
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv");
    }

    /** Opens the export through the front end (in a temporary work folder) and gives it to {@code reader}. */
    static <T> T open(Path file, OpenedReader<T> reader) throws InterviewFormatException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) throw new InterviewFormatException(name + ": file not found, or not a file");
        if (!isSpreadsheet(lower) && !isDelimitedText(lower))
            throw new InterviewFormatException(name + ": unknown file extension; expected .xlsx, .xls, .csv or .txt");
        try {
            return ExportOpener.withOpened(file, new ExportRequest(Source.INTERVIEWS, name, isSpreadsheet(lower) ? "xlsx" : "auto",
                    null, CsvConfig.AUTO, 1), reader::read);
        } catch (nl.samenkracht.ingest.InputException e) {
            // the front end names the file (and line); the interview stage reports format errors as one kind
            throw new InterviewFormatException(e.getMessage(), e);
        }
    }

    /** Work on an opened export while its converted text still exists. */
    @FunctionalInterface
    interface OpenedReader<T> {
        T read(Export e) throws InterviewFormatException;
    }

    static RawTable read(Path file) throws InterviewFormatException {
        return open(file, SegmentTable::table);
    }

    static RawTable table(Export e) {
        List<String> header = trimmed(e.header());
        List<RawTable.Row> rows = new ArrayList<>();
        // rows without data (';;;;', the header again) are kept: the row loop counts them by the front end's rule
        FrontEnd.readLocal(e, 1, (row, fields) -> {
            List<String> cells = new ArrayList<>(fields.length);
            for (String f : fields) cells.add(f == null ? "" : f);
            if (e.sheetRows()) {
                rows.add(new RawTable.Row(row, cells, 0, -1));
            } else {
                int extra = 0;
                for (int i = header.size(); i < cells.size(); i++) if (!cells.get(i).isBlank()) extra++;
                rows.add(new RawTable.Row(row, cells, extra, cells.size()));
            }
        });
        return new RawTable(e.file().getFileName().toString(), header, rows);
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> out = new ArrayList<>(cells);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }
}
