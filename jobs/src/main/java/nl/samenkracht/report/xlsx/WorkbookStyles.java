package nl.samenkracht.report.xlsx;

import nl.samenkracht.report.chart.Palette;
import nl.samenkracht.report.model.TableStyle;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import java.awt.Color;

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
    /** Text aligned as numbers are: p-values printed as "< 0,001". */
    final CellStyle right;
    private final Workbook wb;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private final Map<String, CellStyle> toned = new HashMap<>();

    /**
     * The workbooks' one font. Not POI's default Calibri (a theme font): LibreOffice without Calibri's metric twin
     * Carlito measured the column widths in one fallback font (DejaVu Sans) and drew the text in another (Liberation
     * Sans), about 30 % narrower, so every row given the lines its wrapped text needs was far taller than the text
     * (the Samenvatting and Kaders sheets). Arial is on every Windows and Mac, and Linux has its metric twin Liberation
     * Sans, so Excel and LibreOffice measure and draw alike and {@link WorkbookWriter#wrappedLines} holds in both. 11
     * points, as Calibri 11 was: at 10 the narrower sheet was scaled down less in print and the trend sheets' 45 printed
     * rows no longer fitted one page.
     */
    static final String FONT = "Arial";
    static final short FONT_POINTS = 11;

    WorkbookStyles(Workbook wb) {
        this.wb = wb;
        // Font 0 is the workbook's default: column widths are counted in its "0".
        Font base = wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(FONT_POINTS);
        if (base instanceof XSSFFont x) x.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
        Font bold = font();
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
        Font big = font();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        Font italic = font();
        italic.setItalic(true);
        note = wb.createCellStyle();
        note.setFont(italic);
        text = wb.createCellStyle();
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        right = wb.createCellStyle();
        right.setAlignment(HorizontalAlignment.RIGHT);
        // Indented from the right edge: a left-aligned word in the next column ("gelijk") ran into the p before it.
        right.setIndention((short) 1);
    }

    /** A new font of the workbook's family and size. */
    private Font font() {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(FONT_POINTS);
        return f;
    }

    CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }

    /**
     * A cell style with an optional number format and an optional tone; the colours are those of
     * the charts ({@link Palette}), so a status reads the same in a table and in a heatmap.
     */
    /** The note above a table, wrapped within the table's width. */
    CellStyle wrappedNote() {
        if (wrappedNote == null) {
            wrappedNote = wb.createCellStyle();
            wrappedNote.cloneStyleFrom(note);
            wrappedNote.setWrapText(true);
            wrappedNote.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return wrappedNote;
    }

    private CellStyle wrappedNote;

    /** As {@link #styled}, wrapped onto more lines and aligned at the top. */
    CellStyle wrapped(TableStyle.Tone tone) {
        return wrappedStyles.computeIfAbsent(String.valueOf(tone), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(tone == null ? text : styled(null, tone));
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    private final java.util.Map<String, CellStyle> wrappedStyles = new java.util.HashMap<>();

    /** As {@link #styled} with text, right-aligned and indented like {@link #right} (a p-value with a tone). */
    CellStyle rightStyled(TableStyle.Tone tone) {
        return rightStyles.computeIfAbsent(String.valueOf(tone), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(styled(null, tone));
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setIndention((short) 1);
            return s;
        });
    }

    private final java.util.Map<String, CellStyle> rightStyles = new java.util.HashMap<>();

    /** The same style aligned at the top of its cell (beside wrapped text in a taller row). */
    CellStyle top(CellStyle base) {
        return topStyles.computeIfAbsent((int) base.getIndex(), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    private final java.util.Map<Integer, CellStyle> topStyles = new java.util.HashMap<>();

    CellStyle styled(String format, TableStyle.Tone tone) {
        if (tone == null) return format == null ? text : number(format);
        return toned.computeIfAbsent(format + "|" + tone, k -> {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            if (format != null) s.setDataFormat(wb.createDataFormat().getFormat(format));
            XSSFFont f = (XSSFFont) font();
            switch (tone) {
                case BETTER -> { f.setBold(true); f.setColor(xssf(Palette.STATUS_OK)); s.setIndention((short) 1); }
                case WORSE -> { f.setBold(true); f.setColor(xssf(Palette.OI_VERMILLION)); s.setIndention((short) 1); }
                case STATUS_OK -> { fill(s, Palette.STATUS_OK); f.setBold(true); f.setColor(xssf(Palette.textOn(Palette.STATUS_OK))); }
                case STATUS_ATTENTION -> { fill(s, Palette.STATUS_ATTENTION); f.setColor(xssf(Palette.textOn(Palette.STATUS_ATTENTION))); }
                case STATUS_NO_DATA -> { fill(s, Palette.STATUS_NO_DATA); f.setColor(xssf(Palette.TEXT_MUTED)); }
                // Hidden for privacy ("< 5", "x"): italic on white, never the grey fill of "geen gegevens" / "–".
                case SUPPRESSED -> { f.setItalic(true); f.setColor(xssf(Palette.TEXT_MUTED)); s.setAlignment(HorizontalAlignment.RIGHT); }
                case TOTAL -> f.setBold(true);
                case NO_DATA -> { fill(s, Palette.STATUS_NO_DATA); f.setColor(xssf(Palette.TEXT_MUTED)); s.setAlignment(HorizontalAlignment.CENTER); }
                case HEAT_HIGH -> fill(s, Palette.HEAT_HIGH);
                case HEAT_HIGH_STRONG -> { fill(s, Palette.HEAT_HIGH_STRONG); f.setBold(true); f.setColor(xssf(Palette.textOn(Palette.HEAT_HIGH_STRONG))); }
                case HEAT_LOW -> fill(s, Palette.HEAT_LOW);
                case HEAT_LOW_STRONG -> { fill(s, Palette.HEAT_LOW_STRONG); f.setBold(true); f.setColor(xssf(Palette.textOn(Palette.HEAT_LOW_STRONG))); }
            }
            s.setFont(f);
            return s;
        });
    }

    private static void fill(XSSFCellStyle s, Color c) {
        s.setFillForegroundColor(xssf(c));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        // A thin white border keeps neighbouring status cells apart, as the gaps in the heatmap do.
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setBottomBorderColor(xssf(Color.WHITE));
        s.setRightBorderColor(xssf(Color.WHITE));
    }

    private static XSSFColor xssf(Color c) {
        return new XSSFColor(new byte[]{(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}, null);
    }
}
