package nl.samenkracht.trust;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
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

/** Counts the data rows of an export independently of the pipeline: POI's usermodel, univocity directly. */
final class DataRows {
    private DataRows() {}

    /** Non-empty rows below the header of the first sheet, or CSV records after the header. */
    static long count(Path file) throws IOException {
        if (file.toString().endsWith(".xlsx")) {
            DataFormatter fmt = new DataFormatter();
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                Sheet s = wb.getSheetAt(0);
                long n = 0;
                for (Row r : s) {
                    if (r.getRowNum() == s.getFirstRowNum()) continue;
                    boolean any = false;
                    for (var c : r) any |= !fmt.formatCellValue(c).isBlank();
                    if (any) n++;
                }
                return n;
            }
        }
        CsvParserSettings st = new CsvParserSettings();
        st.setLineSeparatorDetectionEnabled(true);
        st.setMaxCharsPerColumn(-1);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CsvParser(st).parseAll(r).size() - 1;
        }
    }
}
