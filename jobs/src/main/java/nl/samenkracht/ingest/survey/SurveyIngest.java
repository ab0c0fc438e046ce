package nl.samenkracht.ingest.survey;

import nl.samenkracht.config.Study;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.ingest.InputFiles;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.*;

/**
 * Reads every survey file of a study, keeps one submission per respondent × instrument ×
 * school year × wave (the latest; earlier ones are rejected as duplicates, with their rows named),
 * and lays the answers out long: one row per submission × item.
 */
public final class SurveyIngest {
    public static final String[] RESPONSE_COLUMNS = {"instrument", "survey", "school_year", "wave", "location", "grp",
            "respondent", "anonymous", "item", "scale", "value", "score", "missing_label", "file", "row"};

    private final SparkSession spark;
    private final Study study;
    private final SurveyFileReader reader;

    public SurveyIngest(SparkSession spark, Study study, Map<String, AnswerScale> scales, Pseudonymizer pseudonymizer,
                        Path workDir, List<String> knownLocations) {
        this.spark = spark;
        this.study = study;
        this.reader = new SurveyFileReader(spark, study, scales, pseudonymizer, workDir, knownLocations);
    }

    /** Files resolved and headers checked for every survey, without computing anything (for validate). */
    public List<SurveyFileReader.Result> open() {
        List<SurveyFileReader.Result> results = new ArrayList<>();
        for (SurveyConfig s : study.config().surveys()) {
            for (Path f : InputFiles.resolve(study, "survey '" + s.id() + "'", s.files())) results.add(reader.read(s, f));
        }
        return results;
    }

    public SurveyData ingest() {
        List<SurveyFileReader.Result> files = open();
        // A study without surveys (contacts or interviews only) runs the same steps on an empty
        // stream, so every later stage gets typed, empty tables instead of a special case.
        Dataset<Row> all = files.isEmpty()
                ? spark.createDataFrame(java.util.List.<Row>of(), nl.samenkracht.model.Schemas.INTERPRETED) : null;
        for (SurveyFileReader.Result r : files) all = all == null ? r.rows() : all.unionByName(r.rows());
        // The latest submission counts; ties (no timestamps) go to the later file and row.
        WindowSpec perPerson = Window.partitionBy("instrument", "school_year", "wave", "respondent")
                .orderBy(col("submitted_at").desc_nulls_last(), col("file").desc(), col("row").desc());
        Dataset<Row> marked = all.withColumn("kind",
                        when(col("kind").equalTo("submission").and(row_number().over(perPerson).gt(1)), lit("duplicate"))
                                .otherwise(col("kind")))
                .persist(StorageLevel.MEMORY_AND_DISK());

        List<RowAccount> accounts = account(marked, files);
        Dataset<Row> submissions = marked.filter(col("kind").equalTo("submission"));
        Dataset<Row> exploded = submissions
                .select(col("instrument"), col("survey"), col("school_year"), col("wave"), col("location"), col("grp"),
                        col("respondent"), col("anonymous"), col("file"), col("row"), explode(col("answers")).as("a"));
        Dataset<Row> responses = exploded.filter(col("a.text").isNull())
                .select(col("instrument"), col("survey"), col("school_year"), col("wave"), col("location"), col("grp"),
                        col("respondent"), col("anonymous"), col("a.item").as("item"), col("a.scale").as("scale"),
                        col("a.value").as("value"), col("a.score").as("score"), col("a.missing_label").as("missing_label"),
                        col("file"), col("row"));
        Dataset<Row> open = exploded.filter(col("a.text").isNotNull())
                .select(col("instrument"), col("school_year"), col("wave"), col("location"), col("grp"),
                        col("respondent"), col("a.item").as("item"), col("a.text").as("text"), col("file"), col("row"));
        Dataset<Row> rejects = marked.filter(col("kind").notEqual("submission"))
                .select(lit("surveys").as("source"), col("file"), col("row"),
                        when(col("kind").equalTo("issue"), lit("cell")).otherwise(lit("row")).as("level"),
                        when(col("kind").equalTo("duplicate"), lit("dubbele inzending")).otherwise(col("reason")).as("reason"),
                        col("column"),
                        when(col("kind").equalTo("duplicate"),
                                lit("respondent zat al in deze meting; de laatste inzending telt"))
                                .otherwise(col("detail")).as("detail"),
                        col("school_year"));
        List<SourceFile> sources = files.stream().map(SurveyFileReader.Result::source).toList();
        return new SurveyData(responses, open, rejects, accounts, sources);
    }

    /** One small aggregation over all files: counts per file × kind × reason. */
    private List<RowAccount> account(Dataset<Row> marked, List<SurveyFileReader.Result> files) {
        List<Row> counts = marked.groupBy("file", "kind", "reason").count().collectAsList();
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, Map<String, Long>> reasons = new HashMap<>();
        for (SurveyFileReader.Result r : files) {
            totals.put(r.source().file(), new long[3]);
            reasons.put(r.source().file(), new LinkedHashMap<>());
        }
        for (Row c : counts) {
            String file = c.getString(0);
            String kind = c.getString(1);
            String reason = kind.equals("duplicate") ? "dubbele inzending" : c.getString(2);
            long n = c.getLong(3);
            long[] t = totals.get(file);
            switch (kind) {
                case "submission" -> t[0] += n;
                case "issue" -> t[2] += n;
                default -> {
                    t[1] += n;
                    reasons.get(file).merge(reason, n, Long::sum);
                }
            }
        }
        List<RowAccount> out = new ArrayList<>();
        totals.forEach((file, t) -> out.add(new RowAccount("surveys", file, t[0] + t[1], t[0], t[1], reasons.get(file), t[2])));
        return out;
    }
}
