package nl.samenkracht.indicators.stats;

import nl.samenkracht.canonical.KeyCodes;
import nl.samenkracht.indicators.Submissions;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.statistics.Holm;
import nl.samenkracht.statistics.NaReason;
import nl.samenkracht.statistics.Quantiles;
import nl.samenkracht.statistics.RankSumResult;
import nl.samenkracht.statistics.RankSumTest;
import nl.samenkracht.statistics.RankTestOptions;
import nl.samenkracht.statistics.SignedRankResult;
import nl.samenkracht.statistics.SignedRankTest;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Pre/post comparison per instrument × school year × subset (all respondents, and each group)
 * × scale or item.
 *
 * <p>Respondents are linked by pseudonym between the pre and the post wave of the same instrument
 * and school year. With at least 2 linked pairs the design is paired (Wilcoxon signed-rank on the
 * pairs, x = post, y = pre); otherwise independent (Mann-Whitney U on every score of each wave,
 * x = post, y = pre). n, medians and means describe the data that was tested: the pairs in the
 * paired design, all scores of each wave in the independent design; respondents left out of a
 * paired test are counted in n_unlinked.
 *
 * <p>Spark ships counts, not respondents: per cell the count of each score in each wave and the
 * count of each (post, pre) combination of the linked pairs.
 */
