package nl.samenkracht.report.audience;

import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.FileNames;
import nl.samenkracht.report.RunInfo;
import nl.samenkracht.report.chart.ChartStyle;
import nl.samenkracht.report.chart.CoverageCell;
import nl.samenkracht.report.chart.CoverageHeatmap;
import nl.samenkracht.report.chart.CoverageHeatmapData;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.Report;
import nl.samenkracht.report.model.TableStyle;
import org.jfree.chart.JFreeChart;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * bestuur.xlsx, for a school board comparing locations: every indicator with the locations side
 * by side, the board total and last year's total, the differences between locations that are
 * statistically real, a coverage heatmap of locations × success factors, and a chart per
 * indicator. Built from suppressed figures only ({@link Suppression}).
 */
public final class BestuurReport {
    public static final String FILE = "bestuur.xlsx";
    static final String SHEET_OVERVIEW = "Overzicht";
    static final String SHEET_LOCATIONS = "Locaties naast elkaar";
    static final String SHEET_COVERAGE = "Succesfactoren";
    static final String SHEET_CHARTS = "Grafieken locaties";
    static final String TOTAL_COLUMN = "total";
    /** Charts of locations; a board with many indicators gets the first ones (the table has them all). */
    static final int MAX_CHARTS = 40;

    private BestuurReport() {}

    public static Report build(RunInfo run, List<IndicatorValue> indicators, Table groups, List<CoverageCellInput> coverage,
                               Suppression policy) {
        List<String> configured = run != null && run.study() != null ? run.study().config().locations() : null;
        String postWave = run != null && run.study() != null ? run.study().config().options().postWave() : "nameting";
        IndicatorGrid grid = new IndicatorGrid(policy.apply(indicators), configured);
        Codebook codebook = run == null ? null : run.codebook();
        CoverageGrid cov = new CoverageGrid(coverage == null ? List.of() : coverage, policy, grid, configured);
        LocationDifferences differences = new LocationDifferences(groups, postWave, policy);

        Report r = new Report(FILE);
        List<String[]> guide = new ArrayList<>();
        guide.add(new String[]{SHEET_LOCATIONS, "Elke indicator per schooljaar met de locaties naast elkaar, het totaal van het bestuur,"
                + " het totaal van vorig schooljaar en de verschillen tussen locaties die statistisch aantoonbaar zijn."});
        if (!cov.isEmpty())
            guide.add(new String[]{SHEET_COVERAGE, "Per succesfactor en locatie: op orde, aandacht of geen gegevens, als tabel en als kaart."});
        guide.add(new String[]{SHEET_CHARTS, "Per indicator de locaties van " + (grid.latestYear() == null ? "het laatste jaar" : grid.latestYear())
                + " als staven, het bestuurstotaal als stippellijn en vorig jaar als streepje."});
        guide.add(new String[]{"Verschillen", LocationDifferences.note()});
        r.keyValues(SHEET_OVERVIEW, AudienceOverview.rows(run, "Bestuursrapportage (" + FILE + ")",
                "Locaties vergelijken: elke indicator per locatie naast het bestuurstotaal en vorig jaar.", grid, policy, guide));

        locations(r, grid, differences, policy);
        if (!cov.isEmpty()) coverage(r, cov, policy);
        charts(r, grid, codebook, policy);
        return r;
    }

    // ---------------------------------------------------------------- side by side

