package nl.samenkracht.report.methods;

import nl.samenkracht.config.CoverageConfig;
import nl.samenkracht.coverage.CoverageResults;
import nl.samenkracht.coverage.CoverageRow;
import nl.samenkracht.coverage.EvidenceWaves;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Dutch methods paragraph about success-factor coverage. */
public final class CoverageMethods {
    private CoverageMethods() {}

    /** One paragraph naming the reported frameworks, or none when no framework was reported. */
    public static List<String> paragraphs(CoverageResults results, CoverageConfig coverage, EvidenceWaves waves) {
        List<CoverageRow> rows = results.rows();
        if (rows.isEmpty()) return List.of();
        Set<String> frameworks = new LinkedHashSet<>();
        for (CoverageRow r : rows) frameworks.add(r.framework());
        List<String> p = new ArrayList<>();
        p.add(String.format(Locale.ROOT, "Succesfactoren. Per factor van %s, per schooljaar en locatie, is nagegaan welk bewijs"
                        + " er is en of het het doel haalt: op orde (al het beschikbare bewijs haalt het doel), aandacht (ten minste"
                        + " één bron haalt het doel niet) of geen gegevens (geen bewijs). Bewijs uit vragenlijsten is het aandeel"
                        + " respondenten%s dat het (helemaal) eens is (de bovenste twee antwoordopties; voor een schaalscore: een score"
                        + " vanaf die grens), met als doel standaard %d%%; bewijs uit interviews is het aandeel geïnterviewden dat een"
                        + " code noemt; bewijs uit contactregistraties is een aandeel contacten of ouders. %s Dekking is het aandeel"
                        + " factoren met bewijs, realisatie het aandeel factoren dat op orde is.",
                String.join(", ", frameworks),
                coverage.surveyGroup() == null || coverage.surveyGroup().isBlank() ? "" : " (groep " + coverage.surveyGroup() + ")",
                Math.round(coverage.surveyTarget() * 100), waves(waves)));
        return p;
    }

    /** Which wave counts as a school year's evidence, in one Dutch sentence. */
    static String waves(EvidenceWaves waves) {
        if (waves.configured() != null) return "Per schooljaar telt de meting '" + waves.configured() + "'.";
        return "Per schooljaar telt de laatste meting: de " + waves.postWave() + " als die er is, anders de " + waves.preWave() + ".";
    }
}
