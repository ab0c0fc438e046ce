package nl.samenkracht.report.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Optional presentation of a {@link ReportTable} in the workbook beyond {@link ColumnLabels}:
 * header texts for columns whose names are data (school years, locations), number formats for
 * text columns that mix numbers with suppression marks such as "&lt; 5", and a tone per cell
 * (status colours, better/worse). The CSV ignores all of this: it writes the table as it is.
 *
 * <p>A text cell gets a number format from its cell, else from its column; with a format
 * and text that parses as a number (CSV notation, '.' decimals), the workbook writes a number
 * cell in that format, so Excel can still calculate with it. Other text stays text.
 */
public final class TableStyle {
    /** What a cell means for its colour; the workbook maps tones to the chart palette. */
    public enum Tone {
        /** A change for the better (text in the "op orde" teal). */
        BETTER,
        /** A change for the worse (text in vermillion). */
        WORSE,
        /** Coverage status op orde: teal fill. */
        STATUS_OK,
        /** Coverage status aandacht: orange fill. */
        STATUS_ATTENTION,
        /** Coverage status geen gegevens: light grey fill. */
        STATUS_NO_DATA,
        /** A figure hidden for privacy ("&lt; 5", "x", "geen gegevens (&lt; 5)"): muted italic on white, never a grey fill. */
        SUPPRESSED,
        /** A total row or column: bold. */
        TOTAL,
        /** No figure at all ("–", "geen gegevens"): grey on a light grey fill, unlike a hidden small group. */
        NO_DATA,
        /** Heat matrix: somewhat above the board total (light blue fill). */
        HEAT_HIGH,
        /** Heat matrix: well above the board total, or flagged as higher by the test (blue fill). */
        HEAT_HIGH_STRONG,
        /** Heat matrix: somewhat below the board total (light orange fill). */
        HEAT_LOW,
        /** Heat matrix: well below the board total, or flagged as lower by the test (orange fill). */
        HEAT_LOW_STRONG
    }

    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> columnFormats = new HashMap<>();
    private final Map<String, String> cellFormats = new HashMap<>();
    private final Map<String, Tone> tones = new HashMap<>();
    private final Map<Integer, Tone> rowTones = new HashMap<>();
    private final java.util.Set<String> hidden = new java.util.HashSet<>();

    /** A column kept in the CSV (the contract) but not shown in the workbook (e.g. an id beside its label). */
    public TableStyle hide(String column) {
        hidden.add(column);
        return this;
    }

    public boolean hidden(String column) {
        return hidden.contains(column);
    }

    private final Map<String, Integer> wrapWidths = new HashMap<>();

    /**
     * A text column of a fixed width (in characters) whose cells wrap onto more lines, for sentences
     * (the Samenvatting's findings) that would otherwise make the column, and the printed page, too wide.
     */
    public TableStyle wrap(String column, int widthChars) {
        wrapWidths.put(column, widthChars);
        return this;
    }

    /** The wrap width of a column in characters, or null when its cells stay on one line. */
    public Integer wrapWidth(String column) {
        return wrapWidths.get(column);
    }

    public TableStyle header(String column, String label) {
        headers.put(column, label);
        return this;
    }

    public TableStyle columnFormat(String column, String excelFormat) {
        columnFormats.put(column, excelFormat);
        return this;
    }

    public TableStyle cellFormat(int row, String column, String excelFormat) {
        cellFormats.put(key(row, column), excelFormat);
        return this;
    }

    public TableStyle tone(int row, String column, Tone tone) {
        if (tone != null) tones.put(key(row, column), tone);
        return this;
    }

    /** A tone for every cell of a row that has no tone of its own (e.g. the total row in bold). */
    public TableStyle rowTone(int row, Tone tone) {
        rowTones.put(row, tone);
        return this;
    }

    /** The header of a column, or null for the default ({@link ColumnLabels#dutch}). */
    public String header(String column) {
        return headers.get(column);
    }

    /** The number format for a text cell, or null when text stays text. */
    public String format(int row, String column) {
        String f = cellFormats.get(key(row, column));
        return f != null ? f : columnFormats.get(column);
    }

    public Tone tone(int row, String column) {
        Tone t = tones.get(key(row, column));
        return t != null ? t : rowTones.get(row);
    }

    private static String key(int row, String column) {
        return row + "\u0000" + column;
    }
}
