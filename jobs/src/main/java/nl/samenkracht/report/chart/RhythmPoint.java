package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One month of a {@link RhythmChart}.
 *
 * @param series location (or class) the value belongs to
 * @param month  calendar month 1–12 (placed in school-year order, August first)
 * @param value  contacts in that month; null for unknown (a gap). Give 0 for a month without
 *               contacts: that is a real value, not a gap.
 */
public record RhythmPoint(String series, int month, Double value) {

    public RhythmPoint {
        Objects.requireNonNull(series, "series");
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12: " + month);
        }
    }
}
