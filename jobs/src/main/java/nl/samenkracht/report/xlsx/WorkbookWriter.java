package nl.samenkracht.report.xlsx;

import nl.samenkracht.report.FileNames;
import nl.samenkracht.report.chart.ChartPng;
import nl.samenkracht.report.model.ColumnLabels;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.PValueFormat;
import nl.samenkracht.report.model.Report;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.model.TableStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTPicture;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;
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
    /** Tables longer than this repeat their header on every printed page. */
    private static final int REPEAT_HEADER_FROM_ROWS = 30;
    /** Page margins in inches (set on every sheet, so the page estimates below hold in Excel and LibreOffice). */
    private static final double MARGIN_TOP = 0.5, MARGIN_BOTTOM = 0.7, MARGIN_SIDE = 0.5, MARGIN_HEADER = 0.2, MARGIN_FOOTER = 0.3;
    /**
     * Rows of 15 points (20 px) on a printed A4 landscape page at 100%: 8.27 in minus the top and
     * bottom margins (the footer lives inside the bottom margin) at 96 px per inch, less two rows
     * of slack for the reader's own rounding. A chart that would cross a page end starts on a
     * new page instead.
     */
    private static final int PAGE_ROWS = (int) Math.floor((8.27 - MARGIN_TOP - MARGIN_BOTTOM) * 96 / 20) - 2;
    /** Printable width of A4 landscape between the side margins, in pixels at 96 dpi. */
    private static final int PAGE_WIDTH_PX = (int) Math.floor((11.69 - 2 * MARGIN_SIDE) * 96);

    private WorkbookWriter() {}

    public static void write(Report report, Path file) throws IOException {
        write(report, file, f -> ChartPng.toBytes(f.chart(), f.width(), f.height()));
    }

    /** As {@link #write(Report, Path)}, with the figures' PNG bytes already rendered (see FigureImages). */
    public static void write(Report report, Path file, java.util.function.Function<Figure, byte[]> png) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), WINDOW)) {
            wb.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(wb);
            Map<String, Sheet> byTitle = new HashMap<>();
            Map<String, Integer> nextFreeRow = new HashMap<>();
            Set<String> usedNames = new HashSet<>();
            for (Report.Sheet s : report.sheets()) {
                Sheet sheet = newSheet(wb, sheetName(s.title(), usedNames));
                int rows;
                if (s.table() != null) rows = writeTable(wb, sheet, s.table(), printedRows(report, s.table()), styles);
                else if (s.keyValues() != null) rows = writeKeyValues(sheet, s.title(), s.keyValues(), styles);
                else rows = writeParagraphs(sheet, s.title(), s.paragraphs(), styles);
                byTitle.put(s.title(), sheet);
                nextFreeRow.put(s.title(), rows + 2);
            }
            Map<String, Integer> pageTop = new HashMap<>();
            Map<String, Integer> widestFigure = new HashMap<>();
            Map<String, Integer> tallestFigure = new HashMap<>();
            for (Figure f : report.figures()) {
                widestFigure.merge(f.sheetTitle(), f.width(), Math::max);
                tallestFigure.merge(f.sheetTitle(), f.height(), Math::max);
            }
            // The last figure per sheet: its first row, its rows and where it ends (px), for a figure placed beside it.
            Map<String, int[]> lastFigure = new HashMap<>();
            for (Figure f : report.figures()) {
                Sheet sheet = byTitle.get(f.sheetTitle());
                if (sheet == null) {
                    sheet = newSheet(wb, sheetName(f.sheetTitle(), usedNames));
                    printSetup(sheet);
                    byTitle.put(f.sheetTitle(), sheet);
                    nextFreeRow.put(f.sheetTitle(), 0);
                }
                int[] last = lastFigure.get(f.sheetTitle());
                if (f.besidePrevious() && last != null && last[2] + FIGURE_GAP_PX + f.width() <= PAGE_WIDTH_PX) {
                    int x = last[2] + FIGURE_GAP_PX;
                    int heightRows = embed(wb, sheet, f, png.apply(f), last[0], sheet.getLastRowNum() > 3 && sheetHasTable(report, f.sheetTitle()), x);
                    lastFigure.put(f.sheetTitle(), new int[]{last[0], Math.max(last[1], heightRows), x + f.width()});
                    nextFreeRow.put(f.sheetTitle(), last[0] + Math.max(last[1], heightRows) + 1);
                    continue;
                }
                int row = nextFreeRow.get(f.sheetTitle());
                // Keep a chart on one printed page: break before it when it would cross a page end.
                int pageRows = pageRows(sheet, widestFigure.get(f.sheetTitle()), tallestFigure.get(f.sheetTitle()));
                int top = pageTop.getOrDefault(f.sheetTitle(), 0);
                while (row - top >= pageRows) top += pageRows;
                if (row > top && row + (int) Math.ceil(f.height() / (double) ROW_PX) - top > pageRows) top = row;
                // A chart that starts a page gets an explicit break, so a reader whose pages hold
                // a row or two less than estimated still starts it on a fresh page.
                if (row == top && row > 0) sheet.setRowBreak(row - 1);
                pageTop.put(f.sheetTitle(), top);
                int heightRows = embed(wb, sheet, f, png.apply(f), row, sheet.getLastRowNum() > 3 && sheetHasTable(report, f.sheetTitle()), 0);
                lastFigure.put(f.sheetTitle(), new int[]{row, heightRows, f.width()});
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

    /**
     * A sheet whose rows are 15 points high unless set otherwise: Excel's own default for
     * Calibri 11, written out so that LibreOffice (whose default is lower) gives the rows the same
     * height and an embedded chart, anchored to rows, keeps its proportions.
     */
    private static Sheet newSheet(Workbook wb, String name) {
        Sheet sheet = wb.createSheet(name);
        sheet.setDefaultRowHeightInPoints(15f);
        return sheet;
    }

    /**
     * Rows on one printed page: the sheet is fitted to the page width, so a sheet wider than the
     * page (a wide table, a chart) is scaled down and more rows fit.
     */
    private static int pageRows(Sheet sheet, int figureWidthPx, int figureHeightPx) {
        int tableWidth = 0;
        Row header = null;
        for (int r = 0; r <= Math.min(3, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > (header == null ? 0 : header.getLastCellNum())) header = row;
        }
        if (header != null) for (int c = 0; c < header.getLastCellNum(); c++) tableWidth += Math.round(sheet.getColumnWidthInPixels(c));
        double widthScale = Math.min(1.0, PAGE_WIDTH_PX / (double) Math.max(1, Math.max(tableWidth, figureWidthPx)));
        // A chart taller than a page: fitting to the width is not enough, so the sheet prints at a
        // fixed scale at which the tallest chart fits one page (the width then fits as well).
        double heightScale = PAGE_ROWS * ROW_PX / (double) Math.max(1, figureHeightPx);
        if (heightScale < widthScale) {
            int percent = (int) Math.floor(heightScale * 100);
            sheet.setFitToPage(false);
            sheet.getPrintSetup().setScale((short) percent);
            return (int) Math.floor(PAGE_ROWS * 100.0 / percent);
        }
        return (int) Math.floor(PAGE_ROWS / widthScale);
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

    /** Data rows of the table that print: all, or the report's limit for a long table that also has a CSV. */
    private static int printedRows(Report report, ReportTable t) {
        int rows = t.table().rowCount();
        return rows > report.printRowLimit() && report.hasCsv(t) ? report.printRowLimit() : rows;
    }

    private static int writeTable(Workbook wb, Sheet sheet, ReportTable rt, int printed, WorkbookStyles st) {
        Table t = rt.table();
        String note = rt.note();
        String title = rt.sheetTitle();
        TableStyle style = rt.style();
        int r = 0;
        Row titleRow = sheet.createRow(r++);
        cell(titleRow, 0, title, st.title);
        int noteRow = -1;
        Row noteCells = null;
        if (note != null && !note.isBlank()) {
            noteRow = r;
            noteCells = sheet.createRow(r++);
            cell(noteCells, 0, note, t.columnCount() > 1 ? st.wrappedNote() : st.note);
        }
        if (printed < t.rowCount())
            cell(sheet.createRow(r++), 0, String.format(java.util.Locale.ROOT,
                    "Afgedrukt worden alleen de eerste %d van de %d rijen; de hele tabel staat op dit tabblad en in tables/%s.csv.",
                    printed, t.rowCount(), FileNames.slug(rt.id())), st.note);
        int headerRow = r++;
        Row h = sheet.createRow(headerRow);
        int[] shown = java.util.stream.IntStream.range(0, t.columnCount())
                .filter(c -> style == null || !style.hidden(t.column(c).name())).toArray();
        int[] widths = new int[shown.length];
        for (int j = 0; j < shown.length; j++) {
            String name = t.column(shown[j]).name();
            String label = style != null && style.header(name) != null ? style.header(name) : ColumnLabels.dutch(name);
            cell(h, j, label, st.header);
            widths[j] = Math.max(6, Math.min(longestLine(label), 24));
        }
        for (int i = 0; i < t.rowCount(); i++) {
            Row row = sheet.createRow(r++);
            for (int j = 0; j < shown.length; j++) {
                int c = j;
                Column<?> col = t.column(shown[j]);
                if (col.isMissing(i)) continue;
                Object v = col.get(i);
                TableStyle.Tone tone = style == null ? null : style.tone(i, col.name());
                String textFormat = style == null || !(v instanceof String) ? null : style.format(i, col.name());
                Double parsed = textFormat == null ? null : parseNumber((String) v);
                Cell cell = row.createCell(c);
                if (v instanceof Number pv && ColumnLabels.isPValue(col.name())) {
                    // APA style in Dutch ("< 0,001", "0,042"), as text: a number format cannot say "< 0,001".
                    String shownP = PValueFormat.cell(pv.doubleValue());
                    if (shownP.isEmpty()) {
                        sheet.getRow(row.getRowNum()).removeCell(cell);
                        continue;
                    }
                    cell.setCellValue(shownP);
                    cell.setCellStyle(tone == null ? st.right : st.styled(null, tone));
                    widths[c] = Math.max(widths[c], 8);
                } else if (v instanceof Number || parsed != null) {
                    double d = parsed != null ? parsed : ((Number) v).doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        sheet.getRow(row.getRowNum()).removeCell(cell);
                        continue;
                    }
                    String format = parsed != null ? textFormat
                            : v instanceof Double || v instanceof Float ? ColumnLabels.format(col.name()) : "0";
                    cell.setCellValue(d);
                    cell.setCellStyle(tone == null ? st.number(format) : st.styled(format, tone));
                    widths[c] = Math.max(widths[c], numberWidth(format));
                } else {
                    String s = CellText.fit(v instanceof Boolean b ? (b ? "ja" : "nee") : ColumnLabels.dutchValue(col.name(), String.valueOf(v)));
                    cell.setCellValue(s);
                    Integer wrapWidth = style == null ? null : style.wrapWidth(col.name());
                    if (wrapWidth != null) {
                        cell.setCellStyle(st.wrapped(tone));
                        widths[c] = wrapWidth;
                        // POI does not grow a row for wrapped text: give it the lines the text needs. A column of w
                        // characters (widths of "0") holds about 1.2·w characters of proportional text.
                        int lines = (int) Math.ceil(s.length() / (1.2 * Math.max(1, wrapWidth - 2)));
                        row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.min(6, lines) * 15f));
                        continue;
                    }
                    if (tone != null) cell.setCellStyle(st.styled(null, tone));
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH_CHARS, longestLine(s)));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, (widths[c] + 2) * 256);
        // The note wraps within the table's width: a long note left to overflow would widen the printed page
        // (fit to width takes the overflowing text along) and shrink the whole table.
        if (noteRow >= 0 && t.columnCount() > 1) {
            int chars = 0;
            for (int w : widths) chars += w + 2;
            sheet.addMergedRegion(new CellRangeAddress(noteRow, noteRow, 0, t.columnCount() - 1));
            // The row object itself: a streaming sheet may have flushed it out of getRow's reach (then its
            // height stays the default and the reader's row autofit may not apply; the text still wraps).
            int lines = (int) Math.ceil(note.length() / (1.2 * Math.max(1, chars)));
            noteCells.setHeightInPoints(Math.max(1, Math.min(8, lines)) * 15f);
        }
        // Wrapped headers: POI does not grow the row, so give it the lines its longest header needs.
        int headerLines = 1;
        for (int c = 0; c < shown.length; c++) {
            String label = h.getCell(c).getStringCellValue();
            headerLines = Math.max(headerLines, (int) Math.ceil(label.length() / (double) (widths[c] + 1)));
        }
        if (headerLines > 1) h.setHeightInPoints(Math.min(4, headerLines) * 15f);
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(sheet);
        // A header repeated on every printed page helps a long table; above charts it only confuses.
        if (printed > REPEAT_HEADER_FROM_ROWS) sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        if (printed < t.rowCount() && shown.length > 0)
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, shown.length - 1, 0, headerRow + printed);
        if (shown.length > 0)
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, shown.length - 1));
        return r;
    }

    /** A number in CSV notation ("3.5", "-0.25", "1E-7"), or null for any other text ("&lt; 5", "x", "–"). */
    static Double parseNumber(String s) {
        if (s == null || s.isEmpty() || !s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) return null;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Characters a number takes in a format: 8, or the quoted text of a custom format ("▲ "0.0) and its digits. */
    private static int numberWidth(String format) {
        String section = format.split(";", -1)[0];
        return Math.max(8, section.replace("\"", "").length() + 3);
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

    /**
     * Printed or saved as PDF: A4 landscape, all columns on one page width (as many pages down as
     * needed), and a footer with the sheet name and page number so a loose page can be placed.
     * Every sheet gets this, whatever it holds.
     */
    private static void printSetup(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setMargin(Sheet.TopMargin, MARGIN_TOP);
        sheet.setMargin(Sheet.BottomMargin, MARGIN_BOTTOM);
        sheet.setMargin(Sheet.LeftMargin, MARGIN_SIDE);
        sheet.setMargin(Sheet.RightMargin, MARGIN_SIDE);
        sheet.setMargin(Sheet.HeaderMargin, MARGIN_HEADER);
        sheet.setMargin(Sheet.FooterMargin, MARGIN_FOOTER);
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("pagina &P van &N");
    }

    private static int writeParagraphs(Sheet sheet, String title, List<String> paragraphs, WorkbookStyles st) {
        int r = 0;
        cell(sheet.createRow(r++), 0, title, st.title);
        r++;
        sheet.setColumnWidth(0, 110 * 256);
        printSetup(sheet);
        for (String p : paragraphs) {
            Row row = sheet.createRow(r++);
            cell(row, 0, p, st.wrap);
            // Excel does not grow a row for wrapped text written by POI; estimate the lines.
            // A 110-character column holds about 130 characters of proportional text per line.
            int lines = Math.max(1, (int) Math.ceil(p.length() / 125.0));
            row.setHeightInPoints(lines * 15f + 3);
        }
        return r;
    }

    /** Pixels of a column of width 8.43 characters (Excel's default) and of a 15-point row. */
    private static final int COLUMN_PX = 64;
    private static final int ROW_PX = 20;
    private static final int EMU_PER_PX = 9525;
    /** Space between two figures side by side. */
    private static final int FIGURE_GAP_PX = 16;

    /**
     * Anchors the picture to exactly width × height screen pixels. POI's Picture.resize() reads
     * the PNG's resolution and came out hundreds of times too large here (and LibreOffice then
     * spends minutes laying out a 640-inch image), so the anchor is computed from the figure's
     * layout size on a sheet whose columns have the default width.
     */
    private static int embed(Workbook wb, Sheet sheet, Figure f, byte[] png, int row, boolean besideTable, int xOffsetPx) throws IOException {
        int idx = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        if (xOffsetPx > 0) {
            // Beside another figure: the columns are set already; find the column and offset where x starts.
            int x = 0, col1 = 0;
            while (x + Math.round(sheet.getColumnWidthInPixels(col1)) <= xOffsetPx) x += Math.round(sheet.getColumnWidthInPixels(col1++));
            return place(wb, sheet, f, idx, row, col1, xOffsetPx - x, besideTable);
        }
        int cols = f.width() / COLUMN_PX;
        int dx2 = f.width() % COLUMN_PX;
        if (besideTable) {
            // The table's columns keep their widths; the picture spans as many of them as its width needs.
            int x = 0;
            cols = 0;
            while (true) {
                int w = Math.round(sheet.getColumnWidthInPixels(cols));
                if (x + w > f.width()) break;
                x += w;
                cols++;
            }
            dx2 = f.width() - x;
        } else {
            // 64 px in POI's 1/256-character units; beyond the figure too, so a figure placed beside it finds its columns.
            for (int c = 0; c <= Math.max(cols, PAGE_WIDTH_PX / COLUMN_PX + 1); c++) sheet.setColumnWidth(c, 2340);
        }
        return anchor(wb, sheet, f, idx, row, 0, 0, cols, dx2);
    }

    /** A picture whose top-left corner is at column col1 plus dx1 pixels, beside another one. */
    private static int place(Workbook wb, Sheet sheet, Figure f, int idx, int row, int col1, int dx1, boolean besideTable) {
        int x = 0, col2 = col1;
        int remaining = f.width() + dx1;
        while (x + Math.round(sheet.getColumnWidthInPixels(col2)) <= remaining) x += Math.round(sheet.getColumnWidthInPixels(col2++));
        return anchor(wb, sheet, f, idx, row, col1, dx1, col2, remaining - x);
    }

    private static int anchor(Workbook wb, Sheet sheet, Figure f, int idx, int row, int col1, int dx1, int cols, int dx2) {
        // The rows under the picture get an explicit 15-point height: LibreOffice gives rows that
        // are not in the file its own, lower default, which would squash a chart anchored to them.
        int rowsNeeded = (int) Math.ceil(f.height() / (double) ROW_PX);
        for (int r = row; r <= row + rowsNeeded; r++) {
            Row x = sheet.getRow(r);
            if (x == null) x = sheet.createRow(r);
            x.setHeightInPoints(15f);
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        anchor.setCol1(col1);
        anchor.setRow1(row);
        anchor.setDx1(dx1 * EMU_PER_PX);
        anchor.setDy1(0);
        anchor.setCol2(cols);
        anchor.setDx2(dx2 * EMU_PER_PX);
        anchor.setRow2(row + f.height() / ROW_PX);
        anchor.setDy2((f.height() % ROW_PX) * EMU_PER_PX);
        drawing.createPicture(anchor, idx);
        if (wb instanceof SXSSFWorkbook sx) toOneCellAnchor(sx.getXSSFWorkbook().getSheet(sheet.getSheetName()), f);
        return (int) Math.ceil(f.height() / (double) ROW_PX);
    }

    /**
     * Turns the picture just added into a one-cell anchor: its top-left cell plus its size in EMU.
     * A two-cell anchor leaves the size to the reader's idea of column widths and row heights,
     * which differ between Excel and LibreOffice (there a chart came out 30% too wide); with an
     * explicit size every reader shows the chart at width × height pixels, undistorted.
     */
    private static void toOneCellAnchor(XSSFSheet sheet, Figure f) {
        CTDrawing ct = sheet.createDrawingPatriarch().getCTDrawing();
        int last = ct.sizeOfTwoCellAnchorArray() - 1;
        if (last < 0) return;
        CTTwoCellAnchor two = ct.getTwoCellAnchorArray(last);
        if (!two.isSetPic()) return;
        CTOneCellAnchor one = ct.addNewOneCellAnchor();
        one.setFrom((CTMarker) two.getFrom().copy());
        CTPositiveSize2D ext = one.addNewExt();
        ext.setCx((long) f.width() * EMU_PER_PX);
        ext.setCy((long) f.height() * EMU_PER_PX);
        one.setPic((CTPicture) two.getPic().copy());
        one.addNewClientData();
        ct.removeTwoCellAnchor(last);
    }

    private static void cell(Row row, int c, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(CellText.fit(value));
        cell.setCellStyle(style);
    }

    private static int longestLine(String s) {
        int best = 0;
        for (String line : s.split("\n")) best = Math.max(best, line.length());
        return best;
    }
}
