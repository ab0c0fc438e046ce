package nl.samenkracht.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/** The few cell styles every workbook shares; POI limits a workbook's styles, so they are made once. */
final class WorkbookStyles {
    final CellStyle header;
    final CellStyle key;
    final CellStyle title;
    final CellStyle note;
    final CellStyle text;
    final CellStyle wrap;
    private final Workbook wb;
    private final Map<String, CellStyle> numbers = new HashMap<>();

    WorkbookStyles(Workbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        key = wb.createCellStyle();
        key.setFont(bold);
        key.setVerticalAlignment(VerticalAlignment.TOP);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        Font italic = wb.createFont();
        italic.setItalic(true);
        note = wb.createCellStyle();
        note.setFont(italic);
        text = wb.createCellStyle();
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }

    CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }
}
