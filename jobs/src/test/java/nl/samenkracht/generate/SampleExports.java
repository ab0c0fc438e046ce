package nl.samenkracht.generate;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sample exports back for the tests, by other means than the writers: POI's usermodel
 * for the workbooks, univocity (Spark's own CSV parser) for the Google Forms CSV.
 */
final class SampleExports {
    static final String LOCATION = "Op welke locatie werk je?";
    static final String GROUP = "Hoe lang werk je op deze school?";

    /** One data row: where it is, who, when, and the 16 answers and the open answer as text. */
    record Response(int row, String email, LocalDateTime completed, LocalDateTime started, String location, String group,
                    List<String> answers, String open) {}

    record Export(String sheetName, List<String> header, List<Response> rows) {}

    private SampleExports() {}

    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isRegularFile(p.resolve("data-samples").resolve("study.yaml"))) return p;
        throw new IllegalStateException("no data-samples/study.yaml above " + Path.of("").toAbsolutePath());
    }

    static Export read(Path file) throws IOException {
        return file.toString().endsWith(".csv") ? readCsv(file) : readXlsx(file);
    }

    static Export readXlsx(Path file) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            Row h = sheet.getRow(0);
            List<String> header = new ArrayList<>();
            for (int c = 0; c < h.getLastCellNum(); c++) header.add(h.getCell(c).getStringCellValue());
            int loc = header.indexOf(LOCATION);
            List<Response> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> answers = new ArrayList<>();
                for (int c = loc + 2; c < loc + 18; c++) answers.add(fmt.formatCellValue(row.getCell(c)));
                Cell open = row.getCell(loc + 18);
                rows.add(new Response(r + 1, row.getCell(3).getStringCellValue(), row.getCell(2).getLocalDateTimeCellValue(),
                        row.getCell(1).getLocalDateTimeCellValue(), row.getCell(loc).getStringCellValue(),
                        row.getCell(loc + 1).getStringCellValue(), answers,
                        open == null || open.getCellType() == CellType.BLANK ? null : open.getStringCellValue()));
            }
            return new Export(sheet.getSheetName(), header, rows);
        }
    }

    static Export readCsv(Path file) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(',');
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setIgnoreLeadingWhitespacesInQuotes(false);
        settings.setIgnoreTrailingWhitespacesInQuotes(false);
        settings.setNullValue(null);
        settings.setEmptyValue("");
        settings.setMaxCharsPerColumn(-1);
        List<String[]> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = new CsvParser(settings).parseAll(in);
        }
        List<String> header = List.of(records.get(0));
        int loc = header.indexOf(LOCATION);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("d-M-yyyy H:mm:ss");
        List<Response> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            String[] f = records.get(r);
            if (f.length != header.size()) throw new IllegalStateException("record " + (r + 1) + " has " + f.length + " fields");
            String open = f[loc + 18];
            rows.add(new Response(r + 1, f[1], LocalDateTime.parse(f[0], ts), null, f[loc], f[loc + 1],
                    java.util.Arrays.asList(f).subList(loc + 2, loc + 18), open == null || open.isEmpty() ? null : open));
        }
        return new Export(null, header, rows);
    }
}
