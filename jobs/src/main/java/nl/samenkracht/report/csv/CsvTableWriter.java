package nl.samenkracht.report.csv;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a table as the machine-readable CSV of the output contract: UTF-8, ',' delimiter,
 * '.' decimals, a header row, empty cell for missing. Numbers get up to 12 significant digits
 * (stable across runs, enough for R comparisons at 1e-6). A text cell that a spreadsheet would
 * execute as a formula (starting with = + - @, tab or CR) is prefixed with a quote, so opening
 * the CSV in Excel cannot run anything a respondent typed.
 */
public final class CsvTableWriter {
    private static final MathContext DIGITS = new MathContext(12);

    private CsvTableWriter() {}

    public static void write(Table table, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (c > 0) w.write(',');
                w.write(quote(table.column(c).name()));
            }
            w.write('\n');
            for (int r = 0; r < table.rowCount(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    if (c > 0) w.write(',');
                    w.write(cell(table.column(c), r));
                }
                w.write('\n');
            }
        }
    }

    static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) return "";
        Object v = column.get(row);
        if (v instanceof Double d) return number(d);
        if (v instanceof Float f) return number(f.doubleValue());
        if (v instanceof Number n) return n.toString();
        if (v instanceof Boolean b) return b ? "true" : "false";
        return quote(neutralise(String.valueOf(v)));
    }

    /**
     * 12 significant digits; plain down to 1e-6, scientific below (BigDecimal's rule), so a p of
     * 1e-48 is "1E-48" with full precision instead of 48 zeros (issue 16). R, pandas and Excel
     * read both forms as numbers.
     */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return "";
        if (d == 0) return "0";
        BigDecimal rounded = new BigDecimal(d).round(DIGITS).stripTrailingZeros();
        return Math.abs(d) >= 1 ? rounded.toPlainString() : rounded.toString();
    }

    /** A leading =, +, -, @, tab or CR makes spreadsheets treat the cell as a formula (CSV injection). */
    public static String neutralise(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        // A plain negative number is data, not a formula.
        if (risky && (c == '-' || c == '+') && s.matches("[-+]?\\d+([.,]\\d+)?")) return s;
        return risky ? "'" + s : s;
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
