package nl.samenkracht.indicators.stats;

import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.ReportTable;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * What the statistics stage produced, ready for the research report.
 *
 * @param reliability      tables/reliability.csv: one row per instrument × scale × school year ×
 *                         wave, plus a row "alle"/"alle" per instrument × scale over every wave
 * @param reliabilityItems tables/reliability_items.csv: one row per item of each of those rows
 * @param prepost          tables/prepost.csv: pre/post per instrument × school year × subset ×
 *                         level × scale or item
 * @param groups           tables/groups.csv: Mann-Whitney, Kruskal-Wallis and Dunn rows
 * @param methods          Dutch methods paragraphs describing what ran, with the n's of the results
 * @param figures          pre/post and reliability charts (sheets {@link #SHEET_FIGURES_PREPOST},
 *                         {@link #SHEET_FIGURES_RELIABILITY})
 * @param warnings         Dutch warnings for the run log / data-quality sheet
 */
public record StatisticsResults(Table reliability, Table reliabilityItems, Table prepost, Table groups,
                                List<String> methods, List<Figure> figures, List<String> warnings) {
    public static final String SHEET_RELIABILITY = "Betrouwbaarheid";
    public static final String SHEET_RELIABILITY_ITEMS = "Betrouwbaarheid items";
    public static final String SHEET_PREPOST = "Voor- en nameting";
    public static final String SHEET_GROUPS = "Groepsvergelijking";
    public static final String SHEET_FIGURES_PREPOST = "Grafieken pre-post";
    public static final String SHEET_FIGURES_RELIABILITY = "Grafieken betrouwbaarheid";

    public StatisticsResults {
        methods = List.copyOf(methods);
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }

    /** The four tables as report tables: CSV id (the contract's file name), sheet title and a reading note. */
    public List<ReportTable> reportTables() {
        return List.of(
                new ReportTable("reliability", SHEET_RELIABILITY, "Cronbachs alfa na omscoren, zoals psych::alpha:"
                        + " pairwise (hoofdgetal) en listwise, met 95%-interval volgens Feldt. n_rows = respondenten met"
                        + " ten minste één antwoord op de schaal; n_complete = met alle items. Schooljaar en meting \"alle\""
                        + " = alle metingen samen.", reliability),
                new ReportTable("reliability_items", SHEET_RELIABILITY_ITEMS, "Per item: n, gemiddelde en SD na omscoren,"
                        + " gecorrigeerde item-totaalcorrelatie en alfa zonder het item.", reliabilityItems),
                new ReportTable("prepost", SHEET_PREPOST, "Gepaard (Wilcoxon-rangtekentoets) bij ten minste 2 gekoppelde"
                        + " paren, anders onafhankelijk (Mann-Whitney U); zie design_reason. n, medianen en gemiddelden"
                        + " beschrijven de getoetste scores (bij gepaard alleen de paren). Positieve z en rangbiseriële"
                        + " correlatie = hoger in de nameting. p_holm: Holm binnen schooljaar × subgroep × niveau.", prepost),
                new ReportTable("groups", SHEET_GROUPS, "Twee groepen: Mann-Whitney U (U en rangbiseriële correlatie voor"
                        + " group_a). Drie of meer: Kruskal-Wallis (rij \"alle groepen\") en Dunn per paar. p_holm:"
                        + " Mann-Whitney/Kruskal-Wallis binnen schooljaar × meting × niveau × indeling; Dunn binnen de paren"
                        + " van één schaal of item.", groups));
    }
}
