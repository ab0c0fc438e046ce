package nl.samenkracht.indicators.stats;

import nl.samenkracht.config.OptionsConfig;
import nl.samenkracht.indicators.FusedCollect;
import nl.samenkracht.indicators.Submissions;
import nl.samenkracht.indicators.SurveyCube;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.statistics.RankTestOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;


/**
 * The statistics stage of the pipeline: reliability, pre/post and group comparisons of the survey
 * data as typed results ({@code report.tables.StatisticsTables}, {@code report.figures.StatisticsFigures}
 * and {@code report.methods.StatisticsMethods} lay them out; docs/output-contract.md).
 *
 * <p>Spark does the part that grows with the data: it reduces the long responses to counted
 * answer patterns per scale and to counted scores per analysis cell; those parts are collected
 * in the survey analysis's one action ({@link FusedCollect}), never inside a loop. The driver expands those counts into vectors and runs the pure-Java tests of
 * {@code nl.samenkracht.statistics}. Every statistic reads the reverse-keyed {@code score}.
 * Degenerate input (constant items, a one-item scale, an empty wave, fewer than 2 pairs, only zero
 * differences) gives empty cells with a Dutch {@code na_reason}, never an exception.
 */
public final class StatisticsStage {
    /** School year and wave of the reliability row over all waves. */
    public static final String ALL = "alle";
    /** Subset of the pre/post table with every respondent. */
    public static final String ALL_RESPONDENTS = "Alle respondenten";
    /** Prefix of a pre/post subset of one group: "groep: nieuw". */
    public static final String GROUP_PREFIX = "groep: ";
    /** group_a of a Kruskal-Wallis row. */
    public static final String ALL_GROUPS = "alle groepen";
    /** Values of the level column. */
    public static final String SCALE = "schaal";
    public static final String ITEM = "item";

    private static final List<String> NEEDED = List.of("instrument", "school_year", "wave", "location", "grp",
            "respondent", "anonymous", "item", "score");

    private StatisticsStage() {}

    /** As {@link #compute(Request, SurveyCube, Codebook, OptionsConfig)}, with its own one Spark action. */
    public static StatisticsResults compute(SparkSession spark, Dataset<Row> responses, Dataset<Row> scaleScores,
                                            Codebook codebook, OptionsConfig options) {
        FusedCollect fused = new FusedCollect();
        SurveyCube.Request cube = SurveyCube.request(fused, responses, scaleScores);
        Request request = request(fused, responses, Submissions.of(responses), scaleScores, codebook, options);
        fused.collect();
        return compute(request, cube.result(), codebook, options);
    }

    /**
     * The stage's Spark parts, collected with the rest of the survey analysis in one action:
     * reliability's counted answer patterns, pre/post's score and pair counts, and the group
     * comparisons' score counts. All null when no survey was read.
     */
    public record Request(FusedCollect.Part reliability, FusedCollect.Part prepost, FusedCollect.Part groups) {
        static final Request NONE = new Request(null, null, null);
    }

    /**
     * @param submissions the responses' one aggregation per respondent ({@link Submissions#of}), which the
     *                    scale scores come from too: reliability's patterns and pre/post's pairs are made from it
     */
    public static Request request(FusedCollect fused, Dataset<Row> responses, Submissions submissions,
                                  Dataset<Row> scaleScores, Codebook codebook, OptionsConfig options) {
        nl.samenkracht.canonical.CanonicalTable.RESPONSES.require(responses, "statistics");
        // No survey was read (the ingest returns an empty frame without columns).
        if (!Arrays.asList(responses.columns()).containsAll(NEEDED)) return Request.NONE;
        Dataset<Row> patterns = ReliabilityAnalysis.patterns(submissions, codebook);
        Dataset<Row> measurements = Measurements.of(responses, scaleScores);
        return new Request(patterns == null ? null : fused.add(patterns),
                fused.add(PrePostAnalysis.counts(measurements, submissions, codebook, options.minAnsweredShare(),
                        options.preWave(), options.postWave())),
                fused.add(GroupComparisons.counts(measurements)));
    }

    /** The statistics from the collected parts; the cube says which instrument × school year × wave cells exist. */
    public static StatisticsResults compute(Request request, SurveyCube cube, Codebook codebook, OptionsConfig options) {
        List<String> warnings = new ArrayList<>();
        String pre = options.preWave();
        String post = options.postWave();
        Waves waves = new Waves(pre, post);
        RankTestOptions rank = options.rankTests();
        if (request.prepost() == null)
            return new StatisticsResults(List.of(), List.of(), List.of(), List.of(), List.of(), warnings);

        Map<String, Map<String, List<String>>> cells = cells(cube, codebook, waves);
        ReliabilityAnalysis.Output reliability = ReliabilityAnalysis.compute(request.reliability() == null
                ? new java.util.HashMap<>() : ReliabilityAnalysis.parse(request.reliability().rows()), cells, codebook, warnings);

        List<PrePostTest> prepost = List.of();
        List<ScoreSpread> spreads = List.of();
        Map<String, List<String>> prePostYears = prePostYears(cells, pre, post);
        if (pre.equals(post)) {
            warnings.add("pre_wave and post_wave are the same ('" + pre + "'): no pre/post comparison");
        } else if (prePostYears.isEmpty()) {
            if (!cells.isEmpty()) {
                warnings.add("no wave '" + pre + "' or '" + post + "' found: no pre/post comparison");
            }
        } else {
            Map<PrePostKey, PrePostAnalysis.Sample> data = PrePostAnalysis.parse(request.prepost().rows());
            prepost = PrePostAnalysis.compute(prePostPlan(prePostYears, data, codebook), data, pre, post, rank, warnings);
            spreads = spreads(prePostYears, data, codebook, pre, post);
        }

        Map<GroupKey, Map<String, ValueCounts>> groupData = GroupComparisons.parse(request.groups().rows());
        Map<GroupSetting, List<String>> groupSets = GroupComparisons.groupSets(groupData);
        List<GroupTest> groups = GroupComparisons.compute(groupPlan(cells, groupSets, codebook), groupData, groupSets, rank);
        return new StatisticsResults(reliability.scales(), reliability.items(), prepost, groups, spreads, warnings);
    }

