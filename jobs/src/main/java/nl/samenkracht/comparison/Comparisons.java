package nl.samenkracht.comparison;

import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.indicators.ScoreSamples;
import nl.samenkracht.statistics.Holm;
import nl.samenkracht.statistics.ProportionTestResult;
import nl.samenkracht.statistics.Proportions;
import nl.samenkracht.statistics.RankSumResult;
import nl.samenkracht.statistics.RankSumTest;
import nl.samenkracht.statistics.YearVerdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Tests the key figures of a run. Means are compared with Mann-Whitney on the scale scores, shares
 * of people with the two-proportion z-test or, when an expected cell is below 5, Fisher's exact
 * test ({@link Proportions#compare}). Shares of contacts ({@link IndicatorValue#independent()} false:
 * one parent has many contacts) and counts are not tested: their verdict is "onzeker".
 */
public final class Comparisons {
    private Comparisons() {}

    /** Every figure of the latest year against the previous year, per location and for the total. */
    public static List<YearComparison> years(List<IndicatorValue> values, ScoreSamples samples, ComparisonSettings s) {
        TreeSet<String> years = new TreeSet<>();
        for (IndicatorValue v : values) years.add(v.schoolYear());
        if (years.size() < 2) return List.of();
        String latest = years.last(), previous = years.lower(latest);
        Map<List<String>, IndicatorValue> before = new HashMap<>();
        for (IndicatorValue v : values)
            if (v.schoolYear().equals(previous)) before.put(List.of(v.id(), v.location()), v);
        List<YearComparison> out = new ArrayList<>();
        for (IndicatorValue cur : values) {
            if (!cur.schoolYear().equals(latest)) continue;
            IndicatorValue prev = before.get(List.of(cur.id(), cur.location()));
            if (prev == null) continue;
            out.add(year(cur, prev, samples, s));
        }
        return out;
    }

    static YearComparison year(IndicatorValue cur, IndicatorValue prev, ScoreSamples samples, ComparisonSettings s) {
        double change = Double.isFinite(cur.value()) && Double.isFinite(prev.value()) && cur.n() > 0 && prev.n() > 0
                ? cur.value() - prev.value() : Double.NaN;
        TestResult result = test(cur, samples == null ? null : samples.get(cur.id(), cur.schoolYear(), cur.location()),
                prev, samples == null ? null : samples.get(prev.id(), prev.schoolYear(), prev.location()), prev.successCount(), prev.n());
        YearVerdict verdict = YearVerdict.of(change, result.p(), cur.n(), prev.n(), s.minGroupSize(), s.minRelevant(cur.unit()),
                s.alpha(), cur.higherIsBetter());
        return new YearComparison(cur, prev, change, result, verdict);
    }

    /**
     * Every location of every indicator × school year against the rest of the board (the total
     * minus the location), Holm over the locations of one indicator × school year.
     */
    public static List<LocationComparison> locations(List<IndicatorValue> values, ScoreSamples samples, ComparisonSettings s) {
        Map<List<String>, List<IndicatorValue>> families = new LinkedHashMap<>();
        for (IndicatorValue v : values) families.computeIfAbsent(List.of(v.id(), v.schoolYear()), k -> new ArrayList<>()).add(v);
        List<LocationComparison> out = new ArrayList<>();
        for (List<IndicatorValue> family : families.values()) {
            IndicatorValue total = family.stream().filter(v -> Descriptives.ALL_LOCATIONS.equals(v.location())).findFirst().orElse(null);
            if (total == null) continue;
            List<IndicatorValue> locs = family.stream().filter(v -> v != total).toList();
            List<TestResult> results = new ArrayList<>();
            List<double[]> rest = new ArrayList<>();
            for (IndicatorValue loc : locs) {
                long restN = total.n() - loc.n();
                double[] restSample = null;
                double restValue = Double.NaN;
                long restCount = total.successCount() - loc.successCount();
                if (IndicatorValue.MEAN.equals(loc.unit()) && samples != null) {
                    restSample = restOf(samples, loc, locs);
                    if (restSample != null && restSample.length > 0) {
                        restValue = java.util.Arrays.stream(restSample).average().orElse(Double.NaN);
                        restN = restSample.length;
                    }
                } else if (IndicatorValue.SHARE.equals(loc.unit()) && restN > 0) {
                    restValue = (double) restCount / restN;
                }
                rest.add(new double[]{restValue, restN});
                if (loc.n() < s.minGroupSize() || restN < s.minGroupSize()) {
                    results.add(TestResult.notTested(new UntestedReason.TooFewPeople(s.minGroupSize())));
                    continue;
                }
                results.add(test(loc, samples == null ? null : samples.get(loc.id(), loc.schoolYear(), loc.location()),
                        null, restSample, restCount, restN));
            }
            double[] p = results.stream().filter(TestResult::tested).mapToDouble(TestResult::p).toArray();
            double[] adjusted = p.length == 0 ? p : Holm.adjust(p);
            int k = 0;
            for (int i = 0; i < locs.size(); i++) {
                TestResult r = results.get(i);
                double pHolm = r.tested() ? adjusted[k++] : Double.NaN;
                double restValue = rest.get(i)[0];
                String flag = LocationComparison.NONE;
                if (r.tested() && pHolm < s.alpha() && Double.isFinite(restValue) && locs.get(i).value() != restValue)
                    flag = locs.get(i).value() > restValue ? LocationComparison.HIGHER : LocationComparison.LOWER;
                out.add(new LocationComparison(locs.get(i), restValue, (long) rest.get(i)[1], r, pHolm, flag));
            }
        }
        return out;
    }

    /**
     * The pooled within-location standard deviation of every mean figure, per (indicator id, school
     * year): sqrt(Σ (n_i − 1)·s_i² / Σ (n_i − 1)) over its locations' scores
     * ({@link nl.samenkracht.statistics.PooledSd}). A funnel plot of means draws its control limits
     * at board mean ± z·SD/√n with this SD: the spread within a location, which is what chance
     * alone produces, not the spread between locations the plot is meant to show.
     */
    public static Map<List<String>, Double> pooledSds(List<IndicatorValue> values, ScoreSamples samples) {
        Map<List<String>, List<double[]>> families = new LinkedHashMap<>();
        if (samples == null) return Map.of();
        for (IndicatorValue v : values) {
            if (!IndicatorValue.MEAN.equals(v.unit()) || Descriptives.ALL_LOCATIONS.equals(v.location())) continue;
            double[] x = samples.get(v.id(), v.schoolYear(), v.location());
            if (x != null) families.computeIfAbsent(List.of(v.id(), v.schoolYear()), k -> new ArrayList<>()).add(x);
        }
        Map<List<String>, Double> out = new HashMap<>();
        families.forEach((k, groups) -> {
            double sd = nl.samenkracht.statistics.PooledSd.of(groups);
            if (Double.isFinite(sd)) out.put(k, sd);
        });
        return out;
    }

    /** The scores of every other location of the family (people without a location are not in any). */
    private static double[] restOf(ScoreSamples samples, IndicatorValue loc, List<IndicatorValue> locs) {
        List<double[]> parts = new ArrayList<>();
        for (IndicatorValue other : locs) {
            if (other == loc) continue;
            double[] x = samples.get(other.id(), other.schoolYear(), other.location());
            if (x != null) parts.add(x);
        }
        if (parts.isEmpty()) return null;
        return parts.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    /**
     * Tests figure a (with its scores, for a mean) against b, given as its scores (mean) or its count
     * and n (share).
     */
    static TestResult test(IndicatorValue a, double[] aScores, IndicatorValue b, double[] bScores, long bCount, long bN) {
        if (!a.independent()) return TestResult.notTested(new UntestedReason.ContactShare());
        if (IndicatorValue.MEAN.equals(a.unit())) {
            if (aScores == null || bScores == null || aScores.length == 0 || bScores.length == 0)
                return TestResult.notTested(new UntestedReason.NoScores());
            RankSumResult r = RankSumTest.test(aScores, bScores);
            if (Double.isNaN(r.p())) return TestResult.notTested(new UntestedReason.Statistic(r.naReason()));
            return new TestResult(TestKind.MANN_WHITNEY, r.p(), r.effectR(), null);
        }
        if (IndicatorValue.SHARE.equals(a.unit())) {
            long aCount = a.successCount();
            if (a.n() <= 0 || bN <= 0 || aCount < 0 || aCount > a.n() || bCount < 0 || bCount > bN)
                return TestResult.notTested(new UntestedReason.NoCounts());
            ProportionTestResult r = Proportions.compare(aCount, a.n(), bCount, bN);
            // Both groups 0 % or both 100 %: no difference at all, which the z-test cannot express.
            if (!r.computable() && aCount * bN == bCount * a.n()) return new TestResult(TestKind.of(r.method()), 1.0, Double.NaN, new UntestedReason.Statistic(r.note()));
            if (!r.computable()) return TestResult.notTested(new UntestedReason.Statistic(r.note()));
            return new TestResult(TestKind.of(r.method()), r.p(), Double.NaN, null);
        }
        return TestResult.notTested(new UntestedReason.NoTestForCounts());
    }
}
