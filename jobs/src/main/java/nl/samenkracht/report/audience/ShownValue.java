package nl.samenkracht.report.audience;

import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.report.csv.CsvTableWriter;

/**
 * An indicator value as the directie and bestuur outputs may show it. Every table cell and chart
 * point of those outputs is made from one of these, never from the {@link IndicatorValue} itself,
 * so a hidden figure has no path into a workbook, CSV or chart.
 */
public final class ShownValue {
    private final IndicatorValue source;
    private final Suppression.Mark mark;
    private final Suppression policy;

    ShownValue(IndicatorValue source, Suppression.Mark mark, Suppression policy) {
        this.source = source;
        this.mark = mark;
        this.policy = policy;
    }

    /** The indicator (for its id, label, unit, year, location, target: never read value or n from it). */
    public IndicatorValue source() {
        return source;
    }

    public Suppression.Mark mark() {
        return mark;
    }

    /** The value when it may be shown and exists (finite, about at least one person), else null. */
    public Double value() {
        if (mark.hidden() || source.n() <= 0 || !Double.isFinite(source.value())) return null;
        return source.value();
    }

    /** n when it may be shown, else null. */
    public Long n() {
        return mark.hidden() ? null : source.n();
    }

    /** The table cell: the value in CSV notation, or "&lt; 5", "x" or "–". */
    public String text() {
        if (mark.hidden()) return policy.text(mark);
        Double v = value();
        return v == null ? Suppression.NO_VALUE_TEXT : CsvTableWriter.number(v);
    }

    /** The n cell: the number, or "&lt; 5" / "x". */
    public String nText() {
        return mark.hidden() ? policy.text(mark) : Long.toString(source.n());
    }

    @Override
    public String toString() {
        return source.id() + " " + source.schoolYear() + " " + source.location() + ": " + text() + " (n " + nText() + ")";
    }
}
