package nl.samenkracht.ingest;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 17, classes 1 and 2 for xlsx: hidden stale first sheet, POI messages with cell contents. */
class XlsxHostileTest {
    @TempDir
    Path dir;

    static void write(XSSFWorkbook wb, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void theFirstVisibleSheetIsReadNotAHiddenStaleOne() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet stale = wb.createSheet("Oud");
        stale.createRow(0).createCell(0).setCellValue("oud");
        XSSFSheet real = wb.createSheet("Form1");
        real.createRow(0).createCell(0).setCellValue("nieuw");
        wb.setSheetHidden(0, true);
        wb.setActiveSheet(1);
        Path x = dir.resolve("forms.xlsx");
        write(wb, x);
        Path csv = dir.resolve("out.csv");
        XlsxToCsv.Converted c = XlsxToCsv.convertSheet(x, "forms.xlsx", null, csv);
        String text = Files.readString(csv);
        assertTrue(text.contains("nieuw") && !text.contains("oud"), text);
        assertEquals("Form1", c.sheet());
        assertEquals(2, c.sheetCount());
    }

    @Test
    void aSharedStringIndexThatDoesNotExistIsReportedWithoutTheStringTable() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("Blad1");
        s.createRow(0).createCell(0).setCellValue("piet.geheim@school.nl Piet Geheim");
        s.createRow(1).createCell(0).setCellValue("tweede");
        Path x = dir.resolve("broken.xlsx");
        write(wb, x);
        // point the second cell at shared string 987654, which does not exist
        nl.samenkracht.trust.HostileFiles.rewritePart(x, "xl/worksheets/sheet1.xml", xml -> xml.replace("<v>1</v>", "<v>987654</v>"));
        InputException e = assertThrows(InputException.class, () -> XlsxToCsv.convert(x, "broken.xlsx", null, dir.resolve("o.csv")));
        String m = e.getMessage();
        assertTrue(m.contains("broken.xlsx"), m);
        assertTrue(m.contains("row 2"), m);
        assertFalse(m.contains("geheim") || m.contains("Geheim") || m.contains("987654") || m.contains("strings"), m);
    }
}