    /**
     * Per instrument × school year with the pre or the post wave, per scale of the instrument (codebook
     * order): the spread of every score of each wave, all respondents (pre before post; a wave without
     * scores has none).
     */
    private static List<ScoreSpread> spreads(Map<String, List<String>> yearsByInstrument, Map<PrePostKey, PrePostAnalysis.Sample> data,
                                             Codebook codebook, String preWave, String postWave) {
        List<ScoreSpread> out = new ArrayList<>();
        yearsByInstrument.forEach((instrument, years) -> {
            for (String year : years)
                for (Codebook.Scale s : codebook.scales()) {
                    if (!s.instrument().equals(instrument)) continue;
                    PrePostAnalysis.Sample sample = data.get(new PrePostKey(instrument, year, ALL_RESPONDENTS, SCALE, s.id()));
                    if (sample == null) continue;
                    spread(out, instrument, year, s.id(), preWave, sample.pre.values());
                    spread(out, instrument, year, s.id(), postWave, sample.post.values());
                }
        });
        return out;
    }

    private static void spread(List<ScoreSpread> out, String instrument, String year, String scale, String wave, double[] values) {
        if (values.length == 0) return;
        double[] q = nl.samenkracht.statistics.Quantiles.type7(values, 0.25, 0.5, 0.75);
        out.add(new ScoreSpread(instrument, year, scale, wave, q[1], q[0], q[2], values.length));
    }

    /**
     * Instrument → school year → waves present in the responses (from the count cube), instruments
     * in codebook order (others are not in the codebook and cannot be analysed), years by name,
     * waves pre, post, then the rest by name.
     */
    static Map<String, Map<String, List<String>>> cells(SurveyCube cube, Codebook codebook, Waves waves) {
        Map<String, Map<String, java.util.Set<String>>> found = cube.cells();
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (String instrument : instruments(codebook)) {
            Map<String, java.util.Set<String>> years = found.get(instrument);
            if (years == null) continue;
            Map<String, List<String>> sorted = new TreeMap<>();
            years.forEach((year, w) -> {
                List<String> list = new ArrayList<>(w);
                list.sort(waves);
                sorted.put(year, list);
            });
            out.put(instrument, sorted);
        }
        return out;
    }

    private static List<String> instruments(Codebook codebook) {
        Set<String> s = new LinkedHashSet<>();
        codebook.items().forEach(i -> s.add(i.instrument()));
        codebook.scales().forEach(sc -> s.add(sc.instrument()));
        return new ArrayList<>(s);
    }

    /** Instrument → school years that have the pre or the post wave. */
    private static Map<String, List<String>> prePostYears(Map<String, Map<String, List<String>>> cells, String pre,
                                                          String post) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        cells.forEach((instrument, years) -> years.forEach((year, w) -> {
            if (w.contains(pre) || w.contains(post)) out.computeIfAbsent(instrument, k -> new ArrayList<>()).add(year);
        }));
        return out;
    }

    private static List<PrePostKey> prePostPlan(Map<String, List<String>> years,
                                                         Map<PrePostKey, PrePostAnalysis.Sample> data,
                                                         Codebook codebook) {
        List<PrePostKey> plan = new ArrayList<>();
        years.forEach((instrument, ys) -> {
            for (String year : ys) {
                for (String subset : PrePostAnalysis.subsets(data, instrument, year)) {
                    for (String measure : measures(codebook, instrument, SCALE)) {
                        plan.add(new PrePostKey(instrument, year, subset, SCALE, measure));
                    }
                    for (String measure : measures(codebook, instrument, ITEM)) {
                        plan.add(new PrePostKey(instrument, year, subset, ITEM, measure));
                    }
                }
            }
        });
        return plan;
    }

    private static List<GroupKey> groupPlan(Map<String, Map<String, List<String>>> cells,
                                                        Map<GroupSetting, List<String>> groupSets,
                                                        Codebook codebook) {
        List<GroupKey> plan = new ArrayList<>();
        cells.forEach((instrument, years) -> years.forEach((year, waves) -> {
            for (String wave : waves) {
                for (String grouping : List.of(GroupComparisons.GROUP, GroupComparisons.LOCATION)) {
                    GroupSetting s = new GroupSetting(instrument, year, wave, grouping);
                    if (groupSets.getOrDefault(s, List.of()).size() < 2) continue;
                    for (String level : List.of(SCALE, ITEM)) {
                        for (String measure : measures(codebook, instrument, level)) {
                            plan.add(new GroupKey(s, level, measure));
                        }
                    }
                }
            }
        }));
        return plan;
    }

    /** The scales, or the closed (Likert) items, of an instrument in codebook order. */
    private static List<String> measures(Codebook codebook, String instrument, String level) {
        if (level.equals(SCALE)) {
            return codebook.scales().stream().filter(s -> s.instrument().equals(instrument))
                    .map(Codebook.Scale::id).toList();
        }
        return codebook.likertItems().stream().filter(i -> i.instrument().equals(instrument))
                .map(Codebook.Item::id).toList();
    }
}
