package nl.samenkracht.report.audience;

import nl.samenkracht.coverage.Framework;
import nl.samenkracht.coverage.FrameworkRegistry;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * directie.xlsx, for school management reviewing each school year whether things improve: an
 * overview with the privacy policy, a dashboard (the latest year's key figures for the whole
 * school with the change against the previous year, and trend charts), every indicator over the
 * school years per location, and success-factor coverage per year. Built from suppressed figures
 * only ({@link Suppression}).
 */
public final class DirectieReport {
    public static final String FILE = "directie.xlsx";
    static final String SHEET_OVERVIEW = "Overzicht";
    static final String SHEET_DASHBOARD = "Dashboard";
    static final String SHEET_COVERAGE = "Succesfactoren per jaar";
    /** Charts on the dashboard; the others are on the trend sheets. */
    static final int MAX_DASHBOARD_CHARTS = 6;
    /** Trend charts per sheet: the focus group, the intervention and the tested changes first. */
    static final int MAX_TREND_CHARTS = 6;
    /** Two charts side by side on a printed landscape page. */
    static final int HALF_WIDTH = 490;
    static final int HALF_HEIGHT = 300;
    /** Rows of a long table that print (the whole table is on the sheet and in its CSV). */
    static final int PRINT_ROWS = 45;
    /** Lines in one dashboard chart: more would need colours the palette cannot tell apart. */
    static final int MAX_SERIES = 6;

    private DirectieReport() {}

    public static Report build(RunInfo run, List<IndicatorValue> indicators, List<CoverageCellInput> coverage, Suppression policy) {
        return build(run, indicators, KeyFigureTests.NONE, coverage, policy);
    }

    public static Report build(RunInfo run, List<IndicatorValue> indicators, KeyFigureTests tests, List<CoverageCellInput> coverage,
                               Suppression policy) {
        List<String> configured = run != null && run.study() != null ? run.study().config().locations() : null;
        AudienceFocus focus = AudienceFocus.of(run);
        IndicatorGrid grid = new IndicatorGrid(policy.apply(indicators), configured, focus);
        Codebook codebook = run == null ? null : run.codebook();
        CoverageGrid cov = new CoverageGrid(coverage == null ? List.of() : coverage, policy, grid, configured);

        Report r = new Report(FILE).printRowLimit(PRINT_ROWS);
        List<String[]> guide = new ArrayList<>();
        guide.add(new String[]{Summary.SHEET, "Kernbevindingen in zinnen (alleen getoetste veranderingen), sterke punten, aandachtspunten"
                + " en de belangrijkste kerncijfers" + (focus.group() == null ? "" : " van " + focus.label() + " en de interventie") + "."});
        guide.add(new String[]{SHEET_DASHBOARD, "De kerncijfers van " + (grid.latestYear() == null ? "het laatste schooljaar" : grid.latestYear())
                + " voor de hele school, met de verandering ten opzichte van vorig jaar, de toets en het oordeel"
                + " (beter/slechter alleen als de toets dat aantoont; groen = beter, rood = slechter)."});
        for (String d : grid.domains())
            guide.add(new String[]{trendSheet(d), "Elke indicator per schooljaar, voor de hele school en per locatie, met grafieken."});
        if (!cov.isEmpty()) {
            guide.add(new String[]{SHEET_FRAMEWORKS, "Per kader in het kort: hoeveel factoren met gegevens op orde zijn, waar nog aan"
                    + " gewerkt kan worden, en welke factoren dit onderzoek niet meet."});
            guide.add(new String[]{SHEET_COVERAGE, "Per succesfactor en schooljaar: op orde, aandacht of geen gegevens (hele school)."});
        }

        Double norm = run == null || run.study() == null ? null : run.study().config().coverage().surveyTarget();
        r.table(Summary.build(grid, tests, focus, policy, norm).toReport("directie_samenvatting", Summary.SHEET,
                "Samenvatting " + (grid.latestYear() == null ? "" : grid.latestYear())
                + (grid.previousYear(grid.latestYear()) == null ? "" : " tegen " + grid.previousYear(grid.latestYear()))
                + (focus.group() == null ? "" : ", met voorop " + focus.label() + " en de interventie") + ". Een kernbevinding noemt alleen een verandering die met"
                + " een toets is aangetoond (p < 0,05) en minstens de minimale relevante verandering is."));
        summaryCharts(grid, focus, codebook, policy).forEach(r::figure);
        dashboard(r, grid, tests, focus, codebook, policy);
        for (String d : grid.domains()) trends(r, grid, tests, focus, d, codebook, policy);
        if (!cov.isEmpty()) {
            frameworks(r, cov);
            coverage(r, cov, policy);
        }
        r.keyValues(SHEET_OVERVIEW, AudienceOverview.rows(run, "Directierapportage (" + FILE + ")",
                "Jaarlijks zien of het beter gaat: trends over schooljaren van de kernindicatoren.", grid, policy, guide));
        return r;
    }

