package nl.samenkracht.indicators.interviews;

import nl.samenkracht.ingest.interviews.InterviewIngest;
import nl.samenkracht.ingest.interviews.InterviewConfigs;
import nl.samenkracht.config.InterviewConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.coverage.EvidenceRule;
import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.coverage.EvidenceWaves;
import nl.samenkracht.canonical.CanonicalTable;
import nl.samenkracht.indicators.FusedCollect;
import nl.samenkracht.privacy.FreeTextMask;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import scala.jdk.javaapi.CollectionConverters;

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

    private InterviewStage() {}

    /** Checks the interviews section and that its files exist, without reading them (for {@code validate}). */
    public static void validate(Study study, List<InterviewConfig> interviews) {
        InterviewConfigs.validate(study, interviews);
        for (InterviewConfig c : interviews)
            nl.samenkracht.ingest.InputFiles.resolve(study, "interviews '" + c.id() + "'", c.files());
    }

    /**
     * Reads every interview export as a run would, on the driver and without Spark (the readers never
     * needed it), for {@code validate}: the row accounting per file. Identifiers are hashed with a
     * throwaway key and nothing is kept.
     */
    public static Checked check(Study study, List<InterviewConfig> interviews) {
        Pseudonymizer throwaway = new Pseudonymizer(new java.security.SecureRandom().generateSeed(32));
        InterviewIngest.Ingested in = InterviewIngest.read(study, interviews, throwaway, InterviewIngest.SegmentSink.DISCARD);
        List<RejectedRow> rejected = new ArrayList<>();
        for (Row r : in.rejects()) rejected.add(new RejectedRow(r.getString(1), r.getInt(2), nl.samenkracht.canonical.RejectReason.of(r.getString(4)), r.getString(5)));
        Map<String, String> layouts = new java.util.LinkedHashMap<>();
        for (nl.samenkracht.ingest.survey.SourceFile f : in.sources()) layouts.put(f.file(), f.layout());
        return new Checked(in.accounts(), rejected, layouts);
    }

    /** What {@link #check} found: the accounting per file, each rejected row (no cell contents), each file's layout as a run names it. */
    public record Checked(List<nl.samenkracht.ingest.RowAccount> accounts, List<RejectedRow> rejects, Map<String, String> layouts) {}

    /** A rejected segment: file, row, reason and column. */
    public record RejectedRow(String file, int row, nl.samenkracht.canonical.RejectReason reason, String column) {}

    public static InterviewResults run(SparkSession spark, Study study, List<InterviewConfig> interviews, EvidenceWaves waves,
                                       Pseudonymizer pseudonymizer) {
        return run(spark, study, interviews, waves, pseudonymizer, nl.samenkracht.privacy.FreeTextMask.NONE);
    }

    /** As {@link #run(SparkSession, Study, List, EvidenceWaves, Pseudonymizer, FreeTextMask, Path)} with a work folder removed at exit. */
    public static InterviewResults run(SparkSession spark, Study study, List<InterviewConfig> interviews, EvidenceWaves waves,
                                       Pseudonymizer pseudonymizer, FreeTextMask mask) {
        Path work;
        try {
            work = Files.createTempDirectory("samenkracht-interviews-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        work.toFile().deleteOnExit();
        return run(spark, study, interviews, waves, pseudonymizer, mask, work);
    }

    /**
     * @param mask applied to every passage before it reaches a table, an example or Parquet
     * @param work a folder that lives as long as the results' {@code segments} are used (the run's work folder):
     *             the segments are read from a file there ({@link SegmentSpill})
     */
    public static InterviewResults run(SparkSession spark, Study study, List<InterviewConfig> interviews, EvidenceWaves waves,
                                       Pseudonymizer pseudonymizer, FreeTextMask mask, Path work) {
        return run(spark, study, interviews, waves, pseudonymizer, mask, work, null);
    }

    /** @param rowsRead the run's count of rows read (the progress line): each file's rows when it has been read; or null */
    public static InterviewResults run(SparkSession spark, Study study, List<InterviewConfig> interviews, EvidenceWaves waves,
                                       Pseudonymizer pseudonymizer, FreeTextMask mask, Path work,
                                       nl.samenkracht.ingest.frontend.RowsRead rowsRead) {
        boolean freeText = study.config().privacy().includeFreeText();
        if (interviews.isEmpty()) {
            // No interviews: empty results without running a Spark job.
            return new InterviewResults(List.of(), List.of(), List.of(), List.of(),
                    spark.createDataFrame(List.of(), SEGMENTS), spark.createDataFrame(List.of(), CanonicalTable.REJECTS.schema()),
                    List.of(), List.of(), InterviewReading.NONE);
        }
        // Masked before anything is computed: two passages that differ only in a masked e-mail address
        // then count as one passage in the co-occurrence (same respondent, same code: no effect on shares).
        InterviewIngest.Ingested in;
        SegmentSpill spill = new SegmentSpill(work, mask);
        try (spill) {
            in = InterviewIngest.read(study, interviews, pseudonymizer, spill, rowsRead);
        }
        Dataset<Row> rejects = spark.createDataFrame(in.rejects(), CanonicalTable.REJECTS.schema());
        Dataset<Row> all = CanonicalTable.INTERVIEW_SEGMENTS.require(spill.read(spark), "interviews")
                .persist(StorageLevel.MEMORY_AND_DISK());
        // The code grid, the co-occurrences and the examples in one Spark action.
        FusedCollect fused = new FusedCollect();
        FusedCollect.Part gridPart = fused.add(codeGrid(all, levels(all)));
        FusedCollect.Part coPart = fused.add(cooccurrence(all));
        FusedCollect.Part examplesPart = freeText ? fused.add(examples(all)) : null;
        fused.collect();
        List<Row> grid = gridPart.rows();
        List<CodeCount> codes = codeCounts(grid, waves);
        List<EvidenceValue> evidence = evidence(grid, waves);
        List<CodePair> cooccurrence = new ArrayList<>();
        for (Row r : sortRows(coPart.rows(), waves, 0, 1, 2, 3))
            cooccurrence.add(new CodePair(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5)));
        List<InterviewExample> examples = examplesOf(examplesPart == null ? List.of() : examplesPart.rows(), waves);
        Dataset<Row> segments = freeText ? all : all.withColumn("text", lit(null).cast(DataTypes.StringType));
        return new InterviewResults(codes, cooccurrence, examples, in.accounts(), segments, rejects, evidence,
                in.sources(), InterviewReading.of(in, freeText));
    }

    /**
     * Per school year × wave × location (and "Alle locaties") × role (and "Alle rollen") × code at
     * every level: segments, respondents mentioning the code, respondents interviewed there, and
     * their share; a code not mentioned in a group counts 0 there. Columns: school_year, wave,
     * location, role, level, code, segments, respondents, interviewed, share.
     */
    static Dataset<Row> codeGrid(Dataset<Row> segments, Dataset<Row> levels) {
        Dataset<Row> denominators = labelled(segments.groupingSets(sets(List.of("school_year", "wave")),
                        col("school_year"), col("wave"), col("location"), col("role"))
                .agg(grouping("location").as("g_loc"), grouping("role").as("g_role"),
                        countDistinct(col("respondent")).as("interviewed")))
                .select(col("school_year"), col("wave"), col("location"), col("role"), col("interviewed"));
        Dataset<Row> counts = labelled(levels.groupingSets(sets(List.of("school_year", "wave", "level", "code")),
                        col("school_year"), col("wave"), col("level"), col("code"), col("location"), col("role"))
                .agg(grouping("location").as("g_loc"), grouping("role").as("g_role"), count(lit(1)).as("segments"),
                        countDistinct(col("respondent")).as("respondents")))
                .select(col("school_year").as("k_school_year"), col("wave").as("k_wave"), col("location").as("k_location"),
                        col("role").as("k_role"), col("level").as("k_level"), col("code").as("k_code"), col("segments"),
                        col("respondents"));
        Dataset<Row> codes = levels.select(col("level").as("c_level"), col("code").as("c_code")).distinct();
        Column respondents = coalesce(col("respondents"), lit(0L));
        return denominators.crossJoin(codes)
                .join(counts, col("k_school_year").equalTo(col("school_year")).and(col("k_wave").equalTo(col("wave")))
                        .and(col("k_location").equalTo(col("location"))).and(col("k_role").equalTo(col("role")))
                        .and(col("k_level").equalTo(col("c_level"))).and(col("k_code").equalTo(col("c_code"))), "left")
                .select(col("school_year"), col("wave"), col("location"), col("role"), col("c_level").as("level"),
                        col("c_code").as("code"), coalesce(col("segments"), lit(0L)).as("segments"),
                        respondents.as("respondents"), col("interviewed"), respondents.divide(col("interviewed")).as("share"));
    }

    /** GROUP BY always, GROUPING SETS ((location), (role), ()). */
    private static scala.collection.immutable.Seq<scala.collection.immutable.Seq<Column>> sets(List<String> always) {
        List<scala.collection.immutable.Seq<Column>> out = new ArrayList<>();
        for (List<String> extra : List.of(List.of("location"), List.of("role"), List.<String>of())) {
            List<Column> cs = new ArrayList<>();
            for (String c : always) cs.add(col(c));
            for (String c : extra) cs.add(col(c));
            out.add(CollectionConverters.asScala(cs).toList());
        }
        return CollectionConverters.asScala(out).toList();
    }

    /** The totals' labels: "Alle locaties" where location was aggregated away, "Alle rollen" for role. */
    private static Dataset<Row> labelled(Dataset<Row> grouped) {
        return grouped.withColumn("location", when(col("g_loc").equalTo(1), lit(EvidenceValue.ALL_LOCATIONS))
                        .otherwise(col("location")))
                .withColumn("role", when(col("g_role").equalTo(1), lit(ALL_ROLES)).otherwise(col("role")));
    }

    /**
     * Pairs of (full) codes per school year × wave: passages carrying both (same file, respondent
     * and text) and respondents mentioning both. Columns: school_year, wave, code_a, code_b,
     * same_segment, same_respondent.
     */
    static Dataset<Row> cooccurrence(Dataset<Row> segments) {
        Dataset<Row> passages = segments.select("school_year", "wave", "file", "respondent", "text", "code").distinct();
        Dataset<Row> people = segments.select("school_year", "wave", "respondent", "code").distinct();
        Dataset<Row> a = passages.alias("a");
        Dataset<Row> b = passages.alias("b");
        Dataset<Row> bySegment = a.join(b, col("a.school_year").equalTo(col("b.school_year"))
                        .and(col("a.wave").equalTo(col("b.wave"))).and(col("a.file").equalTo(col("b.file")))
                        .and(col("a.respondent").equalTo(col("b.respondent"))).and(col("a.text").equalTo(col("b.text")))
                        .and(col("a.code").lt(col("b.code"))))
                .groupBy(col("a.school_year").as("s_school_year"), col("a.wave").as("s_wave"), col("a.code").as("s_code_a"),
                        col("b.code").as("s_code_b"))
                .agg(count(lit(1)).as("same_segment"));
        Dataset<Row> pa = people.alias("pa");
        Dataset<Row> pb = people.alias("pb");
        Dataset<Row> byRespondent = pa.join(pb, col("pa.school_year").equalTo(col("pb.school_year"))
                        .and(col("pa.wave").equalTo(col("pb.wave"))).and(col("pa.respondent").equalTo(col("pb.respondent")))
                        .and(col("pa.code").lt(col("pb.code"))))
                .groupBy(col("pa.school_year").as("school_year"), col("pa.wave").as("wave"), col("pa.code").as("code_a"),
                        col("pb.code").as("code_b"))
                .agg(count(lit(1)).as("same_respondent"));
        return byRespondent.join(bySegment, col("s_school_year").equalTo(col("school_year"))
                        .and(col("s_wave").equalTo(col("wave"))).and(col("s_code_a").equalTo(col("code_a")))
                        .and(col("s_code_b").equalTo(col("code_b"))), "left")
                .select(col("school_year"), col("wave"), col("code_a"), col("code_b"),
                        coalesce(col("same_segment"), lit(0L)).as("same_segment"), col("same_respondent"));
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

    /** The grid at "Alle locaties": per school year × wave × role (with "Alle rollen") × code. */
    private static List<CodeCount> codeCounts(List<Row> grid, EvidenceWaves waves) {
        List<CodeCount> rows = new ArrayList<>();
        for (Row r : grid) {
            if (!EvidenceValue.ALL_LOCATIONS.equals(r.getString(2))) continue;
            rows.add(new CodeCount(r.getString(0), r.getString(1), r.getString(3), r.getInt(4), r.getString(5), r.getLong(6),
                    r.getLong(7), r.getLong(8), r.getDouble(9)));
        }
        // Readers compare a code's waves side by side: year, role ("Alle rollen" first), code, wave (pre, post).
        Comparator<CodeCount> order = Comparator.comparing(CodeCount::schoolYear)
                .thenComparing(r -> ALL_ROLES.equals(r.role()) ? "" : r.role())
                .thenComparing(CodeCount::code)
                .thenComparing(r -> waveRank(r.wave(), waves));
        rows.sort(order);
        return rows;
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

    /**
     * At most {@link #EXAMPLES_PER_CODE} passages per school year × wave × full code. Deterministic and
     * spread over people: each respondent's own passages are ranked by a fixed hash (xxhash64 of file,
     * row and text, seed 42 in every Spark version), then the respondents' first passages come before
     * any second one, again in hash order. Re-running on the same files picks the same passages.
     */
    static Dataset<Row> examples(Dataset<Row> segments) {
        Column hash = xxhash64(col("file"), col("row"), col("text"));
        return segments
                .withColumn("h", hash)
                .withColumn("own_rank", row_number().over(Window.partitionBy("school_year", "wave", "code", "respondent")
                        .orderBy(col("h"), col("file"), col("row"))))
                .withColumn("pick", row_number().over(Window.partitionBy("school_year", "wave", "code")
                        .orderBy(col("own_rank"), col("h"), col("file"), col("row"))))
                .filter(col("pick").leq(EXAMPLES_PER_CODE))
                .select(col("school_year"), col("wave"), col("code"), col("respondent"), col("location"), col("role"),
                        col("text"), col("file"), col("row"), col("pick"));
    }

    /** The collected rows of {@link #examples} in table order. */
    private static List<InterviewExample> examplesOf(List<Row> collected, EvidenceWaves waves) {
        List<Row> rows = new ArrayList<>(collected);
        rows.sort(Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparing(r -> r.getString(2))
                .thenComparing(r -> waveRank(r.getString(1), waves)).thenComparing(r -> r.getInt(9)));
        List<InterviewExample> out = new ArrayList<>();
        for (Row r : rows)
            out.add(new InterviewExample(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getInt(8)));
        return out;
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
