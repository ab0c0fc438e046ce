package nl.samenkracht.config;

import java.util.Map;

/**
 * Where a per-row attribute (wave, school year, location, group) comes from: exactly one of
 * a fixed {@code value}, a {@code column}, a date column ({@code from_date}, school year only:
 * a school year starts on 1 August) or the file name ({@code from_file_name}: substring → value).
 * {@code map} recodes column values (e.g. "Ja" → "nieuw").
 */
public record ValueSource(String value, String column, String fromDate, Map<String, String> fromFileName,
                          Map<String, String> map, String dateFormat) {

    public static ValueSource fixed(String value) {
        return new ValueSource(value, null, null, null, null, null);
    }

    public ValueSource {
        if (map == null) map = Map.of();
    }

    /** Number of ways set; the validator requires exactly one. */
    public int waysSet() {
        int n = 0;
        if (value != null) n++;
        if (column != null) n++;
        if (fromDate != null) n++;
        if (fromFileName != null) n++;
        return n;
    }
}
