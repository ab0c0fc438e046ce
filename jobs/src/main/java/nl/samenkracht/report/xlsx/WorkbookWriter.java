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
    /** Width of bold text against regular text of the same length. */
    static final double BOLD_WIDTH = 1.12;
    /** Tables longer than this repeat their header on every printed page. */
    private static final int REPEAT_HEADER_FROM_ROWS = 30;
    /** Page margins in inches (set on every sheet, so the page estimates below hold in Excel and LibreOffice). */
    private static final double MARGIN_TOP = 0.5, MARGIN_BOTTOM = 0.7, MARGIN_SIDE = 0.5, MARGIN_HEADER = 0.2, MARGIN_FOOTER = 0.3;
    /**
     * Points on a printed A4 landscape page at 100%: 8.27 in minus the top and bottom margins (the
     * footer lives inside the bottom margin), less one 15-point row of slack for the reader's own
     * rounding. A chart that would cross a page end starts on a new page instead.
     */
    private static final double PAGE_HEIGHT_PT = (8.27 - MARGIN_TOP - MARGIN_BOTTOM) * 72 - 15;
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
                int index = wb.getSheetIndex(sheet);
                if (s.table() != null && report.printsTableOnly(s.title()) && wb.getPrintArea(index) == null) {
                    int columns = 1;
                    for (int r = 0; r <= Math.min(4, rows - 1); r++)
                        if (sheet.getRow(r) != null) columns = Math.max(columns, sheet.getRow(r).getLastCellNum());
                    wb.setPrintArea(index, 0, columns - 1, 0, rows - 1);
                }
            }
            Map<String, Integer> widestFigure = new HashMap<>();
            Map<String, List<Figure>> figuresOf = new java.util.LinkedHashMap<>();
            // Per sheet the printed figures first, then those on screen only (below the print area).
            List<Figure> ordered = new java.util.ArrayList<>(report.figures());
            ordered.sort(java.util.Comparator.comparing((Figure f) -> !f.printed()));
            for (Figure f : ordered) {
                widestFigure.merge(f.sheetTitle(), f.width(), Math::max);
                figuresOf.computeIfAbsent(f.sheetTitle(), t -> new java.util.ArrayList<>()).add(f);
            }
            Map<String, Pages> pages = new HashMap<>();
            for (Map.Entry<String, List<Figure>> e : figuresOf.entrySet()) {
                Sheet sheet = byTitle.get(e.getKey());
                if (sheet == null) {
                    sheet = newSheet(wb, sheetName(e.getKey(), usedNames));
                    printSetup(sheet);
                    byTitle.put(e.getKey(), sheet);
                    nextFreeRow.put(e.getKey(), 0);
                }
                Pages p = new Pages(sheet, pageHeightPoints(sheet, widestFigure.get(e.getKey())));
                // Charts taller than a page are shown smaller (the PNG keeps its pixels) so that each prints on one page;
                // a sheet of charts only may show them somewhat smaller still when that saves printed pages.
                List<Figure> printedOnes = e.getValue().stream().filter(Figure::printed).toList();
                p.chooseShrink(printedOnes.isEmpty() ? e.getValue() : printedOnes, !sheetHasTable(report, e.getKey()));
                pages.put(e.getKey(), p);
            }
            // The last figure per sheet: its first row, its rows and where it ends (px), for a figure placed beside it.
            Map<String, int[]> lastFigure = new HashMap<>();
            Set<String> printAreaSet = new HashSet<>();
            for (Figure original : ordered) {
                Sheet sheet = byTitle.get(original.sheetTitle());
                Pages sheetPages = pages.get(original.sheetTitle());
                if (!original.printed() && printAreaSet.add(original.sheetTitle()) && nextFreeRow.get(original.sheetTitle()) > 0
                        && !sheetHasTable(report, original.sheetTitle()))
                    wb.setPrintArea(wb.getSheetIndex(sheet), 0, PAGE_WIDTH_PX / COLUMN_PX, 0, nextFreeRow.get(original.sheetTitle()) - 2);
                Figure f = sheetPages.shrunk(original);
                int[] last = lastFigure.get(f.sheetTitle());
                if (f.besidePrevious() && last != null && last[2] + FIGURE_GAP_PX + f.width() <= PAGE_WIDTH_PX) {
                    int x = last[2] + FIGURE_GAP_PX;
                    int heightRows = embed(wb, sheet, f, png.apply(original), last[0], sheet.getLastRowNum() > 3 && sheetHasTable(report, f.sheetTitle()), x);
                    lastFigure.put(f.sheetTitle(), new int[]{last[0], Math.max(last[1], heightRows), x + f.width()});
                    nextFreeRow.put(f.sheetTitle(), last[0] + Math.max(last[1], heightRows) + 1);
                    continue;
                }
                int row = nextFreeRow.get(f.sheetTitle());
                // Keep a chart on one printed page: a page break before it when it would cross a page end.
                sheetPages.keepTogether(row, rowsOf(f) * 15.0);
                int heightRows = embed(wb, sheet, f, png.apply(original), row, sheet.getLastRowNum() > 3 && sheetHasTable(report, f.sheetTitle()), 0);
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
     * The height of one printed page in the sheet's own points: the sheet is fitted to the page width, so
     * a sheet wider than the page (a wide table, a chart) is scaled down and more of it fits on a page.
     * The widths are POI's estimate; LibreOffice renders columns wider, so its pages hold more rows than
     * this: the estimate errs on the safe side.
     */
    private static double pageHeightPoints(Sheet sheet, int figureWidthPx) {
        int tableWidth = 0;
        Row header = null;
        for (int r = 0; r <= Math.min(4, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > (header == null ? 0 : header.getLastCellNum())) header = row;
        }
        if (header != null) for (int c = 0; c < header.getLastCellNum(); c++) tableWidth += Math.round(sheet.getColumnWidthInPixels(c));
        double widthScale = Math.min(1.0, PAGE_WIDTH_PX / (double) Math.max(1, Math.max(tableWidth, figureWidthPx)));
        return PAGE_HEIGHT_PT / widthScale;
    }

    /** Rows of 15 points (20 px) a figure covers. */
    private static int rowsOf(Figure f) {
        return (int) Math.ceil(f.height() / (double) ROW_PX);
    }

    /**
     * Where the printed pages of a sheet end, walked row by row over the rows' real heights (wrapped
     * notes and texts are taller than 15 points), and where charts go so that none crosses a page end.
     * The walk's pages hold no more than the reader's (see {@link #pageHeightPoints}), so a chart the walk
     * fits on a page fits there in print too, as long as the walk and the reader agree where that page
     * began: at the top of the sheet or at an explicit break. Once the walk passes a page end of its own
     * (a table longer than a page), the reader's page ends lie somewhat further down, so the next chart
     * starts a new page with an explicit break, and the walk is in step again.
     */
    private static final class Pages {
        /** Charts are never shown smaller than this (a 1000-pixel chart 6.8 inches wide on paper). */
        static final double MIN_SHRINK = 0.65;
        private final Sheet sheet;
        private final double pageHeight;
        private final double repeatedHeight;
        private int start;
        private int walked;
        private double used;
        /** Whether the current page began where the reader's does (sheet top or explicit break). */
        private boolean inStep = true;

        Pages(Sheet sheet, double pageHeight) {
            this.sheet = sheet;
            this.pageHeight = pageHeight;
            CellRangeAddress repeating = sheet.getRepeatingRows();
            double h = 0;
            if (repeating != null) for (int r = repeating.getFirstRow(); r <= repeating.getLastRow(); r++) h += height(r);
            this.repeatedHeight = h;
        }

        private double height(int r) {
            Row row = sheet.getRow(r);
            if (row == null) return sheet.getDefaultRowHeightInPoints();
            return row.getZeroHeight() ? 0 : row.getHeightInPoints();
        }

        /** The factor by which this sheet's charts are shown (1 = their own size). */
        private double shrink = 1.0;

        /**
         * Sets the factor for the sheet's charts: the largest at which its tallest chart fits a page; on a sheet of
         * charts only, a smaller one (down to {@link #MIN_SHRINK}, about the scale at which earlier versions printed
         * such sheets) when that puts more charts on a page, as counted by {@link #pagesAt}.
         */
        void chooseShrink(List<Figure> figures, boolean chartsOnly) {
            double room = pageHeight - repeatedHeight - 15;
            double tallest = figures.stream().mapToDouble(f -> rowsOf(f) * 15.0).max().orElse(room);
            double best = Math.min(1.0, room / tallest);
            if (chartsOnly) {
                int fewest = pagesAt(figures, best);
                for (double k = Math.floor(best * 20) / 20; k >= MIN_SHRINK - 1e-9; k -= 0.05) {
                    int n = pagesAt(figures, k);
                    if (n < fewest) {
                        fewest = n;
                        best = k;
                    }
                }
            }
            shrink = best;
        }

        /** Printed pages of a sheet of charts only, each shown at factor k, placed as the loop in write() places them. */
        private int pagesAt(List<Figure> figures, double k) {
            int count = 1;
            double used = repeatedHeight;
            int lastRows = -1, lastWidth = 0;
            for (Figure original : figures) {
                Figure f = scaled(original, k);
                int rows = rowsOf(f);
                if (f.besidePrevious() && lastRows >= 0 && lastWidth + FIGURE_GAP_PX + f.width() <= PAGE_WIDTH_PX) {
                    if (rows > lastRows) used += (rows - lastRows) * 15.0;
                    lastRows = Math.max(rows, lastRows);
                    lastWidth += FIGURE_GAP_PX + f.width();
                    continue;
                }
                if (used + rows * 15.0 > pageHeight && used > repeatedHeight) {
                    count++;
                    used = repeatedHeight;
                }
                used += rows * 15.0 + sheet.getDefaultRowHeightInPoints();
                lastRows = rows;
                lastWidth = f.width();
            }
            return count;
        }

        /** The figure as shown on this sheet. */
        Figure shrunk(Figure f) {
            return scaled(f, shrink);
        }

        private static Figure scaled(Figure f, double k) {
            if (k >= 1.0) return f;
            return new Figure(f.id(), f.sheetTitle(), f.chart(), (int) Math.floor(f.width() * k), (int) Math.floor(f.height() * k),
                    f.besidePrevious());
        }

        private void walkTo(int row) {
            while (walked < row) {
                double h = height(walked);
                if (used + h > pageHeight && walked > start) {
                    start = walked;
                    used = repeatedHeight + h;
                    inStep = false;
                } else used += h;
                walked++;
            }
        }

        /** Starts a new page at {@code row} unless a block of {@code points} starting there fits on the current one. */
        void keepTogether(int row, double points) {
            walkTo(row);
            if (row > start && (!inStep || used + points > pageHeight)) {
                sheet.setRowBreak(row - 1);
                start = row;
                used = repeatedHeight;
                inStep = true;
            }
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
        double printedPoints = 0;
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
                // A p-value, also one an audience table holds as text beside "–" (directie's dashboard), printed
                // as such: "0.000" from a number format is no p a reader can use.
                Double pValue = !ColumnLabels.isPValue(col.name()) ? null
                        : v instanceof Number pv ? Double.valueOf(pv.doubleValue()) : parsed;
                if (pValue != null) {
                    // APA style in Dutch ("< 0,001", "0,042"), as text: a number format cannot say "< 0,001".
                    String shownP = PValueFormat.cell(pValue);
                    if (shownP.isEmpty()) {
                        sheet.getRow(row.getRowNum()).removeCell(cell);
                        continue;
                    }
                    cell.setCellValue(shownP);
                    cell.setCellStyle(tone == null ? st.right : st.rightStyled(tone));
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
                        // POI does not grow a row for wrapped text: give it the lines the text needs.
                        int lines = wrappedLines(s, wrapWidth + 2);
                        row.setHeightInPoints(Math.max(row.getHeightInPoints(), linesHeight(Math.min(MAX_WRAPPED_LINES, lines))));
                        continue;
                    }
                    if (tone != null) cell.setCellStyle(st.styled(null, tone));
                    // Bold text (a total or focus row) is about a tenth wider: the widest label was cut off.
                    int chars = tone == TableStyle.Tone.TOTAL ? (int) Math.ceil(longestLine(s) * BOLD_WIDTH) : longestLine(s);
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH_CHARS, chars));
                }
            }
            // In a row that wrapped text makes taller, every cell starts at the top, next to the text's first line.
            if (row.getHeightInPoints() > 15f)
                for (Cell c : row) if (!c.getCellStyle().getWrapText()) c.setCellStyle(st.top(c.getCellStyle()));
            if (i < printed) printedPoints += row.getHeightInPoints();
        }
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, (widths[c] + 2) * 256);
        // The note wraps within the table's width: a long note left to overflow would widen the printed page
        // (fit to width takes the overflowing text along) and shrink the whole table.
        if (noteRow >= 0 && shown.length > 1) {
            int chars = 0;
            for (int w : widths) chars += w + 2;
            sheet.addMergedRegion(new CellRangeAddress(noteRow, noteRow, 0, shown.length - 1));
            // The row object itself: a streaming sheet may have flushed it out of getRow's reach (then its
            // height stays the default and the reader's row autofit may not apply; the text still wraps).
            noteCells.setHeightInPoints(linesHeight(Math.min(8, wrappedLines(note, chars))));
        }
        // Wrapped headers: POI does not grow the row, so give it the lines its longest header needs.
        int headerLines = 1;
        for (int c = 0; c < shown.length; c++) {
            String label = h.getCell(c).getStringCellValue();
            headerLines = Math.max(headerLines, (int) Math.ceil(label.length() / (double) (widths[c] + 1)));
        }
        if (headerLines > 1) h.setHeightInPoints(linesHeight(Math.min(4, headerLines)));
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(sheet);
        // A header repeated on every printed page helps a table that runs over more than one page; on a
        // table that fits one page it would only be repeated above the charts that follow it.
        int tableWidthPx = 0;
        for (int c = 0; c < shown.length; c++) tableWidthPx += Math.round(sheet.getColumnWidthInPixels(c));
        double tablePage = PAGE_HEIGHT_PT / Math.min(1.0, PAGE_WIDTH_PX / (double) Math.max(1, tableWidthPx));
        double above = 15 * (headerRow + 1) + (noteCells == null ? 0 : noteCells.getHeightInPoints() - 15);
        if (printed > REPEAT_HEADER_FROM_ROWS && above + printedPoints > tablePage)
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
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
                    lines = Math.max(lines, wrappedLines(kv[i], w1 + 2));
                }
            }
            // POI does not grow a row for wrapped text; set the height for the lines it needs.
            row.setHeightInPoints(linesHeight(lines));
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
            // Excel does not grow a row for wrapped text written by POI; estimate the lines. The Methode text is
            // long running prose in the 110-character column, which holds about 125 characters per line (Arial 11:
            // Dutch prose averages 1.23 characters per width unit of its "0", less the cell's padding).
            int lines = Math.max(1, (int) Math.ceil(p.length() / 125.0));
            row.setHeightInPoints(linesHeight(lines) + 3);
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
        int rowsNeeded = rowsOf(f);
        for (int r = row; r < row + rowsNeeded; r++) {
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
        return rowsNeeded;
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

    /** Points a line of wrapped text takes: Excel's row height for one line of Arial 11 (LibreOffice needs 12.7). */
    static final float LINE_POINTS = 14.25f;

    /** The height of a row holding this many lines of wrapped text; never below the sheet's 15-point rows. */
    static float linesHeight(int lines) {
        return Math.max(15f, Math.max(1, lines) * LINE_POINTS);
    }

    /** A wrapped table cell grows to at most this many lines (longer text is in the CSV in full). */
    private static final int MAX_WRAPPED_LINES = 20;

    /**
     * The lines a text takes when wrapped at word boundaries in a column {@code columnChars} wide
     * (Excel's width unit: the width of "0" of the workbook font, 8 px in Arial 11). Dutch prose averages
     * 1.23 characters per "0" in Arial/Liberation Sans (AWT font metrics of the Kaders texts); 1.1 leaves room
     * for the cell's padding and a long word. A word that does not fit moves to the next line whole, which the
     * walk over the words accounts for. Holds only where the text is drawn in the font the widths are counted
     * in (see {@link WorkbookStyles#FONT}).
     */
    static int wrappedLines(String text, int columnChars) {
        int capacity = Math.max(1, (int) Math.floor((columnChars - 1) * 1.1));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int w = word.length();
                if (used == 0) used = w;
                else if (used + 1 + w <= capacity) used += 1 + w;
                else {
                    lines++;
                    used = w;
                }
                while (used > capacity) {
                    lines++;
                    used -= capacity;
                }
            }
        }
        return Math.max(1, lines);
    }

    private static int longestLine(String s) {
        int best = 0;
        for (String line : s.split("\n")) best = Math.max(best, line.length());
        return best;
    }
}
