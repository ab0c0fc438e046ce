package nl.samenkracht.generate;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes a Microsoft Forms export as a Dutch tenant gives it: sheet "Form1", columns ID,
 * Begintijd, Tijd van voltooien, E-mail, Naam, Tijd van laatste wijziging, then one column per
 * question with the answer labels as text. The two times are real date cells formatted
 * "m/d/yy h:mm:ss", as Forms writes them; "Tijd van laatste wijziging" stays empty because nobody
 * edited an answer afterwards. Document times come from the data (the day after the last
 * submission), never from the clock, and the zip is re-packed with fixed entry times, so the
 * same seed gives the same bytes.
 */
final class MsFormsWorkbook {
    static final String SHEET = "Form1";
    static final String DATE_FORMAT = "m/d/yy h:mm:ss";

    private MsFormsWorkbook() {}

    static void write(SurveyFile file, Path target) throws IOException {
        write(file, target, SampleQuestions.MSFORMS_META);
    }

    /** The same workbook with the metadata headings of another tenant language (same six columns). */
    static void write(SurveyFile file, Path target, List<String> meta) throws IOException {
        LocalDateTime exported = exportedAt(file);
        byte[] raw;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(SHEET);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));

            List<String> header = new java.util.ArrayList<>(meta);
            header.addAll(SampleQuestions.questionColumns());
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) h.createCell(c).setCellValue(header.get(c));

            int rowIndex = 1;
            for (Submission s : file.rows()) {
                Row r = sheet.createRow(rowIndex);
                r.createCell(0).setCellValue(rowIndex); // Forms numbers responses 1, 2, … in submission order
                dateCell(r, 1, s.started(), dateStyle);
                dateCell(r, 2, s.completed(), dateStyle);
                r.createCell(3).setCellValue(s.email());
                r.createCell(4).setCellValue(s.employment().person().displayName());
                // column 5, Tijd van laatste wijziging: no cell
                int c = meta.size();
                r.createCell(c++).setCellValue(s.employment().location());
                r.createCell(c++).setCellValue(s.employment().group().answer);
                for (String a : s.answers()) r.createCell(c++).setCellValue(a);
                if (s.open() != null) r.createCell(c).setCellValue(s.open());
                rowIndex++;
            }
            // Fixed widths: autoSizeColumn measures with the machine's fonts and would differ between machines.
            for (int c = 0; c < header.size(); c++) sheet.setColumnWidth(c, c < 6 ? 20 * 256 : 30 * 256);

            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date when = Date.from(exported.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setCreator("Samenkracht (synthetische voorbeelddata)");
            core.setTitle("Inwerken nieuwe collega's - " + file.wave().label + " " + file.schoolYear() + " (SYNTHETISCH)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            raw = out.toByteArray();
        }
        Files.write(target, ReproducibleZip.normalise(raw, exported));
    }

    private static void dateCell(Row r, int col, LocalDateTime t, CellStyle style) {
        Cell cell = r.createCell(col);
        cell.setCellValue(t);
        cell.setCellStyle(style);
    }

    /** The export was downloaded the morning after the last submission. */
    static LocalDateTime exportedAt(SurveyFile file) {
        LocalDateTime last = file.rows().stream().map(Submission::completed).max(LocalDateTime::compareTo).orElseThrow();
        return last.toLocalDate().plusDays(1).atTime(8, 30);
    }
}
