package nl.samenkracht.coverage;

import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.ReportTable;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * What the coverage stage produced.
 *
 * @param coverage tables/coverage.csv: framework, factor, school_year, location, evidence, value,
 *                 target, status, factor_label — one row per reported framework × factor × school
 *                 year × location (with "Alle locaties")
 * @param details  tables/coverage_evidence.csv: every evidence rule of every factor × school year ×
 *                 location, with its value, n and result
 * @param summary  tables/coverage_summary.csv: per framework × school year × location: factors,
 *                 with evidence, meeting target, coverage, achievement
 * @param kotter   tables/kotter.csv: Kotter phases with status and dates, or null without a kotter_log
 * @param figures  heatmaps (factors × locations for the latest school year, factors × school years for
 *                 "Alle locaties") per framework with evidence, and the Kotter timeline
 * @param methods  Dutch methods paragraphs
 * @param warnings Dutch warnings (e.g. a mapped interview code no interview mentions)
 */
public record CoverageResults(Table coverage, Table details, Table summary, Table kotter, List<Figure> figures,
                              List<String> methods, List<String> warnings) {
    public static final String SHEET_COVERAGE = "Succesfactoren";
    public static final String SHEET_DETAILS = "Succesfactoren bewijs";
    public static final String SHEET_SUMMARY = "Dekking";
    public static final String SHEET_KOTTER = "Kotter";
    public static final String SHEET_FIGURES = "Grafieken dekking";

    public CoverageResults {
        figures = List.copyOf(figures);
        methods = List.copyOf(methods);
        warnings = List.copyOf(warnings);
    }

    /** The report tables (the Kotter table only when a log was given). */
    public List<ReportTable> reportTables() {
        List<ReportTable> out = new ArrayList<>();
        out.add(new ReportTable("coverage", SHEET_COVERAGE, "Per succesfactor, schooljaar en locatie: op orde (al het"
                + " beschikbare bewijs haalt het doel), aandacht (ten minste één bron haalt het doel niet) of geen gegevens."
                + " Bewijs, waarde en doel: de bron die de status bepaalt (bij aandacht de eerste die het doel mist).", coverage));
        out.add(new ReportTable("coverage_evidence", SHEET_DETAILS, "Elke bewijsregel per factor, schooljaar en locatie,"
                + " met waarde, n en uitkomst. Vragenlijst: aandeel (helemaal) eens; interview: aandeel geïnterviewden dat de"
                + " code noemt; contact: een aandeel.", details));
        out.add(new ReportTable("coverage_summary", SHEET_SUMMARY, "Dekking = aandeel factoren met bewijs; realisatie ="
                + " aandeel van alle factoren dat op orde is.", summary));
        if (kotter != null)
            out.add(new ReportTable("kotter", SHEET_KOTTER, "Fasen van Kotter op de peildatum: gedaan (een latere fase is"
                    + " begonnen), bezig (de hoogste begonnen fase) of nog niet gestart.", kotter));
        return out;
    }
}
