package nl.samenkracht.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.samenkracht.report.model.Report;
import nl.samenkracht.report.model.ReportTable;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Print setup of every sheet, long listings printed in part, p-values APA-style. */
class WorkbookPrintSetupTest {
    @TempDir
    Path dir;

    private static Table numbers(String name, int rows) {
        StringColumn label = StringColumn.create("scale");
        DoubleColumn p = DoubleColumn.create("p");
        DoubleColumn holm = DoubleColumn.create("p_holm");
        for (int i = 0; i < rows; i++) {
            label.append("s" + i);
            p.append(i == 0 ? 0.00004 : i == 1 ? 0.0424 : i == 2 ? Double.NaN : 0.5);
            holm.append(1.0);
        }
        return Table.create(name).addColumns(label, p, holm);
    }

    @Test
    void everySheetPrintsLandscapeFittedToWidthWithFooter() throws Exception {
        Report r = new Report("t.xlsx").printRowLimit(25);
        r.keyValues("Overzicht", List.<String[]>of(new String[] {"Onderzoek", "x"}));
        r.text("Methode", List.of("Een alinea. ".repeat(80)));
        r.table(new ReportTable("short", "Kort", "noot", numbers("short", 5)));
        r.table(new ReportTable("long_list", "Lang", "noot", numbers("long", 300)));
        r.workbookOnly(new ReportTable("quotes", "Citaten", "noot", numbers("quotes", 60)));
        Path file = dir.resolve("t.xlsx");
        WorkbookWriter.write(r, file, f -> new byte[0]);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
                assertTrue(s.getFitToPage(), s.getSheetName());
                assertEquals(1, s.getPrintSetup().getFitWidth(), s.getSheetName());
                assertEquals(0, s.getPrintSetup().getFitHeight(), s.getSheetName());
                assertTrue(s.getFooter().getRight().contains("&P"), s.getSheetName());
            }
            // The methods text wraps within the page instead of running off the right margin.
            XSSFSheet methods = wb.getSheet("Methode");
            assertTrue(methods.getRow(2).getCell(0).getCellStyle().getWrapText());
            assertTrue(methods.getRow(2).getHeightInPoints() > 15);

            // A short table prints whole: no print area.
            assertNull(wb.getPrintArea(wb.getSheetIndex("Kort")));
            // A long listing with a CSV prints its title, notes, header and first 25 rows, and says so.
            String area = wb.getPrintArea(wb.getSheetIndex("Lang"));
            assertNotNull(area);
            XSSFSheet lang = wb.getSheet("Lang");
            assertTrue(lang.getRow(2).getCell(0).getStringCellValue().contains("tables/long_list.csv"));
            int header = 3;
            assertTrue(area.endsWith("$" + (header + 1 + 25)), area);
            // A workbook-only table (no CSV to point to) prints in full, header repeated.
            assertNull(wb.getPrintArea(wb.getSheetIndex("Citaten")));
            assertNotNull(wb.getSheet("Citaten").getRepeatingRows());

            // p in Dutch APA style, as text; a missing p stays empty.
            XSSFSheet kort = wb.getSheet("Kort");
            assertEquals(CellType.STRING, kort.getRow(3).getCell(1).getCellType());
            assertEquals("< 0,001", kort.getRow(3).getCell(1).getStringCellValue());
            assertEquals("0,042", kort.getRow(4).getCell(1).getStringCellValue());
            assertNull(kort.getRow(5).getCell(1));
            assertEquals("1,000", kort.getRow(3).getCell(2).getStringCellValue());
        }
    }
}
