package nl.samenkracht.canonical;

import nl.samenkracht.canonical.KeyCodes.Key;
import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Integer-coded keys: codes follow the sorted labels, the labels travel with the column through
 * Spark's operators, and decoding gives back exactly the values that went in (nulls stay null).
 */
class KeyCodesTest {
    private static final StructType LABELLED = new StructType().add("location", DataTypes.StringType)
            .add("grp", DataTypes.StringType).add("respondent", DataTypes.StringType).add("score", DataTypes.DoubleType);

    @Test
    void codesAreSortedLabelsAndMissingLabelsHaveNoCode() {
        KeyCodes k = KeyCodes.of(Map.of(Key.LOCATION, Set.of("Duin", "Akker", "Beek"), Key.GROUP, List.of("nieuw")));
        assertEquals(List.of("Akker", "Beek", "Duin"), k.labels(Key.LOCATION));
        assertEquals(0, k.code(Key.LOCATION, "Akker"));
        assertEquals(2, k.code(Key.LOCATION, "Duin"));
        assertEquals(-1, k.code(Key.LOCATION, "Alle locaties"));
        assertEquals(List.of(), k.labels(Key.WAVE));
        assertEquals(List.of(1, 2), k.codes(Key.LOCATION, l -> !l.startsWith("A")));
    }

    @Test
    void encodedKeysSurviveAnAggregationAndDecodeToTheValuesThatWentIn() {
        SparkSession spark = SharedSpark.get();
        Dataset<Row> labelled = spark.createDataFrame(List.of(RowFactory.create("Duin", "nieuw", "r1", 3.0),
                RowFactory.create("Akker", null, "r2", 4.0), RowFactory.create("Duin", "ervaren", "r3", 5.0),
                RowFactory.create("Akker", null, "r4", 2.0)), LABELLED);
        Dataset<Row> coded = KeyCodes.encodeFound(labelled);
        assertEquals(DataTypes.IntegerType, coded.schema().apply("location").dataType());
        assertEquals(DataTypes.StringType, coded.schema().apply("respondent").dataType(), "not a key: left as it is");
        KeyCodes keys = KeyCodes.of(coded);
        assertEquals(List.of("Akker", "Duin"), keys.labels(Key.LOCATION));
        assertEquals(List.of("ervaren", "nieuw"), keys.labels(Key.GROUP));

        // an aggregation keyed by the codes keeps the labels with its key columns
        Dataset<Row> perGroup = coded.groupBy("location", "grp").count();
        assertEquals(keys.labels(Key.LOCATION), KeyCodes.labelsOf(perGroup.schema().apply("location")));
        List<String> decoded = KeyCodes.decode(perGroup).orderBy(col("location"), col("grp")).collectAsList().stream()
                .map(r -> r.getString(0) + "/" + r.getString(1) + "=" + r.getLong(2)).toList();
        assertEquals(List.of("Akker/null=2", "Duin/ervaren=1", "Duin/nieuw=1"), decoded);
        assertEquals(labelled.orderBy("respondent").collectAsList(), KeyCodes.decode(coded).orderBy("respondent").collectAsList());
    }

    @Test
    void codesWithoutTheirLabelsAreRefused() {
        StructType bare = new StructType().add("wave", DataTypes.IntegerType);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KeyCodes.of(bare));
        assertTrue(e.getMessage().contains("'wave' holds codes without their labels"), e.getMessage());
        StructType responses = CanonicalTable.RESPONSES.schema();
        var m = assertThrows(CanonicalTable.SchemaMismatchException.class, () -> CanonicalTable.RESPONSES.require(responses, "statistics"));
        assertEquals("statistics: input table 'responses', column 'instrument' holds codes without their labels (metadata "
                + KeyCodes.LABELS + ")", m.getMessage());
        CanonicalTable.RESPONSES.require(KeyCodes.of(Map.of()).attach(responses), "statistics");
        assertEquals(List.of("instrument", "school_year", "wave", "location", "grp", "item", "scale"),
                CanonicalTable.RESPONSES.codedColumns());
        assertEquals(List.of(), CanonicalTable.CONTACTS.codedColumns());
    }
}
