package nl.samenkracht.indicators.design;

import nl.samenkracht.config.DesignConfig;
import nl.samenkracht.config.OptionsConfig;
import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.FusedCollect;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.statistics.RankTestOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The design stage: collects one scale score per respondent × wave (a part of the survey analysis's one
 * Spark action, {@link FusedCollect}) and
 * runs {@link DesignAnalysis}. Nothing happens without a {@code design:} in the config.
 */
public final class DesignStage {
    public static final String SHEET = "Opzet van het onderzoek";

    private DesignStage() {}

    /** What the stage produced: the table (null without a design) and its Dutch methods paragraph. */
    public record Results(Table design, List<String> methods, List<nl.samenkracht.report.model.Figure> figures) {
        public static final Results NONE = new Results(null, List.of(), List.of());

        public List<ReportTable> reportTables() {
            if (design == null) return List.of();
            return List.of(new ReportTable("design", SHEET, "Verandering van voor- naar nameting per gekoppelde respondent"
                    + " (schaalscore nameting − voormeting), vergeleken tussen cohorten of groepen met Mann-Whitney U."
                    + " Groep a = het cohort met de interventie (of de eerste groep); positieve rangbiseriële correlatie en"
                    + " Hodges-Lehmann = groep a ging meer vooruit. Basis 'independent': niet te koppelen metingen, dan"
                    + " zijn de nametingscores vergeleken in plaats van de verandering.", design, DesignLabels.style()));
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
        Table t = DesignAnalysis.compute(scores, scales, design, options.preWave(), options.postWave(), rank);
        return new Results(t, List.of(methods(design, t, options)), DesignFigures.build(t, codebook));
    }

    static String methods(DesignConfig d, Table t, OptionsConfig o) {
        long linked = t.stringColumn("basis").asList().stream().filter(DesignAnalysis.LINKED::equals).count();
        String what = d.hasCohorts()
                ? "het cohort " + d.after() + " (met de interventie) vergeleken met het vergelijkingscohort " + d.before()
                  + (d.hasGroups() ? ", voor alle respondenten en per groep" : "")
                : "de groepen binnen elk schooljaar met elkaar vergeleken";
        return "Opzet van het onderzoek. Per schaal is de verandering berekend van " + o.preWave() + " naar "
                + o.postWave() + " (schaalscore " + o.postWave() + " min " + o.preWave() + "), per respondent gekoppeld"
                + " via het pseudoniem binnen vragenlijst en schooljaar. Op die verandering is " + what
                + " met de Mann-Whitney U-toets, met de rangbiseriële correlatie en de Hodges-Lehmann-verschuiving als"
                + " effectmaat; de gemiddelde verandering per groep staat erbij met een 95%-betrouwbaarheidsinterval"
                + " (t-verdeling). Waar de metingen niet te koppelen zijn (anoniem, of minder dan 2 gekoppelde"
                + " respondenten in een groep), zijn de nametingscores van de groepen als onafhankelijke steekproeven"
                + " vergeleken; de tabel zegt dat in de kolom basis. " + linked + " van de " + t.rowCount()
                + " vergelijkingen gebruiken gekoppelde veranderingen.";
    }
}
