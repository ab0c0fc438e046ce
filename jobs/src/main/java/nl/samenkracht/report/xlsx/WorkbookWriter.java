package nl.samenkracht.report.xlsx;

import nl.samenkracht.report.chart.ChartPng;
import nl.samenkracht.report.model.ColumnLabels;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link Report} as .xlsx with POI's streaming workbook (SXSSF: rows are flushed to
 * disk, so a sheet of a million rows does not fill the heap). Headers are Dutch, frozen and
 * filterable; numbers carry formats (0.00, 0%) that Excel shows with the reader's decimal mark;
 * column widths follow the content (computed from text length: autoSizeColumn needs fonts and is
 * slow on big sheets); charts are embedded as PNG where their sheet is.
 */
public final class WorkbookWriter {
    /** Rows kept in memory per sheet before SXSSF flushes them. */
    private static final int WINDOW = 200;
    private static final int MAX_WIDTH_CHARS = 60;

    private WorkbookWriter() {}

    public static void write(Report report, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), WINDOW)) {
            wb.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(wb);
            Map<String, Sheet> byTitle = new HashMap<>();
            Map<String, Integer> nextFreeRow = new HashMap<>();
            Set<String> usedNames = new HashSet<>();
            for (Report.Sheet s : report.sheets()) {
                Sheet sheet = wb.createSheet(sheetName(s.title(), usedNames));
                int rows;
                if (s.table() != null) rows = writeTable(sheet, s.table().table(), s.table().note(), s.title(), styles);
                else if (s.keyValues() != null) rows = writeKeyValues(sheet, s.title(), s.keyValues(), styles);
                else rows = writeParagraphs(sheet, s.title(), s.paragraphs(), styles);
                byTitle.put(s.title(), sheet);
                nextFreeRow.put(s.title(), rows + 2);
            }
            for (Figure f : report.figures()) {
                Sheet sheet = byTitle.get(f.sheetTitle());
                if (sheet == null) {
                    sheet = wb.createSheet(sheetName(f.sheetTitle(), usedNames));
                    byTitle.put(f.sheetTitle(), sheet);
                    nextFreeRow.put(f.sheetTitle(), 0);
                }
                int row = nextFreeRow.get(f.sheetTitle());
                int heightRows = embed(wb, sheet, f, row, sheet.getLastRowNum() > 3 && sheetHasTable(report, f.sheetTitle()));
                nextFreeRow.put(f.sheetTitle(), row + heightRows + 1);
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            wb.dispose();
        }
    }

    private static boolean sheetHasTable(Report report, String title) {
        return report.sheets().stream().anyMatch(s -> s.title().equals(title) && s.table() != null);
    }

    /** Excel: at most 31 characters, none of []:*?/\ , unique case-insensitively. */
    static String sheetName(String title, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(title, '-');
        if (base.length() > 31) base = base.substring(0, 31);
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase());
        return name;
    }

    private static int writeTable(Sheet sheet, Table t, String note, String title, WorkbookStyles st) {
        int r = 0;
        Row titleRow = sheet.createRow(r++);
        cell(titleRow, 0, title, st.title);
        if (note != null && !note.isBlank()) cell(sheet.createRow(r++), 0, note, st.note);
        int headerRow = r++;
        Row h = sheet.createRow(headerRow);
        int[] widths = new int[t.columnCount()];
        for (int c = 0; c < t.columnCount(); c++) {
            String label = ColumnLabels.dutch(t.column(c).name());
            cell(h, c, label, st.header);
            widths[c] = Math.max(6, Math.min(label.length(), 24));
        }
        for (int i = 0; i < t.rowCount(); i++) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < t.columnCount(); c++) {
                Column<?> col = t.column(c);
                if (col.isMissing(i)) continue;
                Object v = col.get(i);
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    double d = n.doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        sheet.getRow(row.getRowNum()).removeCell(cell);
                        continue;
                    }
                    cell.setCellValue(d);
                    cell.setCellStyle(st.number(v instanceof Double || v instanceof Float ? ColumnLabels.format(col.name()) : "0"));
                    widths[c] = Math.max(widths[c], 8);
                } else {
                    String s = v instanceof Boolean b ? (b ? "ja" : "nee") : String.valueOf(v);
                    cell.setCellValue(s);
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH_CHARS, longestLine(s)));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, (widths[c] + 2) * 256);
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        if (t.columnCount() > 0)
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, t.columnCount() - 1));
        return r;
    }

    private static int writeKeyValues(Sheet sheet, String title, List<String[]> rows, WorkbookStyles st) {
        int r = 0;
        cell(sheet.createRow(r++), 0, title, st.title);
        r++;
        int w0 = 10, w1 = 20;
        for (String[] kv : rows) {
            w0 = Math.max(w0, Math.min(40, kv[0].length()));
            if (kv.length > 1 && kv[1] != null) w1 = Math.max(w1, Math.min(90, longestLine(kv[1])));
        }
        for (String[] kv : rows) {
            Row row = sheet.createRow(r++);
            cell(row, 0, kv[0], st.key);
            int lines = 1;
            for (int i = 1; i < kv.length; i++) {
                if (kv[i] != null) {
                    cell(row, i, kv[i], st.wrap);
                    lines = Math.max(lines, (int) Math.ceil(kv[i].length() / (double) w1));
                }
            }
            // POI does not grow a row for wrapped text; set the height for the lines it needs.
            row.setHeightInPoints(lines * 15f);
        }
        sheet.setColumnWidth(0, (w0 + 2) * 256);
        sheet.setColumnWidth(1, (w1 + 2) * 256);
        printSetup(sheet);
        return r;
    }

    /** Printed or saved as PDF: landscape, all columns on one page width, header row repeated. */
    private static void printSetup(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static int writeParagraphs(Sheet sheet, String title, List<String> paragraphs, WorkbookStyles st) {
        int r = 0;
        cell(sheet.createRow(r++), 0, title, st.title);
        r++;
        sheet.setColumnWidth(0, 110 * 256);
        for (String p : paragraphs) {
            Row row = sheet.createRow(r++);
            cell(row, 0, p, st.wrap);
            // Excel does not grow a row for wrapped text written by POI; estimate the lines.
            int lines = Math.max(1, (int) Math.ceil(p.length() / 105.0));
            row.setHeightInPoints(lines * 15f + 3);
        }
        return r;
    }

    /** Pixels of a column of width 8.43 characters (Excel's default) and of a 15-point row. */
    private static final int COLUMN_PX = 64;
    private static final int ROW_PX = 20;
    private static final int EMU_PER_PX = 9525;

    /**
     * Anchors the picture to exactly width × height screen pixels. POI's Picture.resize() reads
     * the PNG's resolution and came out hundreds of times too large here (and LibreOffice then
     * spends minutes laying out a 640-inch image), so the anchor is computed from the figure's
     * layout size on a sheet whose columns have the default width.
     */
    private static int embed(Workbook wb, Sheet sheet, Figure f, int row, boolean besideTable) throws IOException {
        byte[] png = ChartPng.toBytes(f.chart(), f.width(), f.height());
        int idx = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        int cols = f.width() / COLUMN_PX;
        for (int c = 0; c <= cols; c++) sheet.setColumnWidth(c, 2340); // 64 px in POI's 1/256-character units
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        anchor.setCol1(0);
        anchor.setRow1(row);
        anchor.setDx1(0);
        anchor.setDy1(0);
        anchor.setCol2(cols);
        anchor.setDx2((f.width() % COLUMN_PX) * EMU_PER_PX);
        anchor.setRow2(row + f.height() / ROW_PX);
        anchor.setDy2((f.height() % ROW_PX) * EMU_PER_PX);
        drawing.createPicture(anchor, idx);
        return (int) Math.ceil(f.height() / (double) ROW_PX);
    }

    private static void cell(Row row, int c, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static int longestLine(String s) {
        int best = 0;
        for (String line : s.split("\n")) best = Math.max(best, line.length());
        return best;
    }
}
