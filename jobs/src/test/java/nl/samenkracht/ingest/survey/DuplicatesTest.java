package nl.samenkracht.ingest.survey;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RowKind;
import nl.samenkracht.model.Schemas;
import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The duplicate-submission rule (issue 15: validate said 3 rejects where run said 4): the run's Spark window and
 * validate's driver-side version mark the same rows, and the rows a hand count gives.
 */
class DuplicatesTest {
    private static Row row(RowKind kind, String file, int row, String respondent, String submitted, String wave) {
        return RowFactory.create(kind.code(), "s", "inwerken", file, row, respondent, false, submitted, "2024-2025", wave,
                respondent == null ? null : "Akker", null, null, kind == RowKind.ACCEPTED ? null : RejectReason.NO_RESPONDENT.code(), null, null);
    }

    @Test
    void theLatestSubmissionCountsInSparkAndOnTheDriverAlike() {
        List<Row> rows = List.of(
                // a: twice in one file, timestamps: row 2 (earlier) is replaced
                row(RowKind.ACCEPTED, "a.csv", 2, "p1", "2024-10-01T09:00", "voormeting"),
                row(RowKind.ACCEPTED, "a.csv", 3, "p1", "2024-10-02T09:00", "voormeting"),
                // the same respondent in another wave: not a duplicate
                row(RowKind.ACCEPTED, "b.csv", 2, "p1", "2025-05-01T09:00", "nameting"),
                // no timestamps: the later file counts (b.csv over a.csv), then the later row
                row(RowKind.ACCEPTED, "a.csv", 4, "p2", null, "voormeting"),
                row(RowKind.ACCEPTED, "b.csv", 3, "p2", null, "voormeting"),
                row(RowKind.ACCEPTED, "b.csv", 4, "p2", null, "voormeting"),
                // a timestamp beats none (nulls last), whatever the file
                row(RowKind.ACCEPTED, "b.csv", 5, "p3", null, "voormeting"),
                row(RowKind.ACCEPTED, "a.csv", 5, "p3", "2024-10-03T09:00", "voormeting"),
                // rejected rows are never duplicates
                row(RowKind.REJECTED, "a.csv", 6, null, null, null),
                row(RowKind.REJECTED, "a.csv", 7, null, null, null));
        List<Duplicates.Replaced> byHand = List.of(new Duplicates.Replaced("a.csv", 2), new Duplicates.Replaced("a.csv", 4),
                new Duplicates.Replaced("b.csv", 3), new Duplicates.Replaced("b.csv", 5));

        Duplicates.Local local = new Duplicates.Local();
        rows.forEach(local::add);
        assertEquals(byHand, local.replaced());

        List<Duplicates.Replaced> spark = new ArrayList<>();
        for (Row r : SharedSpark.get().createDataFrame(rows, Schemas.INTERPRETED).withColumn(RowKind.COLUMN, Duplicates.kind())
                .filter(RowKind.DUPLICATE.is()).select(col("file"), col("row")).collectAsList())
            spark.add(new Duplicates.Replaced(r.getString(0), r.getInt(1)));
        spark.sort(Comparator.comparing(Duplicates.Replaced::file).thenComparingInt(Duplicates.Replaced::row));
        assertEquals(byHand, spark, "the run marks the same rows");
    }
}
