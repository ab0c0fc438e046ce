package nl.samenkracht.indicators.design;

import nl.samenkracht.config.DesignConfig;
import nl.samenkracht.config.OptionsConfig;
import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.FusedCollect;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.statistics.RankTestOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The design stage: collects one scale score per respondent × wave (a part of the survey analysis's one
 * Spark action, {@link FusedCollect}) and
 * runs {@link DesignAnalysis}. Nothing happens without a {@code design:} in the config. {@code report}
 * lays the results out (report.tables.DesignTables, report.figures.DesignFigures, report.methods.DesignMethods).
 */
public final class DesignStage {
    private DesignStage() {}

    /**
     * What the stage produced.
     *
     * @param ran         whether the study has a design and survey scale scores to test it on
     * @param comparisons one per comparison, scales in codebook order (empty when not ran)
     */
    public record Results(boolean ran, List<DesignComparison> comparisons) {
        public static final Results NONE = new Results(false, List.of());

        public Results {
            comparisons = List.copyOf(comparisons);
        }
    }

    /** As {@link #compute(FusedCollect.Part, Codebook, DesignConfig, OptionsConfig)}, with its own Spark action. */
    public static Results compute(Dataset<Row> scaleScores, Codebook codebook, DesignConfig design,
                                  OptionsConfig options) {
        FusedCollect fused = new FusedCollect();
        FusedCollect.Part part = request(fused, scaleScores, design, options);
        fused.collect();
        return compute(part, codebook, design, options);
    }

    /** The scale scores the design needs, to be collected with the rest; null without a design. */
    public static FusedCollect.Part request(FusedCollect fused, Dataset<Row> scaleScores, DesignConfig design,
                                            OptionsConfig options) {
        if (design.isEmpty() || !Arrays.asList(scaleScores.columns()).contains("score")) return null;
        // Waves are codes (canonical.KeyCodes); the part's rows come back with their labels.
        nl.samenkracht.canonical.KeyCodes keys = nl.samenkracht.canonical.KeyCodes.of(scaleScores);
        int pre = keys.code(nl.samenkracht.canonical.KeyCodes.Key.WAVE, options.preWave());
        int post = keys.code(nl.samenkracht.canonical.KeyCodes.Key.WAVE, options.postWave());
        return fused.add(scaleScores.filter(col("score").isNotNull().and(col("school_year").isNotNull())
                        .and(col("wave").isin(pre, post)))
                .select("instrument", "scale", "school_year", "wave", "grp", "respondent", "anonymous", "score"));
    }

    public static Results compute(FusedCollect.Part part, Codebook codebook, DesignConfig design, OptionsConfig options) {
        if (part == null) return Results.NONE;
        List<DesignAnalysis.Score> scores = new ArrayList<>();
        for (Row r : part.rows()) {
            String grp = r.isNullAt(4) || r.getString(4).isBlank() || r.getString(4).equals(Descriptives.NO_GROUP)
                    ? null : r.getString(4);
            String respondent = r.isNullAt(6) || r.getBoolean(6) || r.isNullAt(5) ? null : r.getString(5);
            scores.add(new DesignAnalysis.Score(r.getString(0), r.getString(1), r.getString(2), r.getString(3), grp,
                    respondent, r.getDouble(7)));
        }
        List<String[]> scales = codebook.scales().stream().map(s -> new String[]{s.instrument(), s.id()}).toList();
        RankTestOptions rank = options.rankTests();
        return new Results(true, DesignAnalysis.compute(scores, scales, design, options.preWave(), options.postWave(), rank));
    }
}
