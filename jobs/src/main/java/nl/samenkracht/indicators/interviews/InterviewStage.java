package nl.samenkracht.indicators.interviews;

import nl.samenkracht.config.InterviewConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.coverage.EvidenceRule;
import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.coverage.EvidenceWaves;
import nl.samenkracht.canonical.CanonicalTable;
import nl.samenkracht.privacy.Pseudonymizer;
import nl.samenkracht.report.model.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.*;

/**
 * Interviews: reads the coded-segment exports, pseudonymises respondents (prefix "i"), and
 * computes in Spark per school year × wave × role × code — at every level of the code tree, so
 * {@code Behoeften} counts the segments of {@code Behoeften\Houvast} too — the segments, the
 * respondents mentioning the code and their share of the respondents interviewed; code
 * co-occurrence; deterministic example passages; and the interview_code evidence for coverage.
 *
 * <p><b>Share.</b> respondents mentioning the code ÷ respondents interviewed in the same school
 * year × wave × location/role, where "interviewed" means: with at least one accepted coded
 * segment there (an export does not list interviews without codes). A code never mentioned in a
 * wave counts 0 there, not "no data": every code seen anywhere in the study gets a row for every
 * school year × wave × group with interviews.
 *
 * <p><b>Evidence.</b> kind {@code interview_code}, ref {@code code:<path joined with \>}, per school
 * year × location (and "Alle locaties"), all roles together, value = share in the wave chosen by
 * {@link EvidenceWaves}, n = respondents interviewed. Segments of an unknown location count in
 * "Alle locaties" only.
 */
public final class InterviewStage {
    /** data/interview_segments: one row per (passage, code). */
    public static final StructType SEGMENTS = CanonicalTable.INTERVIEW_SEGMENTS.schema();

    public static final String ALL_ROLES = "Alle rollen";
    public static final int EXAMPLES_PER_CODE = 3;

    private static final String CODES_SQL = """
            WITH denominators AS (
              SELECT school_year, wave,
                     CASE WHEN grouping(location) = 1 THEN '%1$s' ELSE location END AS location,
                     CASE WHEN grouping(role) = 1 THEN '%2$s' ELSE role END AS role,
                     count(DISTINCT respondent) AS interviewed
              FROM sk_iv_segments
              GROUP BY school_year, wave, GROUPING SETS ((location), (role), ())
            ), counts AS (
              SELECT school_year, wave,
                     CASE WHEN grouping(location) = 1 THEN '%1$s' ELSE location END AS location,
                     CASE WHEN grouping(role) = 1 THEN '%2$s' ELSE role END AS role,
                     level, code, count(*) AS segments, count(DISTINCT respondent) AS respondents
              FROM sk_iv_levels
              GROUP BY school_year, wave, level, code, GROUPING SETS ((location), (role), ())
            ), codes AS (
              SELECT DISTINCT level, code FROM sk_iv_levels
            )
            SELECT d.school_year, d.wave, d.location, d.role, c.level, c.code,
                   coalesce(k.segments, 0) AS segments, coalesce(k.respondents, 0) AS respondents,
                   d.interviewed, coalesce(k.respondents, 0) / d.interviewed AS share
            FROM denominators d CROSS JOIN codes c
            LEFT JOIN counts k ON k.school_year = d.school_year AND k.wave = d.wave AND k.location = d.location
                               AND k.role = d.role AND k.level = c.level AND k.code = c.code
            """;

    private static final String COOCCURRENCE_SQL = """
            WITH passages AS (SELECT DISTINCT school_year, wave, file, respondent, text, code FROM sk_iv_segments),
            people AS (SELECT DISTINCT school_year, wave, respondent, code FROM sk_iv_segments),
            by_segment AS (
              SELECT a.school_year, a.wave, a.code AS code_a, b.code AS code_b, count(*) AS same_segment
              FROM passages a JOIN passages b ON a.school_year = b.school_year AND a.wave = b.wave AND a.file = b.file
                AND a.respondent = b.respondent AND a.text = b.text AND a.code < b.code
              GROUP BY a.school_year, a.wave, a.code, b.code
            ), by_respondent AS (
              SELECT a.school_year, a.wave, a.code AS code_a, b.code AS code_b, count(*) AS same_respondent
              FROM people a JOIN people b ON a.school_year = b.school_year AND a.wave = b.wave
                AND a.respondent = b.respondent AND a.code < b.code
              GROUP BY a.school_year, a.wave, a.code, b.code
            )
            SELECT r.school_year, r.wave, r.code_a, r.code_b, coalesce(s.same_segment, 0) AS same_segment, r.same_respondent
            FROM by_respondent r LEFT JOIN by_segment s ON s.school_year = r.school_year AND s.wave = r.wave
              AND s.code_a = r.code_a AND s.code_b = r.code_b
            """;

    private InterviewStage() {}

