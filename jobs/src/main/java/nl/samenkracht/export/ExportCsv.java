package nl.samenkracht.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two CSV forms of the wide file: UTF-8 with ',' and '.' (SPSS, JASP, R) and the Dutch
 * Excel form with a BOM, ';' and a decimal comma (a double-click in Dutch Excel opens it in
 * columns). A text cell that a spreadsheet would run as a formula gets a leading ', as in
 * tables/*.csv.
 */
final class ExportCsv implements AutoCloseable {
    private final BufferedWriter plain;
    private final BufferedWriter dutch;

    ExportCsv(Path plainFile, Path dutchFile, List<ExportVariable> vars) throws IOException {
        plain = Files.newBufferedWriter(plainFile, StandardCharsets.UTF_8);
        dutch = Files.newBufferedWriter(dutchFile, StandardCharsets.UTF_8);
        dutch.write('\uFEFF');
        Object[] header = vars.stream().map(ExportVariable::name).toArray();
        write(header);
    }

    void write(Object[] row) throws IOException {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                a.append(',');
                b.append(';');
            }
            Object v = row[i];
            if (v == null) continue;
            if (v instanceof Double d) {
                String n = number(d);
                a.append(n);
                b.append(n.replace('.', ','));
            } else {
                String s = safe(v.toString());
                a.append(quote(s, ','));
                b.append(quote(s, ';'));
            }
        }
        plain.write(a.append("\r\n").toString());
        dutch.write(b.append("\r\n").toString());
    }

    /** Whole numbers without decimals; others to 12 significant digits, plain notation. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return new BigDecimal(d).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    private static String safe(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    private static String quote(String s, char delimiter) {
        if (s.indexOf(delimiter) < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        try (plain; dutch) {
            plain.flush();
            dutch.flush();
        }
    }
}
