package nl.samenkracht.report.xlsx;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Excel holds at most 32,767 characters in a cell, and POI refuses a longer text (the whole run
 * would be lost for one long open answer or interview passage). Such a text is cut in the workbook
 * with a visible Dutch marker saying how long it was and where the whole text is; CSV and Parquet
 * keep it whole.
 */
public final class CellText {
    /** Excel's limit (SpreadsheetVersion.EXCEL2007.getMaxTextLength()), in UTF-16 units as POI counts. */
    public static final int MAX = 32_767;

    private CellText() {}

    public static String fit(String s) {
        if (s == null || s.length() <= MAX) return s;
        String marker = " … [ingekort: " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(s.codePointCount(0, s.length()))
                + " tekens; de volledige tekst staat in de map data/]";
        int cut = MAX - marker.length();
        // never split a surrogate pair (an emoji) in two
        if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return s.substring(0, cut) + marker;
    }
}
