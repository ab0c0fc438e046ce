package nl.samenkracht.report.audience;

import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.model.TableStyle;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of text cells for the audience outputs: numbers in CSV notation next to "&lt; 5", "x"
 * and "–" in one column (so tables/*.csv carries the suppressed text, never the number), with
 * the number format and colour of each cell kept for the workbook.
 */
final class AudienceTable {
    private final String name;
    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();
    private final TableStyle style = new TableStyle();

    AudienceTable(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    AudienceTable header(String column, String label) {
        style.header(column, label);
        return this;
    }

    /** Appends an empty row and returns its index. */
    int addRow() {
        rows.add(new HashMap<>());
        return rows.size() - 1;
    }

    AudienceTable set(int row, String column, String text) {
        if (!columns.contains(column)) throw new IllegalArgumentException("no column " + column + " in " + name);
        if (text != null) rows.get(row).put(column, text);
        return this;
    }

    /** A cell with a number format (used when the text is a number) and an optional tone. */
    AudienceTable set(int row, String column, String text, String format, TableStyle.Tone tone) {
        set(row, column, text);
        if (format != null) style.cellFormat(row, column, format);
        style.tone(row, column, tone);
        return this;
    }

    /** A shown value: its number in the unit's format, or its suppression mark in muted italics. */
    AudienceTable value(int row, String column, ShownValue v, String format) {
        if (v == null) return set(row, column, Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.NO_DATA);
        return set(row, column, v.text(), format, v.mark().hidden() ? TableStyle.Tone.SUPPRESSED : v.value() == null ? TableStyle.Tone.NO_DATA : null);
    }

    /** The n of a shown value, or its mark. */
    AudienceTable n(int row, String column, ShownValue v) {
        if (v == null) return set(row, column, Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.NO_DATA);
        return set(row, column, v.nText(), "0", v.n() == null ? TableStyle.Tone.SUPPRESSED : null);
    }

    /** A column that stays in the CSV (the contract) but is not shown in the workbook. */
    AudienceTable hide(String column) {
        style.hide(column);
        return this;
    }

    /** A text column of a fixed width whose cells wrap (sentences). */
    AudienceTable wrap(String column, int widthChars) {
        style.wrap(column, widthChars);
        return this;
    }

    AudienceTable rowTone(int row, TableStyle.Tone tone) {
        style.rowTone(row, tone);
        return this;
    }

    int rowCount() {
        return rows.size();
    }

    String get(int row, String column) {
        return rows.get(row).get(column);
    }

    ReportTable toReport(String id, String sheetTitle, String note) {
        Table t = Table.create(name);
        for (String c : columns) {
            StringColumn col = StringColumn.create(c);
            for (Map<String, String> r : rows) {
                String v = r.get(c);
                if (v == null) col.appendMissing();
                else col.append(v);
            }
            t.addColumns(col);
        }
        return new ReportTable(id, sheetTitle, note, t, style);
    }
}
