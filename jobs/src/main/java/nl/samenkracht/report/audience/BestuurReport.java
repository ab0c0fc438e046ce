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
    static final String SHEET_FLAGS = "Afwijkende locaties";
    static final String SHEET_FUNNELS = "Trechtergrafieken";
    static final String SHEET_CLASSES = "Klassen";
    /** Funnel plots: the leading shares and means and every flagged figure, at most this many. */
    static final int MAX_FUNNELS = 10;
    static final int FUNNEL_WIDTH = 490;
    static final int FUNNEL_HEIGHT = 330;
    static final String TOTAL_COLUMN = "total";
    /** Charts of locations; a board with many indicators gets the first ones (the table has them all). */
    static final int MAX_CHARTS = 8;
    /** Rows of a long table that print (the whole table is on the sheet and in its CSV). */
    static final int PRINT_ROWS = 45;

    private BestuurReport() {}

    public static Report build(RunInfo run, List<IndicatorValue> indicators, List<CoverageCellInput> coverage,
                               Suppression policy) {
        return build(run, indicators, KeyFigureTests.NONE, coverage, policy);
    }

    public static Report build(RunInfo run, List<IndicatorValue> indicators, KeyFigureTests tests,
                               List<CoverageCellInput> coverage, Suppression policy) {
        List<String> configured = run != null && run.study() != null ? run.study().config().locations() : null;
        String postWave = run != null && run.study() != null ? run.study().config().options().postWave() : "nameting";
        AudienceFocus focus = AudienceFocus.of(run);
        IndicatorGrid grid = new IndicatorGrid(policy.apply(indicators), configured, focus);
        Codebook codebook = run == null ? null : run.codebook();
        CoverageGrid cov = new CoverageGrid(coverage == null ? List.of() : coverage, policy, grid, configured);

        Report r = new Report(FILE).printRowLimit(PRINT_ROWS);
        List<String[]> guide = new ArrayList<>();
        guide.add(new String[]{SHEET_LOCATIONS, "Elke indicator van het laatste schooljaar met de locaties naast elkaar, gekleurd naar"
                + " het verschil met het bestuurstotaal, met het totaal van vorig schooljaar en het getoetste oordeel."});
        guide.add(new String[]{SHEET_FLAGS, "Per indicator en locatie: verschilt de locatie aantoonbaar van de rest van het bestuur"
                + " (hoger / lager / geen), getoetst met Holm-correctie over de locaties."});
        if (!cov.isEmpty())
            guide.add(new String[]{SHEET_COVERAGE, "Per succesfactor en locatie: op orde, aandacht of geen gegevens, als tabel en als kaart."});
        guide.add(new String[]{SHEET_FUNNELS, "Trechtergrafieken: per kerncijfer (percentage of gemiddelde) elke locatie naar aantal personen (n), met het"
                + " bestuursgemiddelde en de 95%- en 99,8%-grenzen. Een locatie buiten de grenzen wijkt meer af dan toeval verklaart."});
        guide.add(new String[]{SHEET_CLASSES, "Bereik per klas binnen elke locatie, met dezelfde privacyregels en een toets per klas."});
        guide.add(new String[]{SHEET_CHARTS, "Voor " + (focus.group() == null ? "" : focus.label() + ", ") + "de interventie en elke"
                + " indicator met een afwijkende locatie: de locaties van " + (grid.latestYear() == null ? "het laatste jaar" : grid.latestYear())
                + " als staven (gemiddelden op de schaal van de vragenlijst), het bestuurstotaal als stippellijn en vorig jaar als streepje."});

        ComparisonSettingsView mrd = unit -> {
            var m = run != null && run.study() != null ? run.study().config().report().minRelevantDifference()
                    : nl.samenkracht.config.ReportConfig.MinRelevantDifference.DEFAULT;
            return nl.samenkracht.indicators.IndicatorValue.SHARE.equals(unit) ? m.share()
                    : nl.samenkracht.indicators.IndicatorValue.MEAN.equals(unit) ? m.mean() : 0;
        };
        locations(r, grid, tests, focus, mrd, policy);
        flags(r, grid, tests, policy);
        funnels(r, grid, tests, focus, codebook);
        classes(r, tests.classes(), policy);
        if (!cov.isEmpty()) coverage(r, cov, policy);
        charts(r, grid, tests, focus, codebook, policy);
        // The overview (study, run, privacy policy) last: the board opens on the figures.
        r.keyValues(SHEET_OVERVIEW, AudienceOverview.rows(run, "Bestuursrapportage (" + FILE + ")",
                "Locaties vergelijken: elke indicator per locatie naast het bestuurstotaal en vorig jaar.", grid, policy, guide));
        return r;
    }

    // ---------------------------------------------------------------- side by side

    private static void locations(Report r, IndicatorGrid grid, KeyFigureTests tests, AudienceFocus focus, ComparisonSettingsView mrd,
                                  Suppression policy) {
        List<String> locs = grid.locations();
        String year = grid.latestYear();
        if (year == null) return;
        String prev = grid.previousYear(year);
        List<String> cols = new ArrayList<>(List.of("indicator", "group", "school_year"));
        cols.addAll(locs);
        cols.addAll(List.of(TOTAL_COLUMN, "previous_total", "change_total", "verdict_total"));
        AudienceTable t = new AudienceTable("bestuur_locaties", cols)
                .header("indicator", "Indicator").header("group", "Groep").header("school_year", "Schooljaar")
                .header(TOTAL_COLUMN, "Totaal bestuur").header("previous_total", "Totaal " + (prev == null ? "vorig jaar" : prev))
                .header("change_total", "Verschil totaal").header("verdict_total", "Oordeel totaal (toets)");
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            String fmt = IndicatorGrid.excelFormat(ind.unit());
            List<ShownValue> values = locs.stream().map(l -> grid.get(ind.id(), year, l)).toList();
            ShownValue total = grid.get(ind.id(), year, Suppression.TOTAL);
            if (total == null && values.stream().allMatch(v -> v == null)) continue;
            ShownValue before = grid.get(ind.id(), prev, Suppression.TOTAL);
            int row = t.addRow();
            t.set(row, "indicator", ind.label());
            t.set(row, "group", (total != null ? total : values.stream().filter(v -> v != null).findFirst().get()).source().group());
            t.set(row, "school_year", year);
            for (int i = 0; i < locs.size(); i++) {
                ShownValue v = values.get(i);
                t.value(row, locs.get(i), v, fmt);
                TableStyle.Tone heat = heat(v, total, tests.location(ind.id(), year, locs.get(i)), ind.unit(), mrd);
                if (heat != null) t.set(row, locs.get(i), v.text(), fmt, heat);
            }
            t.value(row, TOTAL_COLUMN, total, fmt);
            if (total != null && total.value() != null) t.set(row, TOTAL_COLUMN, total.text(), fmt, TableStyle.Tone.TOTAL);
            if (prev == null) {
                t.set(row, "previous_total", Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.NO_DATA);
                t.set(row, "change_total", Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.NO_DATA);
                t.set(row, "verdict_total", Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.NO_DATA);
            } else {
                t.value(row, "previous_total", before, fmt);
                Change c = Change.of(total, before, tests.year(ind.id(), Suppression.TOTAL), ind, policy);
                t.set(row, "change_total", c.text(), c.delta() == null ? null : c.format(ind.unit()), c.tone());
                t.set(row, "verdict_total", c.directionWithP(), null, c.tone());
            }
            if (focus.leads(ind.id())) t.rowTone(row, TableStyle.Tone.TOTAL);
        }
        r.table(t.toReport("bestuur_locaties", SHEET_LOCATIONS, "Schooljaar " + year + ": elke indicator per locatie naast het"
                + " bestuurstotaal. Kleur = verschil met het bestuurstotaal: blauw hoger, oranje lager; donker = door de toets"
                + " aangetoond verschil met de rest van het bestuur (zie " + SHEET_FLAGS + ") of een groot verschil. "
                + policy.smallText() + " = minder dan " + policy.minGroupSize() + " personen; x = verborgen tegen terugrekenen;"
                + " – (grijs) = geen gegevens."));
    }

    /** The heat colour of a location's cell: by its difference from the board total, dark when the test flags it. */
    static TableStyle.Tone heat(ShownValue v, ShownValue total, nl.samenkracht.comparison.LocationComparison flag, String unit,
                                ComparisonSettingsView mrd) {
        if (v == null || v.value() == null || total == null || total.value() == null) return null;
        double d = v.value() - total.value();
        double relevant = mrd.minRelevant(unit);
        boolean flagged = flag != null && !nl.samenkracht.comparison.LocationComparison.NONE.equals(flag.flag());
        boolean large = relevant > 0 && Math.abs(d) >= 2 * relevant;
        if (flagged || large) return d > 0 ? TableStyle.Tone.HEAT_HIGH_STRONG : TableStyle.Tone.HEAT_LOW_STRONG;
        if (relevant > 0 && Math.abs(d) >= relevant) return d > 0 ? TableStyle.Tone.HEAT_HIGH : TableStyle.Tone.HEAT_LOW;
        return null;
    }

    /** The minimum relevant difference per unit, as the heat matrix reads it. */
    interface ComparisonSettingsView {
        double minRelevant(String unit);
    }

    /**
     * tables/bestuur_locations.csv: every location of the latest year against the rest of the board,
     * with the test, p after Holm over the locations of one indicator, and the flag hoger / lager / geen.
     */
    private static void flags(Report r, IndicatorGrid grid, KeyFigureTests tests, Suppression policy) {
        String year = grid.latestYear();
        if (year == null || grid.locations().isEmpty()) return;
        AudienceTable t = new AudienceTable("bestuur_locations", List.of("indicator", "group", "school_year", "location", "value", "n",
                "rest_value", "rest_n", "difference", "change_unit", "test", "p", "p_holm", "flag"))
                .header("indicator", "Indicator").header("group", "Groep").header("school_year", "Schooljaar").header("location", "Locatie")
                .header("value", "Waarde").header("rest_value", "Rest van het bestuur").header("rest_n", "n rest")
                .header("difference", "Verschil").header("change_unit", "Eenheid").header("test", "Toets").header("p", "p")
                .header("p_holm", "p (Holm)").header("flag", "Afwijking");
        // Flagged locations first (what a board looks for), then the table in report order.
        List<Object[]> pairs = new ArrayList<>();
        for (IndicatorGrid.Indicator ind : grid.indicators())
            for (String loc : grid.locations()) pairs.add(new Object[]{ind, loc});
        java.util.function.Predicate<Object[]> flagged = pr -> {
            var c = tests.location(((IndicatorGrid.Indicator) pr[0]).id(), year, (String) pr[1]);
            ShownValue v = grid.get(((IndicatorGrid.Indicator) pr[0]).id(), year, (String) pr[1]);
            return c != null && v != null && v.value() != null && !nl.samenkracht.comparison.LocationComparison.NONE.equals(c.flag());
        };
        pairs.sort(java.util.Comparator.comparingInt(pr -> flagged.test(pr) ? 0 : 1));
        for (Object[] pair : pairs) {
            IndicatorGrid.Indicator ind = (IndicatorGrid.Indicator) pair[0];
            String loc = (String) pair[1];
            String fmt = IndicatorGrid.excelFormat(ind.unit());
            {
                ShownValue v = grid.get(ind.id(), year, loc);
                if (v == null) continue;
                nl.samenkracht.comparison.LocationComparison c = tests.location(ind.id(), year, loc);
                int row = t.addRow();
                t.set(row, "indicator", ind.label());
                t.set(row, "group", v.source().group());
                t.set(row, "school_year", year);
                t.set(row, "location", loc);
                t.value(row, "value", v, fmt);
                t.n(row, "n", v);
                t.set(row, "change_unit", Change.unit(ind.unit()));
                boolean show = c != null && v.value() != null && Double.isFinite(c.restValue());
                if (!show) {
                    String mark = v.mark().hidden() ? v.text() : Suppression.NO_VALUE_TEXT;
                    TableStyle.Tone tone = v.mark().hidden() ? TableStyle.Tone.SUPPRESSED : TableStyle.Tone.NO_DATA;
                    for (String col : List.of("rest_value", "rest_n", "difference", "p", "p_holm")) t.set(row, col, mark, null, tone);
                    t.set(row, "test", c == null ? TestNames.NOT_TESTED : TestNames.dutch(c.result().test()));
                    t.set(row, "flag", nl.samenkracht.comparison.LocationComparison.NONE);
                    continue;
                }
                t.set(row, "rest_value", nl.samenkracht.report.csv.CsvTableWriter.number(c.restValue()), fmt, null);
                t.set(row, "rest_n", Long.toString(c.restN()), "0", null);
                double d = v.value() - c.restValue();
                double shown = IndicatorGrid.percent(ind.unit()) ? d * 100 : d;
                t.set(row, "difference", nl.samenkracht.report.csv.CsvTableWriter.number(shown),
                        IndicatorGrid.percent(ind.unit()) ? "+0;-0;0" : "+0.0;-0.0;0.0", null);
                t.set(row, "test", TestNames.dutch(c.result().test()));
                if (c.result().tested()) {
                    t.set(row, "p", nl.samenkracht.report.csv.CsvTableWriter.number(c.result().p()), "0.000", null);
                    t.set(row, "p_holm", nl.samenkracht.report.csv.CsvTableWriter.number(c.pHolm()), "0.000", null);
                } else {
                    t.set(row, "p", Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.NO_DATA);
                    t.set(row, "p_holm", Suppression.NO_VALUE_TEXT, null, TableStyle.Tone.NO_DATA);
                }
                TableStyle.Tone tone = switch (c.flag()) {
                    case nl.samenkracht.comparison.LocationComparison.HIGHER -> TableStyle.Tone.HEAT_HIGH_STRONG;
                    case nl.samenkracht.comparison.LocationComparison.LOWER -> TableStyle.Tone.HEAT_LOW_STRONG;
                    default -> null;
                };
                t.set(row, "flag", c.flag(), null, tone);
            }
        }
        r.table(t.toReport("bestuur_locations", SHEET_FLAGS, "Schooljaar " + year + ": elke locatie vergeleken met de rest van het"
                + " bestuur (alle andere locaties samen). Gemiddelden: Mann-Whitney; percentages van personen: z-toets voor twee"
                + " proporties, of Fisher exact bij kleine aantallen; percentages van contacten worden niet getoetst (contacten van"
                + " één persoon zijn niet onafhankelijk). p (Holm): gecorrigeerd voor het aantal locaties per indicator."
                + " Afwijking hoger/lager bij p (Holm) < 0,05. Verschil in punten of procentpunten. " + policy.smallText()
                + " = minder dan " + policy.minGroupSize() + " personen; x = verborgen tegen terugrekenen."));
    }

    /**
     * A funnel plot per key figure of the latest year: the shares and means of the focus group and the
     * intervention, then every figure with a flagged location. Hidden locations are left out (their n would
     * show). A mean's limits use the pooled within-location SD of its scores (KeyFigureTests#spread) and its
     * axis the answer scale; a mean without either gets no funnel.
     */
    private static void funnels(Report r, IndicatorGrid grid, KeyFigureTests tests, AudienceFocus focus, Codebook codebook) {
        String year = grid.latestYear();
        if (year == null || grid.locations().size() < 2) return;
        List<IndicatorGrid.Indicator> chosen = new ArrayList<>();
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            boolean mean = nl.samenkracht.indicators.IndicatorValue.MEAN.equals(ind.unit());
            if (!(IndicatorGrid.percent(ind.unit()) || mean) || "dekking".equals(ind.domain())) continue;
            if (mean && (tests.spread(ind.id(), year) == null || AudienceCharts.scaleRange(ind.id(), codebook) == null)) continue;
            boolean flagged = grid.locations().stream().map(l -> tests.location(ind.id(), year, l))
                    .anyMatch(c -> c != null && !nl.samenkracht.comparison.LocationComparison.NONE.equals(c.flag()));
            if ((focus.leads(ind.id()) || flagged) && chosen.size() < MAX_FUNNELS) chosen.add(ind);
        }
        int count = 0;
        for (IndicatorGrid.Indicator ind : chosen) {
            ShownValue total = grid.get(ind.id(), year, Suppression.TOTAL);
            if (total == null || total.value() == null) continue;
            List<nl.samenkracht.report.chart.FunnelChart.Point> points = new ArrayList<>();
            for (String loc : grid.locations()) {
                ShownValue v = grid.get(ind.id(), year, loc);
                if (v == null || v.value() == null) continue;
                var c = tests.location(ind.id(), year, loc);
                int flag = c == null ? 0 : nl.samenkracht.comparison.LocationComparison.LOWER.equals(c.flag()) ? -1
                        : nl.samenkracht.comparison.LocationComparison.HIGHER.equals(c.flag()) ? 1 : 0;
                points.add(new nl.samenkracht.report.chart.FunnelChart.Point(loc, v.n(), v.value(), flag));
            }
            if (points.isEmpty()) continue;
            boolean mean = nl.samenkracht.indicators.IndicatorValue.MEAN.equals(ind.unit());
            String subtitle = year + ": elke locatie tegen het bestuur (n = aantal personen"
                    + (mean ? "; grenzen uit de gepoolde SD binnen de locaties" : "") + ")";
            JFreeChart chart = nl.samenkracht.report.chart.FunnelChart.create(new nl.samenkracht.report.chart.FunnelChart.Data(
                    capitalise(ind.label()), subtitle, total.value(), points, mean ? tests.spread(ind.id(), year) : null,
                    mean ? AudienceCharts.scaleRange(ind.id(), codebook) : null));
            Figure f = new Figure(FileNames.slug("bestuur", "trechter", ind.id(), year), SHEET_FUNNELS, chart, FUNNEL_WIDTH, FUNNEL_HEIGHT);
            r.figure(count++ % 2 == 1 ? f.beside() : f);
        }
    }

    /**
     * tables/bestuur_klassen.csv: contact reach per class within each location (latest year), suppressed within
     * the location (a class under the threshold "&lt; 5", the next smallest "x" while the location total is shown)
     * and tested against the rest of its location (Holm over the location's classes).
     */
    private static void classes(Report r, KeyFigureTests.ClassLevel level, Suppression policy) {
        if (level.figures().isEmpty()) return;
        Map<List<String>, nl.samenkracht.comparison.LocationComparison> tests = new java.util.HashMap<>();
        for (var c : level.tests()) tests.put(List.of(c.value().id(), c.value().location()), c);
        List<ShownValue> shown = new ArrayList<>(policy.apply(level.figures()));
        // Per indicator and location: the classes by name, the location's total last.
        shown.sort(java.util.Comparator.<ShownValue, String>comparing(v -> v.source().id())
                .thenComparing(v -> Suppression.TOTAL.equals(v.source().location()) ? 1 : 0)
                .thenComparing(v -> v.source().location()));
        AudienceTable t = new AudienceTable("bestuur_klassen", List.of("indicator", "school_year", "location", "class", "value", "n",
                "rest_value", "p_holm", "flag"))
                .header("indicator", "Indicator").header("school_year", "Schooljaar").header("location", "Locatie").header("class", "Klas")
                .header("value", "Waarde").header("rest_value", "Rest van de locatie").header("p_holm", "p (Holm)").header("flag", "Afwijking");
        for (ShownValue v : shown) {
            IndicatorValue src = v.source();
            String location = nl.samenkracht.comparison.ClassFigures.location(src.id());
            boolean total = Suppression.TOTAL.equals(src.location());
            int row = t.addRow();
            t.set(row, "indicator", src.label());
            t.set(row, "school_year", src.schoolYear());
            t.set(row, "location", location);
            t.set(row, "class", total ? "hele locatie" : src.location());
            t.value(row, "value", v, "0%");
            t.n(row, "n", v);
            if (total) {
                t.rowTone(row, TableStyle.Tone.TOTAL);
                continue;
            }
            var c = tests.get(List.of(src.id(), src.location()));
            if (v.value() == null || c == null || !c.result().tested()) {
                String mark = v.mark().hidden() ? v.text() : Suppression.NO_VALUE_TEXT;
                TableStyle.Tone tone = v.mark().hidden() ? TableStyle.Tone.SUPPRESSED : TableStyle.Tone.NO_DATA;
                t.set(row, "rest_value", mark, null, tone);
                t.set(row, "p_holm", mark, null, tone);
                t.set(row, "flag", nl.samenkracht.comparison.LocationComparison.NONE);
                continue;
            }
            t.set(row, "rest_value", nl.samenkracht.report.csv.CsvTableWriter.number(c.restValue()), "0%", null);
            t.set(row, "p_holm", nl.samenkracht.report.csv.CsvTableWriter.number(c.pHolm()), "0.000", null);
            TableStyle.Tone tone = switch (c.flag()) {
                case nl.samenkracht.comparison.LocationComparison.HIGHER -> TableStyle.Tone.HEAT_HIGH_STRONG;
                case nl.samenkracht.comparison.LocationComparison.LOWER -> TableStyle.Tone.HEAT_LOW_STRONG;
                default -> null;
            };
            t.set(row, "flag", c.flag(), null, tone);
        }
        r.table(t.toReport("bestuur_klassen", SHEET_CLASSES, "Bereik per klas binnen elke locatie, laatste schooljaar. Per locatie"
                + " en indicator: een klas met minder dan " + policy.minGroupSize() + " leerlingen staat als " + policy.smallText()
                + "; zolang het totaal van de locatie getoond wordt, wordt ook de kleinste andere klas verborgen (x), zodat het"
                + " verborgen cijfer niet terug te rekenen is. Afwijking: de klas tegen de rest van de locatie (z-toets of Fisher"
                + " exact, Holm over de klassen van de locatie, p (Holm) < 0,05)."));
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
        // The latest school year only: the board compares locations now; the years are in directie.xlsx.
        List<String> years = cov.latestYear() == null ? List.of() : List.of(cov.latestYear());
        List<Figure> figures = new ArrayList<>();
        for (String fw : cov.frameworks()) {
            if (cov.factors(fw).isEmpty()) continue;
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
                    cells.add(new CoverageCell(rowLabel, heatmapColumn(c), s.status(), s.cellText(), s.mark().hidden()));
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

    private static void charts(Report r, IndicatorGrid grid, KeyFigureTests tests, AudienceFocus focus, Codebook codebook,
                               Suppression policy) {
        String year = grid.latestYear();
        if (year == null || grid.locations().isEmpty()) return;
        String prev = grid.previousYear(year);
        int count = 0;
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            List<ShownValue> current = grid.locations().stream().map(l -> grid.get(ind.id(), year, l)).toList();
            if (current.stream().allMatch(v -> v == null)) continue;
            // The focus group, the intervention and every indicator with a flagged location; the heat matrix has them all.
            boolean flagged = grid.locations().stream().map(l -> tests.location(ind.id(), year, l))
                    .anyMatch(c -> c != null && !nl.samenkracht.comparison.LocationComparison.NONE.equals(c.flag()));
            // Without a focus or intervention in the config, the first indicators lead.
            if (grid.indicators().stream().anyMatch(i -> focus.leads(i.id())) && !(focus.leads(ind.id()) || flagged)) continue;
            if (count >= MAX_CHARTS) break;
            List<ShownValue> previous = grid.locations().stream().map(l -> grid.get(ind.id(), prev, l)).toList();
            var chart = AudienceCharts.locations(ind.label() + " — " + year, AudienceCharts.yLabel(ind.unit(), ind.id(), codebook),
                    ind.unit(), ind.id(), codebook, year, prev, grid.locations(), current, previous,
                    grid.get(ind.id(), year, Suppression.TOTAL), policy);
            Figure f = new Figure(FileNames.slug("bestuur", "locaties", ind.id(), year), SHEET_CHARTS, chart, FUNNEL_WIDTH, FUNNEL_HEIGHT);
            r.figure(count++ % 2 == 1 ? f.beside() : f);
        }
    }
}