    static String trendSheet(String domain) {
        return "Trends " + IndicatorGrid.domainLabel(domain).toLowerCase();
    }

    // ---------------------------------------------------------------- dashboard

    private static void dashboard(Report r, IndicatorGrid grid, KeyFigureTests tests, AudienceFocus focus, Codebook codebook,
                                  Suppression policy) {
        String year = grid.latestYear();
        String prev = year == null ? null : grid.previousYear(year);
        String overall = grid.overall();
        boolean anyTarget = grid.indicators().stream().anyMatch(i -> grid.target(i.id(), year) != null);
        List<String> cols = new ArrayList<>(List.of("indicator", "group", "school_year", "value", "n"));
        if (anyTarget) cols.add("target");
        cols.addAll(List.of("previous_value", "previous_n", "change", "change_unit", "test", "p", "verdict"));
        AudienceTable t = new AudienceTable("directie_dashboard", cols)
                .header("indicator", "Indicator").header("group", "Groep").header("school_year", "Schooljaar").header("value", "Waarde")
                .header("target", "Doel").header("previous_value", "Vorig jaar" + (prev == null ? "" : " (" + prev + ")"))
                .header("previous_n", "n vorig jaar").header("change", "Verschil").header("change_unit", "Eenheid")
                .header("test", "Toets").header("p", "p").header("verdict", "Oordeel")
                // The change prints with its unit ("+1,1 punt"); a column repeating "punt" read as "+1,1 punt punt".
                .hide("change_unit")
                // Long contact labels wrap instead of running under the next column (bold focus rows are wider still).
                .wrap("indicator", 56);
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            ShownValue cur = grid.get(ind.id(), year, overall);
            ShownValue before = grid.get(ind.id(), prev, overall);
            if (cur == null && before == null) continue;
            String fmt = IndicatorGrid.excelFormat(ind.unit());
            int row = t.addRow();
            t.set(row, "indicator", ind.label());
            t.set(row, "group", (cur != null ? cur : before).source().group());
            t.set(row, "school_year", year);
            t.value(row, "value", cur, fmt);
            t.n(row, "n", cur);
            if (anyTarget) {
                Double target = grid.target(ind.id(), year);
                if (target != null) t.set(row, "target", nl.samenkracht.report.csv.CsvTableWriter.number(target), fmt, null);
            }
            t.value(row, "previous_value", before, fmt);
            t.n(row, "previous_n", before);
            Change c = Change.of(cur, before, tests.year(ind.id(), overall), ind, policy);
            t.set(row, "change", c.text(), c.delta() == null ? null : c.format(ind.unit()), c.tone());
            t.set(row, "change_unit", Change.unit(ind.unit()));
            t.set(row, "test", c.test() == null ? Suppression.NO_VALUE_TEXT : c.test());
            t.set(row, "p", c.p() == null ? Suppression.NO_VALUE_TEXT : nl.samenkracht.report.csv.CsvTableWriter.number(c.p()),
                    c.p() == null ? null : "0.000", null);
            t.set(row, "verdict", c.verdict(), null, c.tone());
            if (focus.leads(ind.id())) t.rowTone(row, TableStyle.Tone.TOTAL);
        }
        String who = overall.equals(Suppression.TOTAL) ? "de hele school (alle locaties)" : overall;
        r.table(t.toReport("directie_dashboard", SHEET_DASHBOARD, "Kerncijfers " + (year == null ? "" : year) + " voor " + who
                + (prev == null ? "" : ", vergeleken met " + prev) + (focus.group() == null ? "" : "; vetgedrukt: " + focus.label()
                + " en de interventie") + ". Oordeel beter/slechter alleen bij een toets met p < 0,05 én een verschil van minstens "
                + "de minimale relevante verandering; gelijk = geen aantoonbaar verschil; onzeker = te kleine groep of niet te toetsen. "
                + policy.smallText() + " = minder dan " + policy.minGroupSize() + " personen; x = verborgen tegen terugrekenen."));
        int charts = 0;
        for (Figure f : dashboardCharts(grid, focus, codebook, policy)) {
            if (charts >= MAX_DASHBOARD_CHARTS) break;
            Figure half = new Figure(f.id(), f.sheetTitle(), f.chart(), HALF_WIDTH, halfHeight(f.chart()));
            r.figure(charts++ % 2 == 1 ? half.beside() : half);
        }
    }

    /** One chart per domain × unit of the indicators without a target (a line per indicator), one per indicator with a target. */
    private static List<Figure> dashboardCharts(IndicatorGrid grid, AudienceFocus focus, Codebook codebook, Suppression policy) {
        List<Figure> out = new ArrayList<>();
        String overall = grid.overall();
        String who = overall.equals(Suppression.TOTAL) ? "hele school" : overall;
        Map<List<String>, List<IndicatorGrid.Indicator>> groups = new LinkedHashMap<>();
        List<IndicatorGrid.Indicator> withTarget = new ArrayList<>();
        for (IndicatorGrid.Indicator ind : grid.indicators()) {
            if (grid.target(ind.id(), grid.latestYear()) != null) withTarget.add(ind);
            // The focus group's lines apart from the whole school's: one chart each, with short legend labels.
            // Contacts per counterpart kind: "(ouders)" becomes the title's, and the labels get shorter.
            else groups.computeIfAbsent(List.of(ind.domain(), ind.unit(), scaleKey(ind, codebook), Boolean.toString(focus.isFocus(ind.id())),
                    contactKind(ind.id())), k -> new ArrayList<>()).add(ind);
        }
        for (IndicatorGrid.Indicator ind : withTarget) {
            List<String> years = yearsWithData(grid, List.of(ind), overall);
            List<ShownValue> vals = years.stream().map(y -> grid.get(ind.id(), y, overall)).toList();
            JFreeChart chart = AudienceCharts.trend(ind.label() + " — " + who, AudienceCharts.yLabel(ind.unit(), ind.id(), codebook),
                    ind.unit(), ind.id(), grid.target(ind.id(), grid.latestYear()),
                    List.of(new AudienceCharts.Series(overall, vals)), years, codebook, policy);
            out.add(new Figure(FileNames.slug("directie", "dashboard", ind.id()), SHEET_DASHBOARD, chart,
                    AudienceCharts.WIDTH, AudienceCharts.DASHBOARD_HEIGHT));
        }
        List<Integer> groupRank = new ArrayList<>();
        for (Map.Entry<List<String>, List<IndicatorGrid.Indicator>> g : groups.entrySet()) {
            List<IndicatorGrid.Indicator> all = g.getValue();
            for (int from = 0; from < all.size(); from += MAX_SERIES) {
                List<IndicatorGrid.Indicator> part = all.subList(from, Math.min(all.size(), from + MAX_SERIES));
                String common = commonSuffix(part.stream().map(IndicatorGrid.Indicator::label).toList());
                boolean focusGroup = focus.isFocus(part.get(0).id());
                // Only the school years with a figure: an empty year on the axis reads as a missing measurement.
                List<String> years = yearsWithData(grid, part, overall);
                List<AudienceCharts.Series> series = new ArrayList<>();
                for (IndicatorGrid.Indicator ind : part) {
                    String label = common == null ? ind.label() : ind.label().substring(0, ind.label().length() - common.length() - 3).strip();
                    if (focusGroup) label = label.replace(" bij " + focus.label(), "");
                    series.add(new AudienceCharts.Series(label, years.stream().map(y -> grid.get(ind.id(), y, overall)).toList()));
                }
                IndicatorGrid.Indicator first = part.get(0);
                String title = (focusGroup ? capitalise(focus.label()) : IndicatorGrid.domainLabel(first.domain()) + " " + who)
                        + (common == null ? "" : " (" + common + ")");
                JFreeChart chart = AudienceCharts.trend(title, AudienceCharts.yLabel(first.unit(), first.id(), codebook), first.unit(),
                        first.id(), null, series, years, codebook, policy);
                out.add(new Figure(FileNames.slug("directie", "dashboard", first.domain(), first.unit(), Integer.toString(out.size() + 1)),
                        SHEET_DASHBOARD, chart, AudienceCharts.WIDTH, AudienceCharts.DASHBOARD_HEIGHT));
                groupRank.add(focusGroup ? 0 : "vragenlijst".equals(first.domain()) ? 1 : 2);
            }
        }
        // Group charts first: they show the most in one picture; among them the focus group's, then the whole school's
        // questionnaire, then the contacts (stable, so each keeps the grid's order within its kind).
        List<Figure> ordered = new ArrayList<>(out.subList(withTarget.size(), out.size()));
        List<Integer> rank = new ArrayList<>(groupRank);
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) index.add(i);
        index.sort(java.util.Comparator.comparingInt(rank::get));
        List<Figure> sorted = new ArrayList<>();
        for (int i : index) sorted.add(ordered.get(i));
        sorted.addAll(out.subList(0, withTarget.size()));
        return sorted;
    }

    /**
     * Height of a half-page trend chart: a legend below the plot (long labels) gets a row of its own per
     * two lines, so the plot keeps the height it has with a legend at the side.
     */
    static int halfHeight(JFreeChart chart) {
        var legend = chart.getLegend();
        if (legend == null || legend.getPosition() != org.jfree.chart.ui.RectangleEdge.BOTTOM) return HALF_HEIGHT;
        int items = 0;
        for (var source : legend.getSources()) items += source.getLegendItems().getItemCount();
        return HALF_HEIGHT + LEGEND_ROW_HEIGHT * Math.max(0, (items + 1) / 2 - 1);
    }

    /** Points per legend row below a half-page chart. */
    static final int LEGEND_ROW_HEIGHT = 18;

    /**
     * Two small trend charts for the Samenvatting: the focus group's scale means (a line per scale)
     * and the intervention's reach; without a focus, the first chart of the dashboard kind.
     */
    private static List<Figure> summaryCharts(IndicatorGrid grid, AudienceFocus focus, Codebook codebook, Suppression policy) {
        List<Figure> out = new ArrayList<>();
        String overall = grid.overall();
        List<IndicatorGrid.Indicator> focusMeans = grid.indicators().stream()
                .filter(i -> focus.isFocus(i.id()) && IndicatorValue.MEAN.equals(i.unit())).limit(MAX_SERIES).toList();
        if (!focusMeans.isEmpty()) {
            List<AudienceCharts.Series> series = new ArrayList<>();
            List<String> years = yearsWithData(grid, focusMeans, overall);
            for (IndicatorGrid.Indicator ind : focusMeans)
                series.add(new AudienceCharts.Series(Summary.split(ind.label())[0].replace(" bij " + focus.label(), ""),
                        years.stream().map(y -> grid.get(ind.id(), y, overall)).toList()));
            IndicatorGrid.Indicator first = focusMeans.get(0);
            JFreeChart chart = AudienceCharts.trend(capitalise(focus.label()) + " (" + Summary.split(first.label())[1] + ")",
                    AudienceCharts.yLabel(first.unit(), first.id(), codebook), first.unit(), first.id(), null, series, years,
                    codebook, policy);
            out.add(new Figure(FileNames.slug("directie", "samenvatting", "focus"), Summary.SHEET, chart, SUMMARY_CHART_WIDTH,
                    SUMMARY_CHART_HEIGHT));
        }
        List<IndicatorGrid.Indicator> intervention = grid.indicators().stream().filter(i -> focus.isIntervention(i.id()))
                .limit(MAX_SERIES).toList();
        if (!intervention.isEmpty()) {
            List<AudienceCharts.Series> series = new ArrayList<>();
            List<String> years = yearsWithData(grid, intervention, overall);
            for (IndicatorGrid.Indicator ind : intervention)
                series.add(new AudienceCharts.Series(ind.label(), years.stream().map(y -> grid.get(ind.id(), y, overall)).toList()));
            IndicatorGrid.Indicator first = intervention.get(0);
            JFreeChart chart = AudienceCharts.trend(capitalise(Summary.split(first.label())[0]), AudienceCharts.yLabel(first.unit(),
                    first.id(), codebook), first.unit(), first.id(), null, series, years, codebook, policy);
            // One line: its title says what it is.
            if (series.size() == 1 && chart.getLegend() != null) chart.removeLegend();
            Figure f = new Figure(FileNames.slug("directie", "samenvatting", "interventie"), Summary.SHEET, chart, SUMMARY_CHART_WIDTH,
                    SUMMARY_CHART_HEIGHT);
            out.add(out.isEmpty() ? f : f.beside());
        }
        return out;
    }

    /** Two charts side by side on the Samenvatting's printed page. */
    static final int SUMMARY_CHART_WIDTH = 490;
    static final int SUMMARY_CHART_HEIGHT = 260;

    /** "a, b, c." without a double full stop when the last label ends with one. */
    private static String listEnd(List<String> labels) {
        String s = String.join(", ", labels).strip();
        return s.endsWith(".") ? s : s + ".";
    }

    /** The school years in which at least one of the indicators has a figure (a chart without empty years). */
    private static List<String> yearsWithData(IndicatorGrid grid, List<IndicatorGrid.Indicator> indicators, String where) {
        return grid.years().stream().filter(y -> indicators.stream().anyMatch(i -> grid.get(i.id(), y, where) != null)).toList();
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The counterpart kind of a contact indicator ("contact/ouder/..."), or "" for any other. */
    private static String contactKind(String id) {
        String[] parts = id.split("/");
        return parts.length > 2 && parts[0].equals("contact") ? parts[1] : "";
    }

    /** Means of questionnaires on different answer scales do not share an axis. */
    private static String scaleKey(IndicatorGrid.Indicator ind, Codebook codebook) {
        double[] r = AudienceCharts.scaleRange(ind.id(), codebook);
        return r == null ? "" : r[0] + ":" + r[1];
    }

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)$");

    /** The parenthesis all labels end with ("gemiddelde, nameting"), or null. */
    static String commonSuffix(List<String> labels) {
        String common = null;
        for (String l : labels) {
            Matcher m = PARENTHESIS.matcher(l.strip());
            if (!m.find() || m.start() == 0) return null;
            if (common == null) common = m.group(1);
            else if (!common.equals(m.group(1))) return null;
        }
        return common;
    }

    // ---------------------------------------------------------------- trends

    private static void trends(Report r, IndicatorGrid grid, KeyFigureTests tests, AudienceFocus focus, String domain, Codebook codebook,
                               Suppression policy) {
        // Only the school years in which this domain has figures (contacts may reach back further than the survey).
        List<String> years = grid.years().stream().filter(y -> grid.indicators(domain).stream()
                .anyMatch(i -> grid.get(i.id(), y, grid.overall()) != null)).toList();
        String latest = grid.latestYear();
        String prev = latest == null ? null : grid.previousYear(latest);
        List<String> cols = new ArrayList<>(List.of("indicator", "location"));
        cols.addAll(years);
        for (String y : years) cols.add("n_" + y);
        if (prev != null) cols.addAll(List.of("change", "trend"));
        String id = "directie_trends_" + FileNames.slug(domain);
        AudienceTable t = new AudienceTable(id, cols).header("indicator", "Indicator").header("location", "Locatie")
                .header("change", "Verschil " + (prev == null ? "" : prev + " → " + latest)).header("trend", "Oordeel (toets)");
        for (String y : years) t.header("n_" + y, "n " + y);
        List<String> rowsOf = new ArrayList<>();
        rowsOf.add(grid.overall());
        for (String l : grid.locations()) if (!rowsOf.contains(l)) rowsOf.add(l);
        String sheet = trendSheet(domain);
        List<Figure> figures = new ArrayList<>();
        for (IndicatorGrid.Indicator ind : grid.indicators(domain)) {
            String fmt = IndicatorGrid.excelFormat(ind.unit());
            List<AudienceCharts.Series> series = new ArrayList<>();
            for (String loc : rowsOf) {
                List<ShownValue> vals = years.stream().map(y -> grid.get(ind.id(), y, loc)).toList();
                if (vals.stream().allMatch(v -> v == null)) continue;
                int row = t.addRow();
                t.set(row, "indicator", ind.label());
                t.set(row, "location", loc);
                for (int i = 0; i < years.size(); i++) {
                    t.value(row, years.get(i), vals.get(i), fmt);
                    t.n(row, "n_" + years.get(i), vals.get(i));
                }
                if (prev != null) {
                    Change c = Change.of(grid.get(ind.id(), latest, loc), grid.get(ind.id(), prev, loc), tests.year(ind.id(), loc), ind, policy);
                    t.set(row, "change", c.text(), c.delta() == null ? null : c.format(ind.unit()), c.tone());
                    t.set(row, "trend", c.directionWithP(), null, c.tone());
                }
                if (loc.equals(grid.overall()) && grid.locations().size() > 1) {
                    t.rowTone(row, TableStyle.Tone.TOTAL);
                }
                series.add(new AudienceCharts.Series(loc, vals));
            }
            if (series.isEmpty()) continue;
            // Charts for what the reader looks for: the focus group, the intervention and every tested change of the
            // whole school; the table holds every indicator.
            var total = tests.year(ind.id(), grid.overall());
            boolean changed = total != null && total.verdict().changed();
            if ((grid.indicators().stream().anyMatch(i -> focus.leads(i.id())) && !(focus.leads(ind.id()) || changed))
                    || figures.size() >= MAX_TREND_CHARTS) continue;
            JFreeChart chart = AudienceCharts.trend(capitalise(ind.label()), AudienceCharts.yLabel(ind.unit(), ind.id(), codebook),
                    ind.unit(), ind.id(), grid.target(ind.id(), latest), series, years, codebook, policy);
            Figure f = new Figure(FileNames.slug("directie", "trend", ind.id()), sheet, chart, HALF_WIDTH, halfHeight(chart));
            figures.add(figures.size() % 2 == 1 ? f.beside() : f);
        }
        r.table(t.toReport(id, sheet, "Elke indicator per schooljaar: eerst de hele school (" + grid.overall()
                + "), dan per locatie. " + policy.smallText() + " = minder dan " + policy.minGroupSize()
                + " personen; x = verborgen tegen terugrekenen; – = geen gegevens."));
        figures.forEach(r::figure);
    }

    // ---------------------------------------------------------------- frameworks in short

    static final String SHEET_FRAMEWORKS = "Kaders";
    /** A whole number with two digits' width of space after it (Excel's "_0"). */
    static final String COUNT_FORMAT = "0_0_0";

    /**
     * One row per framework for the latest school year: how many of its factors with a data source are op orde,
     * which need work (aandacht), which have no data this year, and which factors this study cannot measure at all
     * (no evidence rule), listed apart and not counted.
     */
    private static void frameworks(Report r, CoverageGrid cov) {
        String where = cov.hasTotal() ? Suppression.TOTAL : cov.locations().size() == 1 ? cov.locations().get(0) : null;
        String year = cov.latestYear();
        if (where == null || year == null) return;
        Map<String, String> labels = frameworkLabels(cov.frameworks());
        AudienceTable t = new AudienceTable("directie_kaders", List.of("framework", "school_year", "measurable", "on_target",
                "attention", "no_data", "not_measured", "summary"))
                .header("framework", "Kader").header("school_year", "Schooljaar").header("measurable", "Factoren met gegevensbron")
                .header("on_target", "Op orde").header("attention", "Aandacht").header("no_data", "Geen gegevens")
                .header("not_measured", "Zonder gegevensbron").header("summary", "Waar staan we, waar kan nog aan gewerkt worden")
                .wrap("summary", 70);
        for (String fw : cov.frameworks()) {
            List<String> ok = new ArrayList<>(), attention = new ArrayList<>(), none = new ArrayList<>();
            for (CoverageGrid.FactorKey f : cov.factors(fw)) {
                CoverageGrid.Shown cell = cov.get(f, year, where);
                var status = cell == null ? nl.samenkracht.report.chart.CoverageStatus.GEEN_GEGEVENS : cell.status();
                switch (status) {
                    case OP_ORDE -> ok.add(f.label());
                    case AANDACHT -> attention.add(f.label());
                    default -> none.add(f.label());
                }
            }
            List<String> unmeasured = cov.unmeasured(fw).stream().map(CoverageGrid.FactorKey::label).toList();
            int measurable = ok.size() + attention.size() + none.size();
            StringBuilder text = new StringBuilder();
            if (measurable == 0) text.append("Dit onderzoek heeft voor geen enkele factor van dit kader een gegevensbron.");
            else {
                text.append(ok.size()).append(" van ").append(measurable).append(measurable == 1 ? " factor" : " factoren")
                        .append(" met gegevens op orde");
                if (!ok.isEmpty()) text.append(" (").append(String.join(", ", ok)).append(")");
                text.append(".");
                if (!attention.isEmpty()) text.append(" Werk aan: ").append(listEnd(attention));
                if (!none.isEmpty()) text.append(" Dit jaar geen gegevens: ").append(listEnd(none));
            }
            if (!unmeasured.isEmpty())
                text.append(" Niet gemeten in dit onderzoek (geen gegevensbron): ").append(unmeasured.size())
                        .append(unmeasured.size() == 1 ? " factor." : " factoren.");
            int row = t.addRow();
            t.set(row, "framework", labels.get(fw));
            t.set(row, "school_year", year);
            // Counts coloured as text, not filled: beside the wrapped summary a row is many lines tall, and a filled cell
            // that tall reads as a bar. The format pads them on the right, so "7" never runs into "11 van 18 ...".
            t.set(row, "measurable", Integer.toString(measurable), COUNT_FORMAT, null);
            t.set(row, "on_target", Integer.toString(ok.size()), COUNT_FORMAT, ok.isEmpty() ? null : TableStyle.Tone.BETTER);
            t.set(row, "attention", Integer.toString(attention.size()), COUNT_FORMAT, attention.isEmpty() ? null : TableStyle.Tone.WORSE);
            t.set(row, "no_data", Integer.toString(none.size()), COUNT_FORMAT, null);
            t.set(row, "not_measured", Integer.toString(unmeasured.size()), COUNT_FORMAT, null);
            t.set(row, "summary", text.toString());
        }
        r.table(t.toReport("directie_kaders", SHEET_FRAMEWORKS, "In welke mate zijn de pijlers van elk kader van toepassing"
                + " (" + year + ", " + (where.equals(Suppression.TOTAL) ? "hele school" : where) + "), en waar kan nog aan gewerkt"
                + " worden? Alleen factoren waarvoor dit onderzoek een gegevensbron heeft, tellen mee; de andere staan apart."));
    }

    // ---------------------------------------------------------------- coverage per year

    private static void coverage(Report r, CoverageGrid cov, Suppression policy) {
        String where = cov.hasTotal() ? Suppression.TOTAL : cov.locations().size() == 1 ? cov.locations().get(0) : null;
        if (where == null) return;
        List<String> years = cov.years();
        List<String> cols = new ArrayList<>(List.of("framework", "factor"));
        cols.addAll(years);
        AudienceTable t = new AudienceTable("directie_succesfactoren", cols).header("framework", "Kader").header("factor", "Succesfactor");
        Map<String, String> frameworkLabels = frameworkLabels(cov.frameworks());
        List<Figure> figures = new ArrayList<>();
        for (String fw : cov.frameworks()) {
            if (cov.factors(fw).isEmpty()) continue;
            List<String> rows = new ArrayList<>();
            List<CoverageCell> cells = new ArrayList<>();
            Set<String> used = new HashSet<>();
            boolean hidden = false;
            for (CoverageGrid.FactorKey f : cov.factors(fw)) {
                int row = t.addRow();
                t.set(row, "framework", frameworkLabels.get(fw));
                t.set(row, "factor", f.label());
                String rowLabel = used.add(f.label()) ? f.label() : f.label() + " (" + f.factor() + ")";
                rows.add(rowLabel);
                for (String y : years) {
                    CoverageGrid.Shown s = cov.get(f, y, where);
                    if (s == null) {
                        t.set(row, y, "geen gegevens", null, TableStyle.Tone.STATUS_NO_DATA);
                        continue;
                    }
                    t.set(row, y, s.text(), null, s.tone());
                    cells.add(new CoverageCell(rowLabel, y, s.status(), s.cellText(), s.mark().hidden()));
                    hidden |= s.mark().hidden();
                }
            }
            CoverageHeatmapData data = new CoverageHeatmapData(frameworkLabels.get(fw) + " — per schooljaar, "
                    + (where.equals(Suppression.TOTAL) ? "hele school" : where), rows, years, cells);
            JFreeChart heatmap = CoverageHeatmap.create(data);
            if (hidden) ChartStyle.subtitle(heatmap, AudienceCharts.hiddenCellNote(policy));
            figures.add(new Figure(FileNames.slug("directie", "succesfactoren", fw), SHEET_COVERAGE, heatmap,
                    AudienceCharts.WIDTH, CoverageHeatmap.suggestedHeight(rows.size()) + (hidden ? 30 : 0)));
        }
        r.table(t.toReport("directie_succesfactoren", SHEET_COVERAGE, "Status per succesfactor en schooljaar voor "
                + (where.equals(Suppression.TOTAL) ? "de hele school" : where) + ": op orde (doel gehaald), aandacht (onder het doel),"
                + " geen gegevens. \"geen gegevens (" + policy.smallText() + ")\": minder dan " + policy.minGroupSize()
                + " personen; \"geen gegevens (x)\": verborgen tegen terugrekenen."));
        figures.forEach(r::figure);
        // The table is the heatmap of every framework at once (statuses coloured alike); the printout carries it once.
        r.printTableOnly(SHEET_COVERAGE);
    }

    static Map<String, String> frameworkLabels(List<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        FrameworkRegistry registry;
        try {
            registry = FrameworkRegistry.builtIn();
        } catch (RuntimeException e) {
            registry = null;
        }
        for (String id : ids) {
            String label = id;
            if (registry != null) label = registry.find(id).map(Framework::label).orElse(id);
            out.put(id, label);
        }
        return out;
    }
}
