package nl.samenkracht.report.model;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.List;

/** Turns small collected Spark results into Tablesaw tables, the report model. */
public final class Tables {
    private Tables() {}

    public static Table fromRows(String name, StructType schema, List<Row> rows) {
        Table t = Table.create(name);
        for (StructField f : schema.fields()) t.addColumns(column(f.name(), f.dataType()));
        for (Row r : rows) {
            for (int i = 0; i < schema.fields().length; i++) {
                Column<?> c = t.column(i);
                DataType type = schema.fields()[i].dataType();
                if (r.isNullAt(i)) {
                    c.appendMissing();
                } else if (type.equals(DataTypes.StringType)) {
                    ((StringColumn) c).append(r.getString(i));
                } else if (type.equals(DataTypes.IntegerType)) {
                    ((IntColumn) c).append(r.getInt(i));
                } else if (type.equals(DataTypes.LongType)) {
                    ((LongColumn) c).append(r.getLong(i));
                } else if (type.equals(DataTypes.BooleanType)) {
                    ((BooleanColumn) c).append(r.getBoolean(i));
                } else {
                    ((DoubleColumn) c).append(((Number) r.get(i)).doubleValue());
                }
            }
        }
        return t;
    }

    private static Column<?> column(String name, DataType type) {
        if (type.equals(DataTypes.StringType)) return StringColumn.create(name);
        if (type.equals(DataTypes.IntegerType)) return IntColumn.create(name);
        if (type.equals(DataTypes.LongType)) return LongColumn.create(name);
        if (type.equals(DataTypes.BooleanType)) return BooleanColumn.create(name);
        return DoubleColumn.create(name);
    }
}
