package nl.samenkracht.indicators;

import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.*;

/** Parts of different shapes come back whole, each in its own order and schema, from one SQL execution. */
class FusedCollectTest {
    @Test
    void partsOfDifferentSchemasComeBackFromOneExecution() throws Exception {
        SparkSession spark = SharedSpark.get();
        StructType people = new StructType().add("name", DataTypes.StringType).add("class", DataTypes.StringType)
                .add("score", DataTypes.DoubleType);
        Dataset<Row> data = spark.createDataFrame(List.of(RowFactory.create("a", "1A", 3.0),
                RowFactory.create("b", "1A", null), RowFactory.create("c", "2B", 5.0)), people);
        FusedCollect fused = new FusedCollect();
        FusedCollect.Part counts = fused.add(data.groupBy("class").agg(count(lit(1)).as("n")).orderBy("class"));
        FusedCollect.Part scored = fused.add(data.filter(col("score").isNotNull()).select("name", "score"));
        FusedCollect.Part none = fused.add(spark.emptyDataFrame());
        assertThrows(IllegalStateException.class, counts::rows, "rows before collect");

        AtomicInteger executions = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onOtherEvent(SparkListenerEvent event) {
                if (event instanceof SparkListenerSQLExecutionStart) executions.incrementAndGet();
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            fused.collect();
            spark.sparkContext().listenerBus().waitUntilEmpty(10_000L);
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        assertEquals(1, executions.get(), "one SQL execution for all parts");

        assertEquals(2, counts.rows().size());
        assertEquals("1A", counts.rows().get(0).getAs("class"));
        assertEquals(2L, counts.rows().get(0).<Long>getAs("n"));
        assertEquals("2B", counts.rows().get(1).getString(0));
        assertEquals(1L, counts.rows().get(1).getLong(1));
        assertEquals(List.of("a", "c"), scored.rows().stream().map(r -> r.getString(0)).toList());
        assertEquals(5.0, scored.rows().get(1).<Double>getAs("score"));
        assertTrue(none.rows().isEmpty());
        assertThrows(IllegalStateException.class, fused::collect, "one action only");
    }

    /** An aggregation over integer-coded keys comes back with the keys' labels, at the same positions. */
    @Test
    void codedKeysComeBackAsTheirLabels() {
        SparkSession spark = SharedSpark.get();
        StructType people = new StructType().add("location", DataTypes.StringType).add("score", DataTypes.DoubleType);
        Dataset<Row> coded = nl.samenkracht.canonical.KeyCodes.encodeFound(spark.createDataFrame(List.of(
                RowFactory.create("Duin", 3.0), RowFactory.create("Akker", 4.0), RowFactory.create("Duin", 5.0)), people));
        FusedCollect fused = new FusedCollect();
        FusedCollect.Part perLocation = fused.add(coded.groupBy("location").agg(count(lit(1)).as("n")).orderBy("location"));
        FusedCollect.Part plain = fused.add(coded.select(col("score")));
        fused.collect();
        assertEquals(List.of("Akker", "Duin"), perLocation.rows().stream().map(r -> r.getString(0)).toList());
        assertEquals("Duin", perLocation.rows().get(1).getAs("location"));
        assertEquals(2L, perLocation.rows().get(1).getLong(1));
        assertEquals(3, plain.rows().size());
        // a key column that lost its labels is a bug, not a number to report
        FusedCollect bare = new FusedCollect();
        bare.add(coded.select(col("location").cast("long").cast("int").as("location")));
        assertThrows(IllegalStateException.class, bare::collect);
    }
}
