package nl.samenkracht.indicators.design;

import nl.samenkracht.config.DesignConfig;
import nl.samenkracht.indicators.stats.AnalysisReason;
import nl.samenkracht.indicators.stats.ExactGrid;
import nl.samenkracht.statistics.RankSumResult;
import nl.samenkracht.statistics.RankSumTest;
import nl.samenkracht.statistics.RankTestOptions;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The study's design tested (issue 16): per scale, two cohorts (or two groups) compared on the
 * change from the pre to the post wave.
 *
 * <p>A respondent's change is post − pre scale score, linked by pseudonym within instrument ×
 * school year. With at least 2 linked respondents on both sides the comparison uses those changes
 * ({@link DesignBasis#LINKED}); otherwise (anonymous or unlinked waves) it compares the post-wave scores of
 * the two sides ({@link DesignBasis#INDEPENDENT}), because a change per respondent does not exist. Mann-Whitney
 * with x = side a (the after cohort, or the first group), y = side b: a positive rank-biserial
 * correlation and Hodges-Lehmann shift mean side a changed more.
 *
 * <p>Pure Java on the driver: the input is one scale score per respondent × wave × scale, a small
 * collected list.
 */
public final class DesignAnalysis {
    public static final String COHORT = "cohort";
    public static final String GROUP = "group";
    public static final String ALL = "Alle respondenten";

    /** One scale score of one respondent in one wave. Respondent null = anonymous. */
    public record Score(String instrument, String scale, String schoolYear, String wave, String group,
                        String respondent, double score) {}

    /** One side of a comparison: the changes if linked, the post scores otherwise. */
    record Side(List<Double> changes, List<Double> post) {}

    private DesignAnalysis() {}

    /** Scales in the order given, one row per comparison. */
    public static List<DesignComparison> compute(List<Score> scores, List<String[]> scales, DesignConfig design, String preWave,
                                                 String postWave, RankTestOptions options) {
        List<DesignComparison> t = new ArrayList<>();
        if (design.isEmpty()) return t;
        // (instrument, year, respondent) → (pre, post, group); anonymous scores only count per wave.
        Set<String> groups = new TreeSet<>();
        for (Score s : scores) if (s.group() != null) groups.add(s.group());
        for (String[] is : scales) {
            String instrument = is[0];
            String scale = is[1];
            List<Score> mine = scores.stream()
                    .filter(s -> s.instrument().equals(instrument) && s.scale().equals(scale)).toList();
            if (design.hasCohorts()) {
                List<String> subsets = new ArrayList<>();
                subsets.add(null);
                if (design.hasGroups()) subsets.addAll(groups);
                for (String subset : subsets) {
                    Side a = side(mine, design.after(), subset, preWave, postWave);
                    Side b = side(mine, design.before(), subset, preWave, postWave);
                    row(t, instrument, scale, COHORT, null, subset, design.after(), design.before(), a, b, options);
                }
            } else {
                Set<String> years = new TreeSet<>();
                mine.forEach(s -> years.add(s.schoolYear()));
                List<String> g = new ArrayList<>(groups);
                for (String year : years) {
                    if (g.size() != 2) {
                        t.add(DesignComparison.notMade(instrument, scale, GROUP, year, ALL,
                                new AnalysisReason.NotTwoGroups(g.size())));
                        continue;
                    }
                    Side a = side(mine, year, g.get(0), preWave, postWave);
                    Side b = side(mine, year, g.get(1), preWave, postWave);
                    row(t, instrument, scale, GROUP, year, null, g.get(0), g.get(1), a, b, options);
                }
            }
        }
        return t;
    }

    private static void row(List<DesignComparison> t, String instrument, String scale, String comparison, String year,
                            String subset, String nameA, String nameB, Side a, Side b, RankTestOptions options) {
        boolean linked = a.changes().size() >= 2 && b.changes().size() >= 2;
        double[] x = values(linked ? a.changes() : a.post());
        double[] y = values(linked ? b.changes() : b.post());
        String subsetLabel = subset == null ? ALL : "groep: " + subset;
        if (x.length == 0 || y.length == 0) {
            double nan = Double.NaN;
            t.add(new DesignComparison(instrument, scale, comparison, year, subsetLabel, nameA, nameB,
                    linked ? DesignBasis.LINKED : DesignBasis.INDEPENDENT, x.length, y.length, mean(x), ci(x, -1), ci(x, 1),
                    mean(y), ci(y, -1), ci(y, 1), nan, nan, nan, null, nan, nan,
                    new AnalysisReason.NoScoresFor(x.length == 0 ? nameA : nameB), nan, nan, nan, nan));
            return;
        }
        // Changes are differences of scale scores: on a whole-number grid, equal changes are ties
        // (which decides between exact and normal p); the shift is scaled back.
        long grid = ExactGrid.factor(x, y);
        RankSumResult r = RankSumTest.test(ExactGrid.scale(x, grid), ExactGrid.scale(y, grid), options);
        t.add(new DesignComparison(instrument, scale, comparison, year, subsetLabel, nameA, nameB,
                linked ? DesignBasis.LINKED : DesignBasis.INDEPENDENT, x.length, y.length, mean(x), ci(x, -1), ci(x, 1),
                mean(y), ci(y, -1), ci(y, 1), r.u(), r.z(), r.p(), r.pMethod(), r.rankBiserial(), r.hodgesLehmann() / grid,
                AnalysisReason.of(r.naReason()), r.rankBiserialLower(), r.rankBiserialUpper(), r.hodgesLehmannLower() / grid,
                r.hodgesLehmannUpper() / grid));
    }

    /**
     * The linked changes and the post scores of one cohort (school year) or group. {@code year}
     * null = every year; {@code group} null = every respondent.
     */
    static Side side(List<Score> scores, String year, String group, String preWave, String postWave) {
        Map<String, Double> pre = new TreeMap<>();
        Map<String, Double> post = new TreeMap<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        List<Double> postScores = new ArrayList<>();
        for (Score s : scores) {
            if (year != null && !year.equals(s.schoolYear())) continue;
            if (s.wave().equals(postWave)) {
                if (group == null || group.equals(s.group())) postScores.add(s.score());
            }
            if (s.respondent() == null) continue;
            // Linked within one school year: the same pseudonym in another year is another case.
            String key = s.schoolYear() + "\u0000" + s.respondent();
            if (s.group() != null && (s.wave().equals(postWave) || !groupOf.containsKey(key))) groupOf.put(key, s.group());
            if (s.wave().equals(preWave)) pre.put(key, s.score());
            else if (s.wave().equals(postWave)) post.put(key, s.score());
        }
        List<Double> changes = new ArrayList<>();
        for (Map.Entry<String, Double> e : post.entrySet()) {
            Double before = pre.get(e.getKey());
            if (before == null) continue;
            if (group != null && !group.equals(groupOf.get(e.getKey()))) continue;
            changes.add(e.getValue() - before);
        }
        return new Side(changes, postScores);
    }

    private static double[] values(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double mean(double[] v) {
        if (v.length == 0) return Double.NaN;
        double s = 0;
        for (double d : v) s += d;
        return s / v.length;
    }

    /** The t-based 95% interval of the mean: sign −1 the lower, +1 the upper bound; NaN below n = 2. */
    static double ci(double[] v, int sign) {
        if (v.length < 2) return Double.NaN;
        double m = mean(v);
        double ss = 0;
        for (double d : v) ss += (d - m) * (d - m);
        double se = Math.sqrt(ss / (v.length - 1) / v.length);
        return m + sign * TDistribution.of(v.length - 1).inverseCumulativeProbability(0.975) * se;
    }

    static Set<String> names(List<Score> scores) {
        Set<String> s = new LinkedHashSet<>();
        scores.forEach(x -> s.add(x.scale()));
        return s;
    }
}
