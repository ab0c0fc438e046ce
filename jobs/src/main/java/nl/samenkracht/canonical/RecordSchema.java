package nl.samenkracht.canonical;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;

/**
 * The Spark schema of a canonical record, from its components in order: the column is the
 * component's name in snake_case (or {@link Column}), the type follows the Java type, and a column
 * is non-nullable for a primitive or a {@link Required} component. So the record and the
 * {@code StructType} cannot drift apart.
 */
final class RecordSchema {
    private RecordSchema() {}

    static StructType of(Class<? extends Record> type) {
        StructType s = new StructType();
        for (RecordComponent c : type.getRecordComponents()) {
            Column named = c.getAnnotation(Column.class);
            String name = named != null ? named.value() : snake(c.getName());
            boolean nullable = !c.getType().isPrimitive() && c.getAnnotation(Required.class) == null;
            s = s.add(name, sparkType(c.getGenericType(), type, c.getName()), nullable);
        }
        return s;
    }

    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) b.append('_').append(Character.toLowerCase(ch));
            else b.append(ch);
        }
        return b.toString();
    }

    private static DataType sparkType(Type t, Class<?> owner, String component) {
        if (t == String.class) return DataTypes.StringType;
        if (t == int.class || t == Integer.class) return DataTypes.IntegerType;
        if (t == long.class || t == Long.class) return DataTypes.LongType;
        if (t == double.class || t == Double.class) return DataTypes.DoubleType;
        if (t == boolean.class || t == Boolean.class) return DataTypes.BooleanType;
        if (t == LocalDate.class) return DataTypes.DateType;
        if (t instanceof ParameterizedType p && p.getRawType() == List.class)
            return new ArrayType(sparkType(p.getActualTypeArguments()[0], owner, component), false);
        throw new IllegalArgumentException(owner.getSimpleName() + "." + component + ": no Spark type for " + t);
    }
}
