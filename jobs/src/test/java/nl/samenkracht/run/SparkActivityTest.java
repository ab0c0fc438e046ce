package nl.samenkracht.run;

import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The progress line's Spark part (issue 15): the stages running, or that none is; no row count (Spark's input
 * metrics count every cached block and file a later step reads, not the rows of the study: the rows read from
 * the exports are the front end's count, {@code FrontEndTest.rowsReadAreTheRowsOfTheExportsCountedOnceEach}).
 */
class SparkActivityTest {
    @TempDir
    Path dir;

    @Test
    void countsTheJobsAndSaysWhenNoStageRuns() throws Exception {
        Path csv = dir.resolve("rows.csv");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 50; i++) b.append(i).append(",x\n");
        Files.writeString(csv, b);
        SparkSession spark = SharedSpark.get();
        try (SparkActivity status = SparkActivity.watch(spark)) {
            // A given schema: one scan, no extra pass to find the columns.
            StructType schema = new StructType().add("n", DataTypes.StringType).add("s", DataTypes.StringType);
            assertEquals(50, spark.read().schema(schema).csv(csv.toString()).collectAsList().size());
            assertTrue(status.counts().get("jobs") >= 1, status.counts().toString());
            assertEquals("no Spark stage running (work on the driver)", status.describe());
        }
    }
}
