package nl.samenkracht.indicators.stats;

import nl.samenkracht.statistics.DunnComparison;
import nl.samenkracht.statistics.DunnTest;
import nl.samenkracht.statistics.Holm;
import nl.samenkracht.statistics.KruskalWallis;
import nl.samenkracht.statistics.KruskalWallisResult;
import nl.samenkracht.statistics.RankSumResult;
import nl.samenkracht.statistics.RankSumTest;
import nl.samenkracht.statistics.PMethod;
import nl.samenkracht.statistics.RankTestOptions;
import nl.samenkracht.canonical.KeyCodes;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Group comparisons per instrument × school year × wave × grouping ({@value #GROUP} = the grp
 * column, {@value #LOCATION}) × scale or item, over every respondent of the wave (linked or
 * not: the groups are independent samples).
 *
 * <p>The groups of a comparison are those present in that instrument × school year × wave ×
 * grouping, in name order. Two groups: Mann-Whitney U with group A (the first in name order) as
 * x, so U is R's W for group A and a positive rank-biserial means A scores higher. Three or more:
 * one Kruskal-Wallis row (group_a = {@value StatisticsStage#ALL_GROUPS}, n_a = all values) and a
 * Dunn row per pair. Holm: the Mann-Whitney and Kruskal-Wallis p-values within school year × wave
 * × level × grouping; Dunn's p within the pairs of one measure (as R's {@code dunn.test}).
 */
final class GroupComparisons {
    static final String GROUP = GroupSetting.GROUP;
    static final String LOCATION = GroupSetting.LOCATION;

    /** p_method of the Kruskal-Wallis rows: chi-square with df = groups − 1, tie-corrected H. */

    private GroupComparisons() {}

    /** The counts of {@link #collect} as a Dataset: setting, level, measure, group, x, count. */
    static Dataset<Row> counts(Dataset<Row> measurements) {
        // g is coded (canonical.KeyCodes): a group's code, or a location's code after all group codes.
        KeyCodes codes = KeyCodes.of(measurements);
        List<String> groups = codes.labels(KeyCodes.Key.GROUP);
        List<Integer> blankLocations = codes.codes(KeyCodes.Key.LOCATION, String::isBlank);
        Column location = blankLocations.isEmpty() ? col("location")
                : when(col("location").isin(blankLocations.toArray()), lit(null).cast("int")).otherwise(col("location"));
        Dataset<Row> counted = measurements
                .select(col("instrument"), col("school_year"), col("wave"), col("level"), col("measure"), col("x"),
                        explode(array(struct(lit(GROUP).as("grouping"), col("grp").as("g")),
                                struct(lit(LOCATION).as("grouping"), location.plus(groups.size()).as("g")))).as("by"))
                .filter(col("by.g").isNotNull())
                .groupBy(col("instrument"), col("school_year"), col("wave"), col("by.grouping").as("grouping"),
                        col("level"), col("measure"), col("by.g").as("g"), col("x"))
                .count();
        List<String> gLabels = new ArrayList<>(groups);
        gLabels.addAll(codes.labels(KeyCodes.Key.LOCATION));
        return KeyCodes.labelled(KeyCodes.labelled(counted, "g", gLabels), "measure", Measurements.measureLabelsOf(measurements));
    }

    /** The collected rows of {@link #counts} by measure and group. */
    static Map<GroupKey, Map<String, ValueCounts>> parse(List<Row> rows) {
        Map<GroupKey, Map<String, ValueCounts>> out = new HashMap<>();
        for (Row r : rows) {
            GroupKey k = new GroupKey(new GroupSetting(r.getString(0), r.getString(1), r.getString(2), r.getString(3)),
                    r.getString(4), r.getString(5));
            out.computeIfAbsent(k, x -> new TreeMap<>()).computeIfAbsent(r.getString(6), x -> new ValueCounts())
                    .add(r.getDouble(7), r.getLong(8));
        }
        return out;
    }

    /** The groups of each setting (over all its measures), in name order. */
    static Map<GroupSetting, List<String>> groupSets(Map<GroupKey, Map<String, ValueCounts>> data) {
        Map<GroupSetting, TreeSet<String>> sets = new HashMap<>();
        data.forEach((k, groups) -> sets.computeIfAbsent(k.setting(), s -> new TreeSet<>())
                .addAll(groups.keySet()));
        Map<GroupSetting, List<String>> out = new HashMap<>();
        sets.forEach((s, g) -> out.put(s, List.copyOf(g)));
        return out;
    }

    /**
     * @param plan keys in table order; settings with fewer than 2 groups have nothing to compare
     *             and should not be in the plan
     */
    static List<GroupTest> compute(List<GroupKey> plan, Map<GroupKey, Map<String, ValueCounts>> data, Map<GroupSetting, List<String>> groupSets,
                         RankTestOptions options) {
        List<GroupTest> lines = new ArrayList<>();
        for (GroupKey k : plan) {
            List<String> groups = groupSets.get(k.setting());
            Map<String, ValueCounts> counts = data.getOrDefault(k, Map.of());
            List<double[]> samples = new ArrayList<>();
            for (String g : groups) {
                ValueCounts c = counts.get(g);
                samples.add(c == null ? new double[0] : c.values());
            }
            if (groups.size() == 2) {
                lines.add(mannWhitney(k, groups, samples, options));
            } else {
                lines.addAll(kruskalWallis(k, groups, samples));
            }
        }
        double[] holm = holm(lines);
        List<GroupTest> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            GroupTest l = lines.get(i);
            out.add(l.withPHolm(l.omnibus() ? holm[i] : l.pHolm()));
        }
        return out;
    }

    private static GroupTest mannWhitney(GroupKey k, List<String> groups, List<double[]> samples, RankTestOptions options) {
        RankSumResult r = RankSumTest.test(samples.get(0), samples.get(1), options);
        double nan = Double.NaN;
        return new GroupTest(k, GroupTestKind.MANN_WHITNEY, groups.get(0), groups.get(1), r.nX(), r.nY(), r.u(), r.z(), r.p(),
                r.rankBiserial(), nan, null, nan, r.hodgesLehmann(), nan, r.naReason(), r.rankBiserialLower(),
                r.rankBiserialUpper(), r.hodgesLehmannLower(), r.hodgesLehmannUpper(), r.pMethod());
    }

    private static List<GroupTest> kruskalWallis(GroupKey k, List<String> groups, List<double[]> samples) {
        List<GroupTest> out = new ArrayList<>();
        KruskalWallisResult kw = KruskalWallis.test(samples);
        double nan = Double.NaN;
        // A group without answers on this measure is left out by both tests (df shows how many
        // groups took part); na_reason stays empty because the result is defined.
        out.add(new GroupTest(k, GroupTestKind.KRUSKAL_WALLIS, StatisticsStage.ALL_GROUPS, null, kw.n(), null, nan, nan, kw.p(), nan,
                kw.h(), kw.df(), kw.epsilonSquared(), nan, nan, kw.naReason(), nan, nan, nan, nan,
                kw.naReason() == null ? PMethod.CHI_SQUARE : null));
        for (DunnComparison d : DunnTest.test(samples)) {
            out.add(new GroupTest(k, GroupTestKind.DUNN, groups.get(d.groupA()), groups.get(d.groupB()),
                    samples.get(d.groupA()).length, samples.get(d.groupB()).length, nan, d.z(), d.p(), nan, nan,
                    null, nan, nan, d.pHolm(), d.naReason(), nan, nan, nan, nan,
                    d.naReason() == null ? PMethod.NORMAL : null));
        }
        return out;
    }

    /** Holm over the omnibus rows within school year × wave × level × grouping. */
    private static double[] holm(List<GroupTest> lines) {
        double[] out = new double[lines.size()];
        Arrays.fill(out, Double.NaN);
        Map<List<String>, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            GroupTest l = lines.get(i);
            if (!l.omnibus()) continue;
            GroupSetting s = l.key().setting();
            families.computeIfAbsent(List.of(s.schoolYear(), s.wave(), l.key().level(), s.grouping()),
                    f -> new ArrayList<>()).add(i);
        }
        for (List<Integer> family : families.values()) {
            double[] adjusted = Holm.adjust(family.stream().mapToDouble(i -> lines.get(i).p()).toArray());
            for (int j = 0; j < adjusted.length; j++) out[family.get(j)] = adjusted[j];
        }
        return out;
    }
}
