package nl.samenkracht.indicators;

import nl.samenkracht.canonical.KeyCodes;
import nl.samenkracht.canonical.KeyCodes.Key;
import nl.samenkracht.model.Codebook;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.*;

/**
 * Scale score per respondent × instrument × school year × wave: the mean of the answered
 * (reverse-keyed) items of the scale, and no score when fewer than {@code minAnsweredShare} of
 * the scale's items are answered. A submission gets a row for each scale of its instrument it has
 * responses of. Made from the one per-respondent aggregation ({@link Submissions}) without another
 * shuffle. Keys stay integer codes with their labels (canonical.KeyCodes).
 */
public final class ScaleScores {
    public static final String[] COLUMNS = {"instrument", "scale", "school_year", "wave", "location", "grp",
            "respondent", "anonymous", "n_items", "n_answered", "score"};

    private ScaleScores() {}

    /** The scale scores of a {@link Submissions} table: one row per submission and scale of its instrument with responses. */
    public static Dataset<Row> of(Submissions submissions, Codebook codebook, double minAnsweredShare) {
        if (submissions.isEmpty()) return submissions.data();
        KeyCodes keys = submissions.keys();
        Column perInstrument = submissions.perScale(codebook, (s, scale) -> struct(lit(scale).as("scale"),
                lit(s.itemIds().size()).as("n_items"), col(Submissions.answered(scale)).as("n_answered"),
                col(Submissions.rows(scale)).as("rows"), score(scale, s.itemIds().size(), minAnsweredShare).as("score")));
        List<Column> out = new ArrayList<>();
        out.add(col("instrument"));
        out.add(col("s.scale").as("scale", keys.metadata(Key.SCALE)));
        for (String c : List.of("school_year", "wave", "location", "grp", "respondent", "anonymous")) out.add(col(c));
        out.add(col("s.n_items").as("n_items"));
        out.add(col("s.n_answered").as("n_answered"));
        out.add(col("s.score").as("score"));
        Dataset<Row> rows = perInstrument == null ? submissions.data().limit(0).withColumn("s", lit(null).cast(
                "struct<scale:int,n_items:int,n_answered:int,rows:int,score:double>"))
                : submissions.data().withColumn("s", explode(perInstrument)).filter(col("s.rows").gt(0));
        return rows.select(out.toArray(Column[]::new));
    }

    /**
     * A scale's score in a {@link Submissions} row: the mean of its answered items, null when fewer than
     * {@code minAnsweredShare} of its {@code nItems} items are answered.
     */
    public static Column score(int scale, int nItems, double minAnsweredShare) {
        Column answered = col(Submissions.answered(scale));
        return when(answered.geq(lit(nItems).multiply(lit(minAnsweredShare))).and(answered.gt(0)),
                col(Submissions.sum(scale)).divide(answered.cast("double")));
    }
}
