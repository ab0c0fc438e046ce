package nl.samenkracht.indicators.design;

import nl.samenkracht.report.model.TableStyle;

/** Dutch headers of the design sheet for the columns that no other table has. */
final class DesignLabels {
    private DesignLabels() {}

    static TableStyle style() {
        return new TableStyle().header("comparison", "Vergelijking").header("subset", "Subgroep")
                .header("group_a", "Groep a").header("group_b", "Groep b").header("basis", "Basis")
                .header("n_a", "n a").header("n_b", "n b")
                .header("mean_a", "Gem. verandering a").header("ci_lower_a", "95%-BI ondergrens a")
                .header("ci_upper_a", "95%-BI bovengrens a").header("mean_b", "Gem. verandering b")
                .header("ci_lower_b", "95%-BI ondergrens b").header("ci_upper_b", "95%-BI bovengrens b")
                .header("u", "U").header("z", "z").header("p", "p").header("p_method", "p-methode")
                .header("rank_biserial", "Rangbiseriële correlatie").header("hodges_lehmann", "Hodges-Lehmann")
                .header("instrument", "Vragenlijst").header("scale", "Schaal").header("school_year", "Schooljaar")
                .header("na_reason", "Niet berekend omdat");
    }
}