    private static void locations(Report r, IndicatorGrid grid, LocationDifferences differences, Suppression policy) {
        List<String> locs = grid.locations();
        List<String> cols = new ArrayList<>(List.of("domain", "indicator", "school_year"));
        cols.addAll(locs);
        cols.addAll(List.of(TOTAL_COLUMN, "previous_total", "change_total", "trend_total", "differences"));
        for (String l : locs) cols.add("n_" + l);
        cols.add("n_total");
        AudienceTable t = new AudienceTable("bestuur_locaties", cols)
                .header("domain", "Onderwerp").header("indicator", "Indicator").header(TOTAL_COLUMN, "Totaal bestuur")
                .header("previous_total", "Totaal vorig schooljaar").header("change_total", "Verschil totaal")
                .header("trend_total", "Richting")
                .header("differences", "Verschillen tussen locaties").header("n_total", "n totaal");
        for (String l : locs) t.header("n_" + l, "n " + l);
        List<String> years = new ArrayList<>(grid.years());
        java.util.Collections.reverse(years);
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            String fmt = IndicatorGrid.excelFormat(ind.unit());
            for (String year : years) {
                List<ShownValue> values = locs.stream().map(l -> grid.get(ind.id(), year, l)).toList();
                ShownValue total = grid.get(ind.id(), year, Suppression.TOTAL);
                if (total == null && values.stream().allMatch(v -> v == null)) continue;
                ShownValue before = grid.get(ind.id(), grid.previousYear(year), Suppression.TOTAL);
                int row = t.addRow();
                t.set(row, "domain", IndicatorGrid.domainLabel(ind.domain()));
                t.set(row, "indicator", ind.label());
                t.set(row, "school_year", year);
                for (int i = 0; i < locs.size(); i++) {
                    t.value(row, locs.get(i), values.get(i), fmt);
                    t.n(row, "n_" + locs.get(i), values.get(i));
                }
                t.value(row, TOTAL_COLUMN, total, fmt);
                if (total != null && total.value() != null) t.set(row, TOTAL_COLUMN, total.text(), fmt, TableStyle.Tone.TOTAL);
                t.n(row, "n_total", total);
                if (grid.previousYear(year) == null) {
                    t.set(row, "previous_total", Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.SUPPRESSED);
                    t.set(row, "change_total", Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.SUPPRESSED);
                    t.set(row, "trend_total", Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.SUPPRESSED);
                } else {
                    t.value(row, "previous_total", before, fmt);
                    Change c = Change.of(total, before, ind, policy);
                    t.set(row, "change_total", c.text(), c.format(ind.unit()), c.tone());
                    t.set(row, "trend_total", c.direction(), null, c.tone());
                }
                if (LocationDifferences.testable(ind.domain(), ind.id())) {
                    Set<String> hidden = new HashSet<>();
                    for (int i = 0; i < locs.size(); i++)
                        if (values.get(i) != null && values.get(i).mark() == Suppression.Mark.SMALL) hidden.add(locs.get(i));
                    t.set(row, "differences", differences.find(ind.id(), ind.label(), year, hidden).text());
                }
            }
        }
        r.table(t.toReport("bestuur_locaties", SHEET_LOCATIONS, "Per indicator en schooljaar de locaties naast elkaar met het"
                + " bestuurstotaal en het totaal van vorig schooljaar. " + policy.smallText() + " = minder dan " + policy.minGroupSize()
                + " personen; x = verborgen tegen terugrekenen; – = geen gegevens. Verschillen: zie Overzicht."));
    }

    // ---------------------------------------------------------------- coverage

    private static void coverage(Report r, CoverageGrid cov, Suppression policy) {
        List<String> locs = cov.locations();
        boolean total = cov.hasTotal();
        List<String> cols = new ArrayList<>(List.of("framework", "factor", "school_year"));
        cols.addAll(locs);
        if (total) cols.add(TOTAL_COLUMN);
        AudienceTable t = new AudienceTable("bestuur_succesfactoren", cols).header("framework", "Kader")
                .header("factor", "Succesfactor").header(TOTAL_COLUMN, "Totaal bestuur");
        List<String> columns = new ArrayList<>(locs);
        if (total) columns.add(Suppression.TOTAL);
        Map<String, String> labels = DirectieReport.frameworkLabels(cov.frameworks());
        List<String> years = new ArrayList<>(cov.years());
        java.util.Collections.reverse(years);
        List<Figure> figures = new ArrayList<>();
        for (String fw : cov.frameworks()) {
            for (String year : years) {
                for (CoverageGrid.FactorKey f : cov.factors(fw)) {
                    int row = t.addRow();
                    t.set(row, "framework", labels.get(fw));
                    t.set(row, "factor", f.label());
                    t.set(row, "school_year", year);
                    for (String c : columns) {
                        CoverageGrid.Shown s = cov.get(f, year, c);
                        String col = c.equals(Suppression.TOTAL) ? TOTAL_COLUMN : c;
                        if (s == null) t.set(row, col, "geen gegevens", null, TableStyle.Tone.STATUS_NO_DATA);
                        else t.set(row, col, s.text(), null, s.tone());
                    }
                }
            }
            String year = cov.latestYear();
            List<String> rows = new ArrayList<>();
            List<CoverageCell> cells = new ArrayList<>();
            Set<String> used = new HashSet<>();
            boolean hidden = false;
            for (CoverageGrid.FactorKey f : cov.factors(fw)) {
                String rowLabel = used.add(f.label()) ? f.label() : f.label() + " (" + f.factor() + ")";
                rows.add(rowLabel);
                for (String c : columns) {
                    CoverageGrid.Shown s = cov.get(f, year, c);
                    if (s == null) continue;
                    cells.add(new CoverageCell(rowLabel, heatmapColumn(c), s.status(), s.cellText()));
                    hidden |= s.mark().hidden();
                }
            }
            List<String> heatColumns = columns.stream().map(BestuurReport::heatmapColumn).toList();
            JFreeChart heatmap = CoverageHeatmap.create(new CoverageHeatmapData(labels.get(fw) + " — succesfactoren per locatie, "
                    + year, rows, heatColumns, cells));
            if (hidden) ChartStyle.subtitle(heatmap, AudienceCharts.hiddenCellNote(policy));
            figures.add(new Figure(FileNames.slug("bestuur", "succesfactoren", fw, year), SHEET_COVERAGE, heatmap,
                    AudienceCharts.WIDTH, CoverageHeatmap.suggestedHeight(rows.size()) + (hidden ? 30 : 0)));
        }
        r.table(t.toReport("bestuur_succesfactoren", SHEET_COVERAGE, "Status per succesfactor, schooljaar en locatie. \"geen gegevens ("
                + policy.smallText() + ")\": minder dan " + policy.minGroupSize() + " personen; \"geen gegevens (x)\": verborgen tegen terugrekenen."));
        figures.forEach(r::figure);
    }

    private static String heatmapColumn(String location) {
        return location.equals(Suppression.TOTAL) ? "Bestuur" : location;
    }

    // ---------------------------------------------------------------- charts

    private static void charts(Report r, IndicatorGrid grid, Codebook codebook, Suppression policy) {
        String year = grid.latestYear();
        if (year == null || grid.locations().isEmpty()) return;
        String prev = grid.previousYear(year);
        int count = 0;
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            List<ShownValue> current = grid.locations().stream().map(l -> grid.get(ind.id(), year, l)).toList();
            if (current.stream().allMatch(v -> v == null)) continue;
            if (count++ >= MAX_CHARTS) break;
            List<ShownValue> previous = grid.locations().stream().map(l -> grid.get(ind.id(), prev, l)).toList();
            var chart = AudienceCharts.locations(ind.label() + " — " + year, AudienceCharts.yLabel(ind.unit(), ind.id(), codebook),
                    ind.unit(), ind.id(), codebook, year, prev, grid.locations(), current, previous,
                    grid.get(ind.id(), year, Suppression.TOTAL), policy);
            r.figure(new Figure(FileNames.slug("bestuur", "locaties", ind.id(), year), SHEET_CHARTS, chart, AudienceCharts.WIDTH,
                    AudienceCharts.COMPARISON_HEIGHT));
        }
    }
}
