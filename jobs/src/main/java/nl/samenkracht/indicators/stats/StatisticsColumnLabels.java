package nl.samenkracht.indicators.stats;

import java.util.Map;

/**
 * Dutch workbook headers for the columns of the statistics tables that
 * {@code report.model.ColumnLabels} does not know yet (the CSV files keep the English names).
 * Meant to be merged into ColumnLabels by the integrator; kept here so that this stage does not
 * edit a shared file.
 */
public final class StatisticsColumnLabels {
    public static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("n_items", "Aantal items"), Map.entry("n_complete", "n volledig"),
            Map.entry("alpha_listwise", "Alfa (listwise)"), Map.entry("alpha_pairwise", "Alfa (pairwise)"),
            Map.entry("feldt_lower", "95%-BI ondergrens (Feldt)"), Map.entry("feldt_upper", "95%-BI bovengrens (Feldt)"),
            Map.entry("average_r", "Gem. inter-itemcorrelatie"), Map.entry("n_rows", "n respondenten"),
            Map.entry("na_reason", "Niet berekend omdat"), Map.entry("warnings", "Waarschuwingen"),
            Map.entry("corrected_item_total_r", "Gecorrigeerde item-totaalcorrelatie"),
            Map.entry("alpha_if_deleted", "Alfa zonder item"), Map.entry("scale_or_item", "Schaal/item"),
            Map.entry("design", "Opzet"), Map.entry("n_pre", "n voormeting"), Map.entry("n_post", "n nameting"),
            Map.entry("n_pairs", "n paren"), Map.entry("median_pre", "Mediaan voormeting"),
            Map.entry("median_post", "Mediaan nameting"), Map.entry("mean_pre", "Gemiddelde voormeting"),
            Map.entry("mean_post", "Gemiddelde nameting"), Map.entry("statistic", "Toetsgrootheid (V/W)"),
            Map.entry("z", "z"), Map.entry("p", "p"), Map.entry("effect_r", "r = |z|/√n"),
            Map.entry("rank_biserial", "Rangbiseriële r"), Map.entry("subset", "Deelgroep"),
            Map.entry("rank_biserial_lower", "Rangbiseriële r, 95%-BI onder"),
            Map.entry("rank_biserial_upper", "Rangbiseriële r, 95%-BI boven"),
            Map.entry("hodges_lehmann", "Hodges-Lehmann-verschuiving"), Map.entry("p_method", "p-methode"),
            Map.entry("n_zero_differences", "n verschil 0"), Map.entry("p_holm", "p (Holm)"),
            Map.entry("design_reason", "Reden opzet"), Map.entry("n_linked", "n gekoppeld"),
            Map.entry("n_unlinked", "n niet gekoppeld"), Map.entry("grouping", "Indeling"),
            Map.entry("group_a", "Groep A"), Map.entry("group_b", "Groep B"), Map.entry("n_a", "n A"),
            Map.entry("n_b", "n B"), Map.entry("U", "U (groep A)"), Map.entry("test", "Toets"), Map.entry("H", "H"),
            Map.entry("df", "df"), Map.entry("epsilon_squared", "Epsilon²"));

    private StatisticsColumnLabels() {}
}
