package nl.samenkracht.indicators.stats;

import nl.samenkracht.model.Codebook;
import nl.samenkracht.statistics.ItemReliability;
import nl.samenkracht.statistics.Reliability;
import nl.samenkracht.statistics.ReliabilityResult;
import nl.samenkracht.statistics.ReliabilityWarning;
import nl.samenkracht.canonical.KeyCodes;
import nl.samenkracht.indicators.Submissions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Cronbach's alpha per instrument × scale × school year × wave, and over all waves and years
 * together ({@value StatisticsStage#ALL}).
 *
 * <p>Spark takes one answer pattern per respondent and scale from the wide submissions (the
 * reverse-keyed scores in codebook item order, null where unanswered) and counts identical
 * patterns; the driver expands the counts into the respondent × item matrix. Only respondents
 * with at least one answer on the scale are rows: they are the n of the Feldt interval.
 */
final class ReliabilityAnalysis {

    record Cell(String instrument, String scale, String schoolYear, String wave) {}

    /** One distinct answer pattern (NaN = unanswered) and how many respondents gave it. */
    record Pattern(double[] scores, long count) {}

    record Output(List<ScaleAlpha> scales, List<ItemAlpha> items) {}

    private ReliabilityAnalysis() {}

    /**
     * The counted answer patterns as a Dataset (instrument, scale, school_year, wave, pattern, count), or null
     * when the codebook has no scales. Made from the one aggregation per respondent ({@link Submissions}): a
     * submission's pattern of a scale is its item columns in codebook order, and it counts when at least one
     * of them is answered.
     */
    static Dataset<Row> patterns(Submissions submissions, Codebook codebook) {
        if (submissions.isEmpty()) return null;
        KeyCodes keys = submissions.keys();
        Column perInstrument = submissions.perScale(codebook, (s, scale) -> {
            Column[] scores = new Column[s.itemIds().size()];
            Column any = lit(false);
            for (int i = 0; i < scores.length; i++) {
                int item = keys.code(KeyCodes.Key.ITEM, s.itemIds().get(i));
                scores[i] = item < 0 ? lit(null).cast("double") : col(Submissions.item(item));
                if (item >= 0) any = any.or(col(Submissions.item(item)).isNotNull());
            }
            // a respondent without any answer on the scale is no row of its matrix
            return when(any, struct(lit(scale).as("scale"), array(scores).as("pattern")));
        });
        if (perInstrument == null) return null;
        Dataset<Row> counted = submissions.data()
                .filter(col("school_year").isNotNull().and(col("wave").isNotNull()))
                .select(col("instrument"), col("school_year"), col("wave"), explode(perInstrument).as("p"))
                .filter(col("p").isNotNull())
                .groupBy(col("instrument"), col("p.scale").as("scale"), col("school_year"), col("wave"), col("p.pattern").as("pattern"))
                .count();
        return KeyCodes.labelled(counted, "scale", keys.labels(KeyCodes.Key.SCALE));
    }

    /** The collected rows of {@link #patterns} by cell. */
    static Map<Cell, List<Pattern>> parse(List<Row> rows) {
        Map<Cell, List<Pattern>> out = new HashMap<>();
        for (Row r : rows) {
            List<Object> p = r.getList(4);
            double[] scores = new double[p.size()];
            for (int i = 0; i < scores.length; i++) scores[i] = p.get(i) == null ? Double.NaN : ((Number) p.get(i)).doubleValue();
            out.computeIfAbsent(new Cell(r.getString(0), r.getString(1), r.getString(2), r.getString(3)),
                    c -> new ArrayList<>()).add(new Pattern(scores, r.getLong(5)));
        }
        return out;
    }

    /**
     * @param cells    the instrument → school year → waves present in the data (a scale with no
     *                 respondent in a present wave still gets a row, with a reason)
     * @param warnings receives an English line for the terminal per scale with warnings (the warnings are in its row)
     */
    static Output compute(Map<Cell, List<Pattern>> data, Map<String, Map<String, List<String>>> cells,
                          Codebook codebook, List<String> warnings) {
        List<ScaleAlpha> scales = new ArrayList<>();
        List<ItemAlpha> items = new ArrayList<>();
        for (String instrument : cells.keySet()) {
            for (Codebook.Scale s : codebook.scales()) {
                if (!s.instrument().equals(instrument)) continue;
                List<Pattern> all = new ArrayList<>();
                cells.get(instrument).forEach((year, waves) -> {
                    for (String wave : waves) {
                        List<Pattern> patterns = data.getOrDefault(new Cell(instrument, s.id(), year, wave), List.of());
                        all.addAll(patterns);
                        add(scales, items, s, year, wave, patterns, codebook, warnings);
                    }
                });
                add(scales, items, s, StatisticsStage.ALL, StatisticsStage.ALL, all, codebook, warnings);
            }
        }
        return new Output(scales, items);
    }

    private static void add(List<ScaleAlpha> scales, List<ItemAlpha> items, Codebook.Scale s, String year, String wave,
                            List<Pattern> patterns, Codebook codebook, List<String> warnings) {
        ReliabilityResult r = Reliability.of(matrix(patterns, s.itemIds().size()), s.itemIds());
        // "fewer than 2 rows" undersells an empty wave; a scale without 2 items keeps its own reason.
        boolean empty = r.nRows() == 0 && r.nItems() > 1;
        AnalysisReason reason = empty ? new AnalysisReason.NoRespondents() : AnalysisReason.of(r.naReason());
        // An empty wave says so in na_reason; its per-item "fewer than 2 answers" would only be noise.
        List<ReliabilityWarning> own = empty ? List.of() : r.warnings();
        // The warnings themselves are the table's (worded in report, column warnings); the terminal gets an English pointer.
        if (!own.isEmpty())
            warnings.add(s.instrument() + " / " + s.id() + ", " + (year.equals(StatisticsStage.ALL) ? "all waves" : year + " " + wave)
                    + ": " + own.size() + (own.size() == 1 ? " reliability warning" : " reliability warnings")
                    + " (column warnings of tables/reliability.csv)");
        scales.add(new ScaleAlpha(s.instrument(), s.id(), year, wave, r.nItems(), r.nComplete(), r.alphaListwise(),
                r.alphaPairwise(), r.feldtLower(), r.feldtUpper(), r.averageInterItemR(), r.nRows(),
                reason, own));
        for (ItemReliability it : r.items()) {
            String itemId = s.itemIds().get(it.index());
            Codebook.Item item = codebook.item(s.instrument(), itemId);
            items.add(new ItemAlpha(s.instrument(), s.id(), year, wave, itemId, it.n(), it.mean(), it.sd(),
                    it.correctedItemTotalR(), it.alphaIfDeleted(), item != null && item.reverse(),
                    empty ? new AnalysisReason.NoRespondents() : AnalysisReason.of(it.naReason())));
        }
    }

    /** Patterns in a fixed order (so sums, and thus the last digits, are the same every run), expanded by count. */
    static double[][] matrix(List<Pattern> patterns, int k) {
        List<Pattern> sorted = new ArrayList<>(patterns);
        sorted.sort(Comparator.comparing(Pattern::scores, ReliabilityAnalysis::compareRows));
        long n = sorted.stream().mapToLong(Pattern::count).sum();
        double[][] m = new double[Math.toIntExact(n)][];
        int at = 0;
        for (Pattern p : sorted) {
            if (p.scores().length != k) throw new IllegalStateException("pattern of " + p.scores().length + " items, expected " + k);
            for (long i = 0; i < p.count(); i++) m[at++] = p.scores().clone();
        }
        return m;
    }

    private static int compareRows(double[] a, double[] b) {
        return Arrays.compare(a, b); // Double.compare order: NaN after every number
    }
}