final class PrePostAnalysis {
    /** One linked respondent's post (x) and pre (y) score. */
    record Pair(double x, double y) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = Double.compare(x, o.x);
            return c != 0 ? c : Double.compare(y, o.y);
        }
    }

    /** What Spark sent for one key. */
    static final class Sample {
        final ValueCounts pre = new ValueCounts();
        final ValueCounts post = new ValueCounts();
        long anonymousPre;
        long anonymousPost;
        /** (post, pre) → count of linked respondents; sorted, so every run sums in the same order. */
        final Map<Pair, Long> pairs = new TreeMap<>();

        long linked() {
            return pairs.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private PrePostAnalysis() {}

    /**
     * The counts of the pre/post comparison as a Dataset: keys, kind (pre | post | pair), x, y, n, n_anonymous.
     * The scores per wave are counted from the long measurements; the pairs come from the one aggregation per
     * respondent ({@link Submissions}).
     */
    static Dataset<Row> counts(Dataset<Row> measurements, Submissions submissions, Codebook codebook, double minAnsweredShare,
                               String preWave, String postWave) {
        Column[] keys = {col("instrument"), col("school_year"), col("subset"), col("level"), col("measure")};
        // Waves and subsets as codes (canonical.KeyCodes): a wave the data does not have is code -1, which
        // no row has; subset 0 is every respondent, subset g + 1 the group with code g.
        KeyCodes codes = KeyCodes.of(measurements);
        int pre = codes.code(KeyCodes.Key.WAVE, preWave), post = codes.code(KeyCodes.Key.WAVE, postWave);
        Dataset<Row> m = measurements.filter(col("wave").isin(pre, post))
                .withColumn("subset", explode(when(col("grp").isNotNull(), array(lit(0), col("grp").plus(1)))
                        .otherwise(array(lit(0)))));
        Dataset<Row> singles = m.groupBy(with(keys, col("wave"), col("x")))
                .agg(count(lit(1)).as("n"), sum(when(col("anonymous"), 1L).otherwise(0L)).as("n_anonymous"))
                .select(with(keys, when(col("wave").equalTo(pre), lit("pre")).otherwise(lit("post")).as("kind"),
                        col("x"), lit(null).cast("double").as("y"), col("n"), col("n_anonymous")));
        Dataset<Row> pairs = pairs(submissions, codebook, minAnsweredShare, pre, post)
                .groupBy(with(keys, col("x"), col("y"))).agg(count(lit(1)).as("n"))
                .select(with(keys, lit("pair").as("kind"), col("x"), col("y"), col("n"), lit(0L).as("n_anonymous")));
        return KeyCodes.labelled(KeyCodes.labelled(singles.unionByName(pairs), "subset", subsetLabels(codes)),
                "measure", Measurements.measureLabelsOf(measurements));
    }

    /**
     * One row per linked pair and measure: instrument, school_year, subset, level, measure (coded as in
     * {@link Measurements}), x (post) and y (pre). Without a join: the submissions of a named respondent in
     * the pre and the post wave of an instrument and school year are one group (a respondent has at most
     * one submission per wave after ingest), a hash aggregation of one row per submission. A pair counts
     * for every respondent, and for a group when the respondent is in that group in both waves.
     */
    static Dataset<Row> pairs(Submissions submissions, Codebook codebook, double minAnsweredShare, int pre, int post) {
        KeyCodes keys = submissions.keys();
        int scaleCount = keys.labels(KeyCodes.Key.SCALE).size();
        // measure column name -> its expression in a submission row, per instrument
        java.util.Map<Integer, java.util.Map<String, Column>> byInstrument = new java.util.TreeMap<>();
        for (Codebook.Scale s : codebook.scales()) {
            int instrument = keys.code(KeyCodes.Key.INSTRUMENT, s.instrument()), scale = keys.code(KeyCodes.Key.SCALE, s.id());
            if (instrument < 0 || scale < 0) continue;
            byInstrument.computeIfAbsent(instrument, k -> new java.util.LinkedHashMap<>())
                    .put("m" + scale, nl.samenkracht.indicators.ScaleScores.score(scale, s.itemIds().size(), minAnsweredShare));
        }
        for (Codebook.Item it : codebook.likertItems()) {
            int instrument = keys.code(KeyCodes.Key.INSTRUMENT, it.instrument()), item = keys.code(KeyCodes.Key.ITEM, it.id());
            if (instrument < 0 || item < 0) continue;
            byInstrument.computeIfAbsent(instrument, k -> new java.util.LinkedHashMap<>())
                    .put("m" + (scaleCount + item), col(Submissions.item(item)));
        }
        java.util.Set<String> measures = new java.util.TreeSet<>();
        byInstrument.values().forEach(m -> measures.addAll(m.keySet()));
        if (measures.isEmpty()) return submissions.data().limit(0).select(col("instrument"), col("school_year"),
                lit(0).as("subset"), lit(StatisticsStage.SCALE).as("level"), lit(0).as("measure"),
                lit(null).cast("double").as("x"), lit(null).cast("double").as("y"));
        // The measures of the submission's own instrument (another instrument's are null in its row anyway).
        List<Column> aggs = new ArrayList<>();
        for (String name : measures) {
            Column value = null;
            for (var e : byInstrument.entrySet()) {
                Column v = e.getValue().get(name);
                if (v != null) value = value == null ? when(col("instrument").equalTo(e.getKey()), v)
                        : value.when(col("instrument").equalTo(e.getKey()), v);
            }
            aggs.add(max(when(col("wave").equalTo(post), value)).as("x_" + name));
            aggs.add(max(when(col("wave").equalTo(pre), value)).as("y_" + name));
        }
        Column grp = Measurements.group(keys);
        aggs.add(max(when(col("wave").equalTo(post), grp)).as("g_post"));
        aggs.add(max(when(col("wave").equalTo(pre), grp)).as("g_pre"));
        Dataset<Row> linked = submissions.data()
                .filter(not(col("anonymous")).and(col("school_year").isNotNull()).and(col("wave").isin(pre, post)))
                .groupBy(col("instrument"), col("school_year"), col("respondent"))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
        List<Column> perMeasure = new ArrayList<>();
        for (String name : measures) {
            int code = Integer.parseInt(name.substring(1));
            perMeasure.add(struct(lit(code < scaleCount ? StatisticsStage.SCALE : StatisticsStage.ITEM).as("level"),
                    lit(code).as("measure"), col("x_" + name).as("x"), col("y_" + name).as("y")));
        }
        Column subsets = when(col("g_post").equalTo(col("g_pre")), array(lit(0), col("g_post").plus(1))).otherwise(array(lit(0)));
        return linked
                .select(col("instrument"), col("school_year"), explode(subsets).as("subset"),
                        array(perMeasure.toArray(Column[]::new)).as("measures"))
                .select(col("instrument"), col("school_year"), col("subset"), explode(col("measures")).as("p"))
                .filter(col("p.x").isNotNull().and(col("p.y").isNotNull()))
                .select(col("instrument"), col("school_year"), col("subset"), col("p.level").as("level"),
                        col("p.measure").as("measure"), col("p.x").as("x"), col("p.y").as("y"));
    }

    /** The labels of the coded subset column: every respondent, then "groep: " and each group. */
    private static List<String> subsetLabels(KeyCodes codes) {
        List<String> out = new ArrayList<>();
        out.add(StatisticsStage.ALL_RESPONDENTS);
        for (String g : codes.labels(KeyCodes.Key.GROUP)) out.add(StatisticsStage.GROUP_PREFIX + g);
        return out;
    }

    /** The collected rows of {@link #counts} by key, in the order they came. */
    static Map<PrePostKey, Sample> parse(List<Row> rows) {
        Map<PrePostKey, Sample> out = new LinkedHashMap<>();
        for (Row r : rows) {
            PrePostKey key = new PrePostKey(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4));
            Sample s = out.computeIfAbsent(key, k -> new Sample());
            long n = r.getLong(8);
            switch (r.getString(5)) {
                case "pre" -> {
                    s.pre.add(r.getDouble(6), n);
                    s.anonymousPre += r.getLong(9);
                }
                case "post" -> {
                    s.post.add(r.getDouble(6), n);
                    s.anonymousPost += r.getLong(9);
                }
                default -> s.pairs.merge(new Pair(r.getDouble(6) + 0.0, r.getDouble(7) + 0.0), n, Long::sum);
            }
        }
        return out;
    }

    private static Column[] with(Column[] first, Column... more) {
        Column[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /**
     * @param plan the keys to report, in table order (instrument, school year, subset, level,
     *             measure); a key without data gets a row with a reason
     */
    static List<PrePostTest> compute(List<PrePostKey> plan, Map<PrePostKey, Sample> data, String preWave, String postWave,
                         RankTestOptions options, List<String> warnings) {
        List<PrePostTest> lines = new ArrayList<>();
        for (PrePostKey k : plan) {
            PrePostTest line = analyse(k, data.getOrDefault(k, new Sample()), preWave, postWave, options);
            lines.add(line);
            if (line.design() == PrePostDesign.PAIRED && line.nUnlinked() > line.nLinked()
                    && k.subset().equals(StatisticsStage.ALL_RESPONDENTS) && k.level().equals(StatisticsStage.SCALE)) {
                warnings.add(k.instrument() + " / " + k.measure() + ", " + k.schoolYear() + ": " + line.nLinked()
                        + " linked pairs and " + line.nUnlinked() + " scores without a partner; the paired test"
                        + " uses the pairs only");
            }
        }
        double[] holm = holm(lines);
        List<PrePostTest> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) out.add(lines.get(i).withPHolm(holm[i]));
        return out;
    }

    /** Holm within school year × subset × level, over every instrument and measure. */
    private static double[] holm(List<PrePostTest> lines) {
        double[] out = new double[lines.size()];
        Map<List<String>, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PrePostKey k = lines.get(i).key();
            families.computeIfAbsent(List.of(k.schoolYear(), k.subset(), k.level()), f -> new ArrayList<>()).add(i);
        }
        for (List<Integer> family : families.values()) {
            double[] p = family.stream().mapToDouble(i -> lines.get(i).p()).toArray();
            double[] adjusted = Holm.adjust(p);
            for (int j = 0; j < adjusted.length; j++) out[family.get(j)] = adjusted[j];
        }
        return out;
    }

    static PrePostTest analyse(PrePostKey k, Sample s, String preWave, String postWave, RankTestOptions options) {
        int nPre = Math.toIntExact(s.pre.total());
        int nPost = Math.toIntExact(s.post.total());
        int nLinked = Math.toIntExact(s.linked());
        int nUnlinked = nPre + nPost - 2 * nLinked;
        double nan = Double.NaN;
        if (nPre == 0 || nPost == 0) {
            AnalysisReason reason = new AnalysisReason.NoScoresIn(nPre == 0 && nPost == 0 ? List.of(preWave, postWave)
                    : List.of(nPre == 0 ? preWave : postWave));
            double[] pre = s.pre.values();
            double[] post = s.post.values();
            return new PrePostTest(k, null, nPre, nPost, null, median(pre), median(post), mean(pre), mean(post), nan, nan,
                    nan, nan, nan, nan, nan, nan, null, null, null, nLinked, nUnlinked, reason, nan, nan, sd(pre), sd(post), nan);
        }
        if (nLinked >= 2) {
            double[] x = new double[nLinked];
            double[] y = new double[nLinked];
            int at = 0;
            for (Map.Entry<Pair, Long> e : s.pairs.entrySet()) {
                for (long i = 0; i < e.getValue(); i++) {
                    x[at] = e.getKey().x();
                    y[at++] = e.getKey().y();
                }
            }
            // Whole numbers, so that equal differences of scale scores are ties (see ExactGrid).
            long grid = ExactGrid.factor(x, y);
            SignedRankResult r = SignedRankTest.test(ExactGrid.scale(x, grid), ExactGrid.scale(y, grid), options);
            return new PrePostTest(k, PrePostDesign.PAIRED, nLinked, nLinked, nLinked, median(y), median(x), mean(y), mean(x), r.v(),
                    r.z(), r.p(), r.effectR(), r.rankBiserial(), r.rankBiserialLower(), r.rankBiserialUpper(),
                    r.hodgesLehmann() / grid, r.pMethod(), r.nZero(), new PairingReason.LinkedPairs(nLinked), nLinked, nUnlinked,
                    AnalysisReason.of(r.naReason()), r.hodgesLehmannLower() / grid, r.hodgesLehmannUpper() / grid, sd(y), sd(x), nan);
        }
        double[] pre = s.pre.values();
        double[] post = s.post.values();
        PairingReason why = independentReason(s, nPre, nPost, nLinked, preWave, postWave);
        if (nUnlinked == 0) {
            // Both waves hold only the one linked respondent: not two independent samples.
            return new PrePostTest(k, PrePostDesign.INDEPENDENT, nPre, nPost, null, median(pre), median(post), mean(pre), mean(post),
                    nan, nan, nan, nan, nan, nan, nan, nan, null, null, why, nLinked, nUnlinked,
                    AnalysisReason.of(NaReason.Kind.FEWER_THAN_TWO_PAIRS), nan, nan, sd(pre), sd(post), nan);
        }
        RankSumResult r = RankSumTest.test(post, pre, options);
        return new PrePostTest(k, PrePostDesign.INDEPENDENT, nPre, nPost, null, median(pre), median(post), mean(pre), mean(post), r.u(),
                r.z(), r.p(), r.effectR(), r.rankBiserial(), r.rankBiserialLower(), r.rankBiserialUpper(),
                r.hodgesLehmann(), r.pMethod(), null, why, nLinked, nUnlinked, AnalysisReason.of(r.naReason()), r.hodgesLehmannLower(),
                r.hodgesLehmannUpper(), sd(pre), sd(post), nan);
    }

    private static PairingReason independentReason(Sample s, int nPre, int nPost, int nLinked, String preWave,
                                            String postWave) {
        boolean preAnonymous = s.anonymousPre == nPre;
        boolean postAnonymous = s.anonymousPost == nPost;
        if (preAnonymous && postAnonymous) return new PairingReason.AllAnonymous();
        if (preAnonymous) return new PairingReason.WaveAnonymous(preWave);
        if (postAnonymous) return new PairingReason.WaveAnonymous(postWave);
        if (nLinked == 0) return new PairingReason.NoneInBothWaves();
        return new PairingReason.OneLinkedPair();
    }

    static double median(double[] v) {
        return v.length == 0 ? Double.NaN : Quantiles.type7(v, 0.5);
    }

    /** Sample standard deviation (n − 1); NaN below 2 values. */
    static double sd(double[] v) {
        if (v.length < 2) return Double.NaN;
        double m = mean(v);
        double ss = 0;
        for (double d : v) ss += (d - m) * (d - m);
        return Math.sqrt(ss / (v.length - 1));
    }

    static double mean(double[] v) {
        return v.length == 0 ? Double.NaN : Arrays.stream(v).sum() / v.length;
    }

    /** The subsets of one instrument × school year: all respondents, then each group in name order. */
    static List<String> subsets(Map<PrePostKey, Sample> data, String instrument, String year) {
        TreeSet<String> groups = new TreeSet<>();
        for (PrePostKey k : data.keySet()) {
            if (k.instrument().equals(instrument) && k.schoolYear().equals(year)
                    && !k.subset().equals(StatisticsStage.ALL_RESPONDENTS)) groups.add(k.subset());
        }
        List<String> out = new ArrayList<>();
        out.add(StatisticsStage.ALL_RESPONDENTS);
        out.addAll(groups);
        return out;
    }
}
