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
            Map.entry("kind", "Soort"));

    private ColumnLabels() {}

    public static String dutch(String column) {
        return DUTCH.getOrDefault(column, column);
    }

    /** Excel number format for a column; Excel shows it with the reader's own decimal mark. */
    public static String format(String column) {
        if (column.startsWith("share") || column.startsWith("pct_") || column.equals("coverage") || column.equals("achievement"))
            return "0%";
        if (column.equals("p") || column.startsWith("p_")) return "0.000";
        if (column.equals("n") || column.startsWith("n_") || column.equals("count") || column.equals("row")
                || column.equals("read") || column.equals("accepted") || column.equals("rejected") || column.equals("df"))
            return "0";
        return "0.00";
    }
}
