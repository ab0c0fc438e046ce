package nl.samenkracht.report.tables;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds a Tablesaw table row by row from a fixed column list. A null or NaN cell becomes a
 * missing value, which the CSV writer prints as an empty cell and the workbook leaves blank.
 */
public final class TableBuilder {
    public enum Type { STRING, INT, LONG, DOUBLE, BOOLEAN }

    /** One column of the contract: its (English, machine-readable) name and type. */
    public record Col(String name, Type type) {
        public static Col s(String name) { return new Col(name, Type.STRING); }
        public static Col i(String name) { return new Col(name, Type.INT); }
        public static Col l(String name) { return new Col(name, Type.LONG); }
        public static Col d(String name) { return new Col(name, Type.DOUBLE); }
        public static Col b(String name) { return new Col(name, Type.BOOLEAN); }
    }

    private final Table table;
    private final Col[] columns;

    public TableBuilder(String name, Col... columns) {
        this.columns = columns.clone();
        this.table = Table.create(name);
        for (Col c : columns) {
            table.addColumns(switch (c.type()) {
                case STRING -> StringColumn.create(c.name());
                case INT -> IntColumn.create(c.name());
                case LONG -> LongColumn.create(c.name());
                case DOUBLE -> DoubleColumn.create(c.name());
                case BOOLEAN -> BooleanColumn.create(c.name());
            });
        }
    }

    /** Appends one row; values in column order (String, Integer, Long, Double or Boolean, or null). */
    public void row(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException("expected " + columns.length + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            Column<?> c = table.column(i);
            Object v = values[i];
            if (v == null || (v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                c.appendMissing();
                continue;
            }
            switch (columns[i].type()) {
                case STRING -> ((StringColumn) c).append((String) v);
                case INT -> ((IntColumn) c).append(((Number) v).intValue());
                case LONG -> ((LongColumn) c).append(((Number) v).longValue());
                case DOUBLE -> ((DoubleColumn) c).append(((Number) v).doubleValue());
                case BOOLEAN -> ((BooleanColumn) c).append((Boolean) v);
            }
        }
    }

    public Table table() {
        return table;
    }
}
