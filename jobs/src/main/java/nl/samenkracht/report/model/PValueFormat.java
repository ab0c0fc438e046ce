package nl.samenkracht.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * p-values as printed in the Dutch workbooks, APA style: "p < 0,001" below 0.001, otherwise
 * three decimals with a decimal comma and a leading zero ("0,042"; APA drops the zero, Dutch
 * reports commonly keep it). CSVs do not use this: they keep full precision.
 */
public final class PValueFormat {
    private PValueFormat() {}

    /** The value for a table cell: "< 0,001" or "0,042"; empty for a missing p. */
    public static String cell(double p) {
        if (Double.isNaN(p) || p < 0 || p > 1) return "";
        if (p < 0.001) return "< 0,001";
        return BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** In running text: "p < 0,001" or "p = 0,042". */
    public static String text(double p) {
        String c = cell(p);
        if (c.isEmpty()) return "";
        return c.startsWith("<") ? "p " + c : "p = " + c;
    }
}
