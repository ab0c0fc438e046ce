package nl.samenkracht.report.model;

import java.util.Map;

/**
 * Dutch column headers for the workbooks, and the number format of each column. The CSV
 * files keep the English names: they are the machine-readable contract.
 */
public final class ColumnLabels {
    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("instrument", "Vragenlijst"), Map.entry("level", "Niveau"), Map.entry("measure", "Schaal/item"),
            Map.entry("scale", "Schaal"), Map.entry("item", "Item"), Map.entry("school_year", "Schooljaar"),
            Map.entry("wave", "Meting"), Map.entry("location", "Locatie"), Map.entry("grp", "Groep"),
            Map.entry("n", "n"), Map.entry("mean", "Gemiddelde"), Map.entry("sd", "SD"), Map.entry("median", "Mediaan"),
            Map.entry("q1", "Q1"), Map.entry("q3", "Q3"), Map.entry("min", "Min"), Map.entry("max", "Max"),
            Map.entry("share_agree", "% (helemaal) eens"), Map.entry("share_disagree", "% (helemaal) oneens"),
            Map.entry("option", "Antwoord"), Map.entry("value", "Waarde"), Map.entry("count", "Aantal"),
            Map.entry("share", "Aandeel"), Map.entry("n_valid", "n geldig"), Map.entry("n_missing", "n ontbrekend"),
            Map.entry("file", "Bestand"), Map.entry("row", "Rij"), Map.entry("column", "Kolom"), Map.entry("reason", "Reden"),
            Map.entry("detail", "Toelichting"), Map.entry("source", "Bron"), Map.entry("read", "Gelezen"),
            Map.entry("accepted", "Geaccepteerd"), Map.entry("rejected", "Afgewezen"), Map.entry("cell_issues", "Celproblemen"),
            Map.entry("text", "Tekst"), Map.entry("reverse", "Omgescoord"), Map.entry("answer_scale", "Antwoordschaal"),
            Map.entry("type", "Type"), Map.entry("factors", "Succesfactoren"), Map.entry("options", "Antwoordopties"),
            Map.entry("missing_labels", "Telt als ontbrekend"), Map.entry("label", "Label"), Map.entry("items", "Items"),
            Map.entry("level_row", "Niveau"), Map.entry("sha256", "SHA-256"), Map.entry("layout", "Exportformaat"),
            Map.entry("dialect", "Lezing"), Map.entry("columns", "Kolommen"), Map.entry("id", "Id"),
            Map.entry("kind", "Soort"),
            // statistics tables (indicators.stats)

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
            Map.entry("df", "df"), Map.entry("epsilon_squared", "Epsilon²"),
            // issue 16: every header of the researcher workbook in Dutch
            Map.entry("hodges_lehmann_lower", "Hodges-Lehmann, 95%-BI onder"),
            Map.entry("hodges_lehmann_upper", "Hodges-Lehmann, 95%-BI boven"),
            Map.entry("sd_pre", "SD voormeting"), Map.entry("sd_post", "SD nameting"),
            Map.entry("basis", "Basis"), Map.entry("comparison", "Vergelijking"), Map.entry("u", "U (groep A)"),
            Map.entry("mean_a", "Gemiddelde A"), Map.entry("mean_b", "Gemiddelde B"),
            Map.entry("ci_lower_a", "A: 95%-BI onder"), Map.entry("ci_upper_a", "A: 95%-BI boven"),
            Map.entry("ci_lower_b", "B: 95%-BI onder"), Map.entry("ci_upper_b", "B: 95%-BI boven"),
            Map.entry("n_options", "Aantal opties"), Map.entry("role", "Rol"), Map.entry("segments", "Fragmenten"),
            Map.entry("respondents", "Respondenten"), Map.entry("interviewed", "Geïnterviewd"), Map.entry("code", "Code"),
            Map.entry("code_a", "Code A"), Map.entry("code_b", "Code B"), Map.entry("same_segment", "Zelfde fragment"),
            Map.entry("same_respondent", "Zelfde respondent"), Map.entry("framework", "Kader"),
            Map.entry("factor", "Succesfactor"), Map.entry("factor_label", "Succesfactor (label)"),
            Map.entry("evidence", "Bewijs"), Map.entry("status", "Status"), Map.entry("target", "Doel"),
            Map.entry("result", "Resultaat"), Map.entry("rule_source", "Bron van de regel"), Map.entry("ref", "Verwijzing"),
            Map.entry("coverage", "Dekking"), Map.entry("achievement", "Gehaald"), Map.entry("n_with_evidence", "n met bewijs"),
            Map.entry("n_total", "n totaal"), Map.entry("phase", "Fase"), Map.entry("activities", "Activiteiten"),
            Map.entry("first_date", "Eerste datum"), Map.entry("last_date", "Laatste datum"), Map.entry("window", "Periode"),
            Map.entry("class", "Klas"), Map.entry("contact_type", "Soort contact"), Map.entry("channel", "Kanaal"),
            Map.entry("contacts", "Contacten"), Map.entry("reached", "Bereikt"), Map.entry("reference_date", "Peildatum"),
            Map.entry("n_meeting_target", "n doel gehaald"), Map.entry("month", "Maand"), Map.entry("n_gap", "n met gat"),
            Map.entry("median_longest_gap_days", "Mediaan langste gat (dagen)"), Map.entry("p90", "P90"),
            Map.entry("every_period", "Elke periode"), Map.entry("never", "Nooit"),
            Map.entry("share_every_period", "% elke periode"), Map.entry("share_never", "% nooit"),
            Map.entry("periods_required", "Vereiste perioden"), Map.entry("attendance_mean", "Gem. opkomst"),
            Map.entry("attendance_total", "Opkomst totaal"), Map.entry("with_count", "Met aantal"),
            Map.entry("indicator", "Indicator"), Map.entry("domain", "Domein"), Map.entry("total", "Totaal"),
            Map.entry("change", "Verandering"), Map.entry("trend", "Trend"), Map.entry("differences", "Verschillen"),
            Map.entry("scale_label", "Schaal (label)"), Map.entry("answer_scale_label", "Antwoordschaal (label)"),
            // issue 15: incomplete submissions and completion
            Map.entry("skipped", "Overgeslagen"), Map.entry("incomplete", "Onvolledig"),
            Map.entry("n_started", "n geopend"), Map.entry("n_unfinished", "n onvolledig"), Map.entry("n_empty", "n leeg"),
            Map.entry("response_rate", "Respons"), Map.entry("completion_rate", "Voltooid"));

    /** Dutch words for the contract values that appear in workbook cells (CSV keeps the values). */
    private static final Map<String, Map<String, String>> VALUES = Map.of(
            "design", Map.of("paired", "gepaard", "independent", "onafhankelijk"),
            "test", Map.of("mann-whitney", "Mann-Whitney", "kruskal-wallis", "Kruskal-Wallis", "dunn", "Dunn"),
            "basis", Map.of("linked", "gekoppeld", "independent", "onafhankelijk"),
            "comparison", Map.of("cohort", "cohorten", "group", "groepen"),
            "type", Map.of("likert", "Likert", "open", "open"));

    /** A contract value shown in Dutch in a workbook cell; other values unchanged. */
    public static String dutchValue(String column, String value) {
        Map<String, String> m = VALUES.get(column);
        return m == null ? value : m.getOrDefault(value, value);
    }

    private ColumnLabels() {}

    public static String dutch(String column) {
        return DUTCH.getOrDefault(column, column);
    }

    /** A column of p-values ("p", "p_holm", ...; not "p_method"): shown APA-style by {@link PValueFormat}. */
    public static boolean isPValue(String column) {
        return column.equals("p") || (column.startsWith("p_") && !column.equals("p_method"));
    }

    /** Excel number format for a column; Excel shows it with the reader's own decimal mark. */
    public static String format(String column) {
        if (column.startsWith("share") || column.startsWith("pct_") || column.endsWith("_rate") || column.equals("coverage")
                || column.equals("achievement"))
            return "0%";
        if (column.equals("p") || column.startsWith("p_")) return "0.000";
        if (column.equals("n") || column.startsWith("n_") || column.equals("count") || column.equals("row")
                || column.equals("read") || column.equals("accepted") || column.equals("rejected") || column.equals("incomplete")
                || column.equals("df"))
            return "0";
        return "0.00";
    }
}
