package nl.samenkracht.ingest;

import java.io.Serializable;

/** How a text export is written: character set, field separator, decimal mark. */
public record CsvDialect(String encoding, char delimiter, boolean decimalComma, boolean hadBom) implements Serializable {
    public static final CsvDialect CANONICAL = new CsvDialect("UTF-8", ',', false, false);

    public String describe() {
        String d = switch (delimiter) {
            case '\t' -> "tab";
            default -> String.valueOf(delimiter);
        };
        return encoding + (hadBom ? " (BOM)" : "") + ", delimiter '" + d + "', decimal " + (decimalComma ? "comma" : "point");
    }
}
