package nl.samenkracht.report;

import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.indicators.SurveyResults;
import nl.samenkracht.coverage.CoverageResults;
import nl.samenkracht.indicators.interviews.InterviewResults;
import nl.samenkracht.indicators.stats.StatisticsResults;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.Report;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.figures.StatisticsFigures;
import nl.samenkracht.report.tables.InterviewTables;
import nl.samenkracht.report.tables.StatisticsTables;
import nl.samenkracht.report.tables.SurveyTables;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/** Builds onderzoek.xlsx, the researcher's workbook, from the run's results. */
public final class ResearchReport {
    public static final String FILE = "onderzoek.xlsx";
    /** Data rows of a table that fit on about one printed page (A4 landscape, fitted to width). */
    static final int PRINT_ROW_LIMIT = 25;

    private ResearchReport() {}

    public static Report build(RunInfo run, SurveyResults surveys, StatisticsResults stats, InterviewResults interviews,
                               CoverageResults coverage, List<String> methods) {
        StudyConfig c = run.study().config();
        // An appendix prints the results, not every breakdown: long listings print their first
        // rows and point to their CSV (issue 16: the sample printed to 183 pages).
        Report r = new Report(FILE).printRowLimit(PRINT_ROW_LIMIT);
        r.keyValues("Overzicht", overview(run));
        r.text("Methode", methods);
        List<String> references = Literature.cited(methods);
        if (!references.isEmpty()) r.text(Literature.SHEET, references);
        if (!stats.prepost().isEmpty())
            r.workbookOnly(ApaResults.build(stats.prepost(), run.codebook(), nl.samenkracht.indicators.stats.StatisticsStage.ALL_RESPONDENTS));
        r.table(inputs(run.sources()));
        r.table(DataQualityTables.accounting(run.accounts()));
        r.table(DataQualityTables.reasons(run.accounts(), run.rejects()));
        ReportTable completion = DataQualityTables.completion(run.completion());
        if (completion != null) r.table(completion);
        if (run.rejects() != null)
            r.table(new ReportTable("rejects", "Afgewezen rijen", "Elke afgewezen rij of onleesbare cel met bestand, rij, kolom en reden.", run.rejects()));
        r.table(CodebookTables.items(run.codebook()));
        r.table(CodebookTables.answerScales(run.codebook()));
        List<String> waves = List.of(c.options().preWave(), c.options().postWave());
        SurveyTables.reportTables(surveys, waves).forEach(r::table);
        StatisticsTables.reportTables(stats).forEach(r::table);
        for (Figure f : LikertFigures.build(surveys.distributions(), run.codebook(), waves))
            r.figure(f);
        StatisticsFigures.build(stats, run.codebook(), c.options().preWave(), c.options().postWave()).forEach(r::figure);
        // Literal interview passages stay inside the researcher workbook: never a CSV file.
        if (!interviews.isEmpty())
            for (ReportTable t : InterviewTables.reportTables(interviews)) {
                if (t.id().equals(InterviewTables.EXAMPLES_ID)) r.workbookOnly(t);
                else r.table(t);
            }
        nl.samenkracht.report.tables.CoverageTables.reportTables(coverage).forEach(r::table);
        nl.samenkracht.report.figures.CoverageFigures.build(coverage).forEach(r::figure);
        return r;
    }

    /** The open answers (already masked when {@code masked}): this workbook and data/open_answers only, never a CSV. */
    public static ReportTable openAnswers(Table openAnswers, boolean masked) {
        return new ReportTable("open_answers", "Open antwoorden",
                "Antwoorden op open vragen, alleen in deze werkmap en in data/open_answers (niet als CSV). "
                        + (masked ? "E-mailadressen, telefoonnummers en namen uit de lijsten zijn gemaskeerd; andere details niet."
                        : "Niet gemaskeerd (include_free_text: raw): kan persoonsgegevens bevatten.")
                        + " Weglaten met privacy.include_free_text: false.", openAnswers);
    }

    static List<String[]> overview(RunInfo run) {
        StudyConfig c = run.study().config();
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[]{"Onderzoek", c.study().name()});
        kv.add(new String[]{"Organisatie", c.study().organisation()});
        if (!c.study().description().isBlank()) kv.add(new String[]{"Beschrijving", c.study().description()});
        if (c.study().synthetic()) kv.add(new String[]{"Let op", "SYNTHETISCHE GEGEVENS: verzonnen voorbeelddata, geen echte personen."});
        kv.add(new String[]{"Schooljaren", String.join(", ", run.schoolYears())});
        kv.add(new String[]{"Gemaakt op", run.startedAt()});
        kv.add(new String[]{"Samenkracht-versie", run.version()});
        kv.add(new String[]{"Configuratie (SHA-256)", run.configSha256()});
        kv.add(new String[]{"Hoe te citeren", citation(run)});
        kv.add(new String[]{"Minimale groepsgrootte", c.privacy().minGroupSize() + " (directie- en bestuursrapporten tonen kleinere groepen als \"< "
                + c.privacy().minGroupSize() + "\")"});
        kv.add(new String[]{"Schaalscore", "gemiddelde van de beantwoorde items; geen score als minder dan "
                + Math.round(c.options().minAnsweredShare() * 100) + "% van de items is beantwoord"});
        kv.add(new String[]{"Voormeting / nameting", c.options().preWave() + " / " + c.options().postWave()});
        kv.add(new String[]{"Invoerbestanden", run.sources().size() + " (zie tabblad Invoerbestanden, met SHA-256 per bestand)"});
        return kv;
    }

    /**
     * "Hoe te citeren": organisation (year). Study name [onderzoeksbijlage]. Made with Samenkracht
     * version on date, configuration hash, so a reader can tell which run a cited number came from.
     */
    static String citation(RunInfo run) {
        StudyConfig c = run.study().config();
        String date = run.startedAt() == null || run.startedAt().length() < 10 ? "" : run.startedAt().substring(0, 10);
        String year = date.isEmpty() ? "z.d." : date.substring(0, 4);
        String sha = run.configSha256() == null ? "" : run.configSha256().substring(0, Math.min(12, run.configSha256().length()));
        return c.study().organisation() + " (" + year + "). " + c.study().name() + " [onderzoeksbijlage, schooljaren "
                + String.join(", ", run.schoolYears()) + "]. Gemaakt met Samenkracht " + run.version() + " op " + date
                + ", configuratie SHA-256 " + sha + "…";
    }

    static ReportTable inputs(List<SourceFile> sources) {
        tech.tablesaw.api.StringColumn source = tech.tablesaw.api.StringColumn.create("source"),
                file = tech.tablesaw.api.StringColumn.create("file"), layout = tech.tablesaw.api.StringColumn.create("layout"),
                dialect = tech.tablesaw.api.StringColumn.create("dialect"), sha = tech.tablesaw.api.StringColumn.create("sha256");
        tech.tablesaw.api.IntColumn columns = tech.tablesaw.api.IntColumn.create("columns");
        for (SourceFile s : sources) {
            source.append(s.source());
            file.append(s.file());
            layout.append(s.layout());
            dialect.append(s.dialect());
            columns.append(s.columns());
            sha.append(s.sha256());
        }
        return new ReportTable("inputs", "Invoerbestanden", "Elk ingelezen bestand, hoe het is gelezen, en zijn SHA-256-controlegetal.",
                Table.create("inputs").addColumns(source, file, layout, dialect, columns, sha));
    }
}
