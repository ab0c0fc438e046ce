package nl.samenkracht.indicators;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.statistics.DescriptiveResult;
import nl.samenkracht.statistics.FrequencyStatistics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


/**
 * Descriptives of scale scores and items per instrument × school year × wave × location × group,
 * with the totals over locations ("Alle locaties") and groups ("Alle groepen"), computed on the
 * driver from the count cube ({@link SurveyCube}): n, mean, sd (n − 1), median and quartiles (R's
 * default type 7), min, max, share agree (top two options, or
 * for a scale score: at or above the top-two threshold) and share disagree.
 * Items are described as answered; scale scores after reverse keying.
 */
public final class Descriptives {
    public static final String ALL_LOCATIONS = "Alle locaties";
    public static final String ALL_GROUPS = "Alle groepen";
    public static final String NO_GROUP = "(geen groep)";

    private Descriptives() {}

    /** As {@link #compute(SurveyCube, Codebook)}, collecting the cube first (one Spark action). */
    public static List<DescriptiveRow> compute(SparkSession spark, Dataset<Row> scaleScores, Dataset<Row> responses, Codebook codebook) {
        FusedCollect fused = new FusedCollect();
        SurveyCube.Request cube = SurveyCube.request(fused, responses, scaleScores);
        fused.collect();
        return compute(cube.result(), codebook);
    }

    /**
     * The descriptives from the count cube: every count goes to its own location × group and to
     * the totals over locations, over groups and over both (what Spark's grouping sets did before).
     * Only the codebook's Likert items and the scales with an answer scale are described.
     *
     * @return the descriptives, sorted by instrument, level, measure, school year, wave, location, group
     */
    public static List<DescriptiveRow> compute(SurveyCube cube, Codebook codebook) {
        Map<List<String>, double[]> thresholds = thresholds(codebook);
        Map<Key, FrequencyStatistics> groups = new TreeMap<>(Comparator.comparing(Key::instrument).thenComparing(Key::level)
                .thenComparing(Key::measure).thenComparing(Key::schoolYear).thenComparing(Key::wave)
                .thenComparing(Key::location).thenComparing(Key::grp));
        Map<Key, double[]> limits = new HashMap<>();
        for (SurveyCube.ScaleCount c : cube.scales())
            add(groups, limits, thresholds.get(List.of(c.instrument(), DescriptiveRow.SCALE, c.scale())), new Key(c.instrument(),
                    DescriptiveRow.SCALE, c.scale(), c.schoolYear(), c.wave(), c.location(), c.grp()), c.score(), c.n());
        for (SurveyCube.ItemCount c : cube.items())
            if (c.value() != null)
                add(groups, limits, thresholds.get(List.of(c.instrument(), DescriptiveRow.ITEM, c.item())), new Key(c.instrument(),
                        DescriptiveRow.ITEM, c.item(), c.schoolYear(), c.wave(), c.location(), c.grp()), c.value(), c.n());
        List<DescriptiveRow> out = new ArrayList<>(groups.size());
        for (Map.Entry<Key, FrequencyStatistics> e : groups.entrySet()) {
            Key k = e.getKey();
            FrequencyStatistics f = e.getValue();
            double[] lim = limits.get(k);
            DescriptiveResult r = nl.samenkracht.statistics.Descriptives.of(f, 0, lim[0], lim[1]);
            out.add(new DescriptiveRow(k.instrument(), k.level(), k.measure(), k.schoolYear(), k.wave(), k.location(), k.grp(),
                    f.n(), r.mean(), r.sd(), r.median(), r.q1(), r.q3(), r.min(), r.max(), r.shareAgree(), r.shareDisagree()));
        }
        return out;
    }

    private record Key(String instrument, String level, String measure, String schoolYear, String wave, String location,
                       String grp) {}

    /** Adds a count to its own location × group and to the totals; measures without thresholds are not described. */
    private static void add(Map<Key, FrequencyStatistics> groups, Map<Key, double[]> limits, double[] lim, Key k,
                            double x, long n) {
        if (lim == null) return;
        String grp = k.grp() == null ? NO_GROUP : k.grp();
        for (String loc : new String[]{k.location(), ALL_LOCATIONS}) {
            for (String g : new String[]{grp, ALL_GROUPS}) {
                Key key = new Key(k.instrument(), k.level(), k.measure(), k.schoolYear(), k.wave(), loc, g);
                groups.computeIfAbsent(key, x0 -> new FrequencyStatistics()).add(x, n);
                limits.putIfAbsent(key, lim);
            }
        }
    }

    /** (instrument, level, measure) → {agree from, disagree to} of the measures that are described. */
    private static Map<List<String>, double[]> thresholds(Codebook codebook) {
        Map<List<String>, double[]> out = new HashMap<>();
        for (Codebook.Scale s : codebook.scales()) {
            AnswerScale a = codebook.answerScaleOf(s);
            if (a != null) out.put(List.of(s.instrument(), "schaal", s.id()), new double[]{a.agreeFrom(), a.disagreeTo()});
        }
        for (Codebook.Item i : codebook.likertItems()) {
            AnswerScale a = codebook.answerScaleOf(i);
            out.put(List.of(i.instrument(), "item", i.id()), new double[]{a.agreeFrom(), a.disagreeTo()});
        }
        return out;
    }
}