    /** Checks the interviews section and that its files exist, without reading them (for {@code validate}). */
    public static void validate(Study study, List<InterviewConfig> interviews) {
        InterviewConfigs.validate(study, interviews);
        for (InterviewConfig c : interviews)
            nl.samenkracht.ingest.InputFiles.resolve(study, "interviews '" + c.id() + "'", c.files());
    }

    public static InterviewResults run(SparkSession spark, Study study, List<InterviewConfig> interviews, EvidenceWaves waves,
                                       Pseudonymizer pseudonymizer) {
        return run(spark, study, interviews, waves, pseudonymizer, nl.samenkracht.privacy.FreeTextMask.NONE);
    }

    /** @param mask applied to every passage before it reaches a table, an example or Parquet */
    public static InterviewResults run(SparkSession spark, Study study, List<InterviewConfig> interviews, EvidenceWaves waves,
                                       Pseudonymizer pseudonymizer, nl.samenkracht.privacy.FreeTextMask mask) {
        InterviewIngest.Ingested in = InterviewIngest.read(study, interviews, pseudonymizer);
        boolean freeText = study.config().privacy().includeFreeText();
        Dataset<Row> rejects = spark.createDataFrame(in.rejects(), CanonicalTable.REJECTS.schema());
        if (interviews.isEmpty()) {
            // No interviews: empty results without running a Spark job.
            return new InterviewResults(Tables.fromRows("interview_codes", CODES, List.of()),
                    Tables.fromRows("interview_cooccurrence", COOCCURRENCE, List.of()),
                    Tables.fromRows("interview_examples", EXAMPLES, List.of()), List.of(),
                    spark.createDataFrame(List.of(), SEGMENTS), rejects, List.of(), List.of(), List.of());
        }
        // Masked before anything is computed: two passages that differ only in a masked e-mail address
        // then count as one passage in the co-occurrence (same respondent, same code: no effect on shares).
        List<Row> segmentRows = nl.samenkracht.privacy.FreeTextMasks.maskRows(in.segments(), SEGMENTS.fieldIndex("text"), mask);
        Dataset<Row> all = spark.createDataFrame(segmentRows, SEGMENTS).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            all.createOrReplaceTempView("sk_iv_segments");
            levels(all).createOrReplaceTempView("sk_iv_levels");
            List<Row> grid = spark.sql(CODES_SQL.formatted(EvidenceValue.ALL_LOCATIONS, ALL_ROLES)).collectAsList();
            Table codes = codesTable(grid, waves);
            List<EvidenceValue> evidence = evidence(grid, waves);
            Dataset<Row> co = spark.sql(COOCCURRENCE_SQL);
            Table cooccurrence = Tables.fromRows("interview_cooccurrence", co.schema(),
                    sortRows(co.collectAsList(), waves, 0, 1, 2, 3));
            Table examples = examples(all, freeText, waves);
            Dataset<Row> segments = freeText ? all : all.withColumn("text", lit(null).cast(DataTypes.StringType));
            List<String> methods = InterviewMethods.paragraphs(in, freeText, waves);
            return new InterviewResults(codes, cooccurrence, examples, in.accounts(), segments, rejects, evidence,
                    in.sources(), methods);
        } finally {
            spark.catalog().dropTempView("sk_iv_segments");
            spark.catalog().dropTempView("sk_iv_levels");
        }
    }

    /** One row per segment × level of its code path: level 1 = the top code, … , the last level = the full code. */
    static Dataset<Row> levels(Dataset<Row> segments) {
        Column perLevel = transform(sequence(lit(1), size(col("code_path"))),
                i -> struct(i.as("level"), array_join(slice(col("code_path"), lit(1), i), "\\").as("code")));
        return segments.select(col("school_year"), col("wave"), col("location"), col("role"), col("respondent"),
                        explode(perLevel).as("lv"))
                .select(col("school_year"), col("wave"), col("location"), col("role"), col("respondent"),
                        col("lv.level").as("level"), col("lv.code").as("code"));
    }

    private static final StructType CODES = new StructType()
            .add("school_year", DataTypes.StringType).add("wave", DataTypes.StringType).add("role", DataTypes.StringType)
            .add("level", DataTypes.IntegerType).add("code", DataTypes.StringType).add("segments", DataTypes.LongType)
            .add("respondents", DataTypes.LongType).add("interviewed", DataTypes.LongType).add("share", DataTypes.DoubleType);

    /** The grid at "Alle locaties": per school year × wave × role (with "Alle rollen") × code. */
    private static Table codesTable(List<Row> grid, EvidenceWaves waves) {
        List<Row> rows = new ArrayList<>();
        for (Row r : grid) {
            if (!EvidenceValue.ALL_LOCATIONS.equals(r.getString(2))) continue;
            rows.add(org.apache.spark.sql.RowFactory.create(r.getString(0), r.getString(1), r.getString(3), r.getInt(4),
                    r.getString(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getDouble(9)));
        }
        // Readers compare a code's waves side by side: year, role ("Alle rollen" first), code, wave (pre, post).
        Comparator<Row> order = Comparator.<Row, String>comparing(r -> r.getString(0))
                .thenComparing(r -> ALL_ROLES.equals(r.getString(2)) ? "" : r.getString(2))
                .thenComparing(r -> r.getString(4))
                .thenComparing(r -> waveRank(r.getString(1), waves));
        rows.sort(order);
        return Tables.fromRows("interview_codes", CODES, rows);
    }

    /** interview_code evidence: all roles, every location and "Alle locaties", the evidence wave of each school year. */
    private static List<EvidenceValue> evidence(List<Row> grid, EvidenceWaves waves) {
        Map<String, Set<String>> wavesByYear = new HashMap<>();
        for (Row r : grid) wavesByYear.computeIfAbsent(r.getString(0), y -> new HashSet<>()).add(r.getString(1));
        List<EvidenceValue> out = new ArrayList<>();
        for (Row r : grid) {
            String year = r.getString(0);
            String location = r.getString(2);
            if (!ALL_ROLES.equals(r.getString(3)) || InterviewIngest.UNKNOWN_LOCATION.equals(location)) continue;
            if (!r.getString(1).equals(waves.choose(wavesByYear.get(year)))) continue;
            out.add(new EvidenceValue(EvidenceRule.INTERVIEW_CODE, "code:" + r.getString(5), year, location,
                    r.getDouble(9), (int) r.getLong(8)));
        }
        out.sort(Comparator.comparing(EvidenceValue::ref).thenComparing(EvidenceValue::schoolYear)
                .thenComparing(EvidenceValue::location));
        return out;
    }

    private static final StructType COOCCURRENCE = new StructType()
            .add("school_year", DataTypes.StringType).add("wave", DataTypes.StringType).add("code_a", DataTypes.StringType)
            .add("code_b", DataTypes.StringType).add("same_segment", DataTypes.LongType).add("same_respondent", DataTypes.LongType);

    private static final StructType EXAMPLES = new StructType()
            .add("school_year", DataTypes.StringType).add("wave", DataTypes.StringType).add("code", DataTypes.StringType)
            .add("respondent", DataTypes.StringType).add("location", DataTypes.StringType).add("role", DataTypes.StringType)
            .add("text", DataTypes.StringType).add("file", DataTypes.StringType).add("row", DataTypes.IntegerType);

    /**
     * At most {@link #EXAMPLES_PER_CODE} passages per school year × wave × full code. Deterministic and
     * spread over people: each respondent's own passages are ranked by a fixed hash (xxhash64 of file,
     * row and text, seed 42 in every Spark version), then the respondents' first passages come before
     * any second one, again in hash order. Re-running on the same files picks the same passages.
     */
    private static Table examples(Dataset<Row> segments, boolean freeText, EvidenceWaves waves) {
        if (!freeText) return Tables.fromRows("interview_examples", EXAMPLES, List.of());
        Column hash = xxhash64(col("file"), col("row"), col("text"));
        Dataset<Row> ranked = segments
                .withColumn("h", hash)
                .withColumn("own_rank", row_number().over(Window.partitionBy("school_year", "wave", "code", "respondent")
                        .orderBy(col("h"), col("file"), col("row"))))
                .withColumn("pick", row_number().over(Window.partitionBy("school_year", "wave", "code")
                        .orderBy(col("own_rank"), col("h"), col("file"), col("row"))))
                .filter(col("pick").leq(EXAMPLES_PER_CODE))
                .select(col("school_year"), col("wave"), col("code"), col("respondent"), col("location"), col("role"),
                        col("text"), col("file"), col("row"), col("pick"));
        List<Row> rows = new ArrayList<>(ranked.collectAsList());
        rows.sort(Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparing(r -> r.getString(2))
                .thenComparing(r -> waveRank(r.getString(1), waves)).thenComparing(r -> r.getInt(9)));
        List<Row> out = new ArrayList<>();
        for (Row r : rows)
            out.add(org.apache.spark.sql.RowFactory.create(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getInt(8)));
        return Tables.fromRows("interview_examples", EXAMPLES, out);
    }

    /** Sorts by the given string columns, a wave column compared pre < post < others. */
    private static List<Row> sortRows(List<Row> rows, EvidenceWaves waves, int yearCol, int waveCol, int... others) {
        List<Row> out = new ArrayList<>(rows);
        Comparator<Row> order = Comparator.<Row, String>comparing(r -> r.getString(yearCol))
                .thenComparing(r -> waveRank(r.getString(waveCol), waves));
        for (int c : others) order = order.thenComparing(r -> r.getString(c));
        out.sort(order);
        return out;
    }

    /** "0…" for the pre wave, "1…" for the post wave, "2<name>" for others: sorts pre, post, the rest by name. */
    static String waveRank(String wave, EvidenceWaves waves) {
        if (wave.equals(waves.preWave())) return "0";
        if (wave.equals(waves.postWave())) return "1";
        return "2" + wave.toLowerCase(Locale.ROOT);
    }
}
