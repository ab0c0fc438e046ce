package nl.samenkracht.report.methods;

import nl.samenkracht.config.DesignConfig;
import nl.samenkracht.config.OptionsConfig;
import nl.samenkracht.indicators.design.DesignBasis;
import nl.samenkracht.indicators.design.DesignStage;

import java.util.List;

/** The Dutch methods paragraph of the design stage, with the number of comparisons that used linked changes. */
public final class DesignMethods {
    private DesignMethods() {}

    /** One paragraph, or none when the study has no design. */
    public static List<String> paragraphs(DesignStage.Results results, DesignConfig d, OptionsConfig o) {
        if (!results.ran()) return List.of();
        long linked = results.comparisons().stream().filter(c -> c.basis() == DesignBasis.LINKED).count();
        String what = d.hasCohorts()
                ? "het cohort " + d.after() + " (met de interventie) vergeleken met het vergelijkingscohort " + d.before()
                  + (d.hasGroups() ? ", voor alle respondenten en per groep" : "")
                : "de groepen binnen elk schooljaar met elkaar vergeleken";
        return List.of("Opzet van het onderzoek. Per schaal is de verandering berekend van " + o.preWave() + " naar "
                + o.postWave() + " (schaalscore " + o.postWave() + " min " + o.preWave() + "), per respondent gekoppeld"
                + " via het pseudoniem binnen vragenlijst en schooljaar. Op die verandering is " + what
                + " met de Mann-Whitney U-toets, met de rangbiseriële correlatie en de Hodges-Lehmann-verschuiving als"
                + " effectmaat; de gemiddelde verandering per groep staat erbij met een 95%-betrouwbaarheidsinterval"
                + " (t-verdeling). Waar de metingen niet te koppelen zijn (anoniem, of minder dan 2 gekoppelde"
                + " respondenten in een groep), zijn de nametingscores van de groepen als onafhankelijke steekproeven"
                + " vergeleken; de tabel zegt dat in de kolom basis. " + linked + " van de " + results.comparisons().size()
                + " vergelijkingen gebruiken gekoppelde veranderingen.");
    }
}
