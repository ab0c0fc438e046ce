package nl.samenkracht.ingest.survey;

import java.io.Serializable;
import java.util.Map;

/**
 * How one attribute of a submission (wave, school year, location, group) is found in a row:
 * a fixed value, or a column index whose text may be recoded through {@code map}.
 * {@code fromDate} marks a school year derived from a date column.
 */
public record AttributePlan(String fixed, int column, String header, Map<String, String> map, boolean fromDate)
        implements Serializable {
    public static final AttributePlan ABSENT = new AttributePlan(null, -1, null, Map.of(), false);

    public static AttributePlan fixed(String value) {
        return new AttributePlan(value, -1, null, Map.of(), false);
    }

    public boolean isAbsent() {
        return fixed == null && column < 0;
    }

    /** The recoded text of this attribute in a row of raw cells; null when empty. */
    public String valueIn(String[] cells) {
        if (fixed != null) return fixed;
        if (column < 0 || column >= cells.length) return null;
        String raw = cells[column];
        if (raw == null || raw.isBlank()) return null;
        String v = raw.strip();
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(v)) return e.getValue();
        }
        return v;
    }
}
