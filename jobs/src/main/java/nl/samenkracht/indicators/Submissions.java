package nl.samenkracht.indicators;

import nl.samenkracht.canonical.CanonicalTable;
import nl.samenkracht.canonical.KeyCodes;
import nl.samenkracht.canonical.KeyCodes.Key;
import nl.samenkracht.model.Codebook;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

/**
 * The responses laid out wide: one row per submission (respondent × instrument × school year × wave; the
 * ingest keeps one submission per such key, see ingest.survey.Duplicates) with every item's score in a
 * column of its own and, per scale, the submission's count of rows, count of answered items and sum of
 * scores. It is the ONE aggregation per respondent over the long responses (issue 13): the scale scores
 * ({@link ScaleScores}), reliability's answer patterns and pre/post's pairs (indicators.stats) are all
 * made from it, so the long rows are shuffled once, and then as one partial row per submission, because a
 * submission's answers arrive together and are summed up before the shuffle.
 *
 * <p>The aggregation is a hash aggregation on integer keys (canonical.KeyCodes) with one column per item
 * code and three per scale code, all of fixed width; an array per respondent ({@code collect_list}) would
 * fall back to sorting after a few hundred keys per task. The key columns keep their labels.
 *
 * <p>A scale's sum and counts add up the submission's rows of that scale in the order of the responses, as
 * an {@code avg} grouped by respondent and scale did, so scale scores are bit-identical to it.
 */
public record Submissions(Dataset<Row> data, KeyCodes keys) {
    /** The key columns: one row per distinct combination (location, group and anonymity are those of the submission). */
    public static final String[] KEYS = {"instrument", "school_year", "wave", "location", "grp", "respondent", "anonymous"};

    /**
     * The wide table of the canonical responses, with the responses' key dictionaries (item and scale codes are
     * column names here, not values). An empty frame without columns (no survey read) stays as it is.
     */
    public static Submissions of(Dataset<Row> responses) {
        CanonicalTable.RESPONSES.require(responses, "submissions");
        if (responses.columns().length == 0) return new Submissions(responses, KeyCodes.of(java.util.Map.of()));
        KeyCodes keys = KeyCodes.of(responses);
        List<Column> aggs = new ArrayList<>();
        for (int i = 0; i < keys.labels(Key.ITEM).size(); i++)
            // one row per item and submission: the maximum is that row's score (null: unanswered)
            aggs.add(max(when(col("item").equalTo(i), col("score"))).as(item(i)));
        for (int s = 0; s < keys.labels(Key.SCALE).size(); s++) {
            Column of = col("scale").equalTo(s);
            aggs.add(count(when(of, lit(1))).cast("int").as(rows(s)));
            aggs.add(count(when(of, col("score"))).cast("int").as(answered(s)));
            aggs.add(org.apache.spark.sql.functions.sum(when(of, col("score"))).as(sum(s)));
        }
        if (aggs.isEmpty()) aggs.add(count(lit(1)).as("n_rows")); // no item in the study (contacts or interviews only)
        Column[] by = new Column[KEYS.length];
        for (int i = 0; i < by.length; i++) by[i] = col(KEYS[i]);
        return new Submissions(responses.groupBy(by).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)), keys);
    }

    /** The same, kept by Spark once computed (it feeds several parts of one action, and the Parquet writers). */
    public Submissions persist(StorageLevel level) {
        return new Submissions(data.persist(level), keys);
    }

    public void unpersist() {
        data.unpersist();
    }

    /**
     * One value per scale of a submission's own instrument, as an array column: {@code CASE instrument WHEN i
     * THEN array(value(scale) for every scale of instrument i, in codebook order) END}. Scale scores and
     * reliability's answer patterns are both such a per-scale value of the wide row, exploded. Null when no
     * scale of the codebook is in the data.
     *
     * @param value a scale of the codebook and its code here → that scale's value in a submission row
     */
    public Column perScale(Codebook codebook, java.util.function.BiFunction<Codebook.Scale, Integer, Column> value) {
        Column perInstrument = null;
        for (int instrument = 0; instrument < keys.labels(Key.INSTRUMENT).size(); instrument++) {
            List<Column> scales = new ArrayList<>();
            for (Codebook.Scale s : codebook.scales()) {
                int scale = keys.code(Key.SCALE, s.id());
                if (scale >= 0 && keys.code(Key.INSTRUMENT, s.instrument()) == instrument) scales.add(value.apply(s, scale));
            }
            if (scales.isEmpty()) continue;
            Column these = array(scales.toArray(Column[]::new));
            Column is = col("instrument").equalTo(instrument);
            perInstrument = perInstrument == null ? when(is, these) : perInstrument.when(is, these);
        }
        return perInstrument;
    }

    /** Whether a survey was read (else the table has no columns). */
    public boolean isEmpty() {
        return data.columns().length == 0;
    }

    /** The score of the item with this code (null: not answered or not asked). */
    public static String item(int code) {
        return "item_" + code;
    }

    /** The number of the submission's response rows of the scale with this code. */
    public static String rows(int scale) {
        return "rows_" + scale;
    }

    /** The number of the scale's items the submission answered (a score that is not null). */
    public static String answered(int scale) {
        return "answered_" + scale;
    }

    /** The sum of the scores of the scale's answered items (null when none). */
    public static String sum(int scale) {
        return "sum_" + scale;
    }
}
