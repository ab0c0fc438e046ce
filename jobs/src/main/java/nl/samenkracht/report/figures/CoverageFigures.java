package nl.samenkracht.report.figures;

import nl.samenkracht.coverage.CoverageResults;
import nl.samenkracht.coverage.CoverageRow;
import nl.samenkracht.coverage.CoverageStatus;
import nl.samenkracht.coverage.EvidenceRule;
import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.coverage.Factor;
import nl.samenkracht.coverage.FactorGroup;
import nl.samenkracht.coverage.Framework;
import nl.samenkracht.coverage.KotterPhaseProgress;
import nl.samenkracht.report.methods.KotterText;
import nl.samenkracht.coverage.KotterTimeline;
import nl.samenkracht.report.FileNames;
import nl.samenkracht.report.chart.ChartStyle;
import nl.samenkracht.report.chart.CoverageCell;
import nl.samenkracht.report.chart.CoverageHeatmap;
import nl.samenkracht.report.chart.CoverageHeatmapData;
import nl.samenkracht.report.chart.DutchFormat;
import nl.samenkracht.report.chart.KotterTimelineChart;
import nl.samenkracht.report.chart.NotedCategoryAxis;
import nl.samenkracht.report.model.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coverage heatmaps (report.chart.CoverageHeatmap) and the Kotter timeline.
 *
 * <p>Rows: the framework's factors in framework order; a factor group none of whose factors has an
 * evidence rule (framework default or study mapping) is left out, so that a framework of 25 factors
 * of which 10 can have evidence does not drown in grey — the subtitle names what was left out.
 * (tables/coverage.csv keeps every factor.) Labels that occur twice (inwerken has "Structuur" as an
 * aspect of the learning environment and as a need) get their group's label added. Each cell shows
 * the deciding value as a percentage: every evidence value is a share.
 */
public final class CoverageFigures {
    public static final String SHEET = "Grafieken dekking";
    static final int WIDTH = 1000;

    private CoverageFigures() {}

    /** The heatmaps of every reported framework, then the Kotter timeline (when a log was given). */
    public static List<Figure> build(CoverageResults results) {
        List<Figure> out = new ArrayList<>();
        for (CoverageResults.FrameworkCoverage f : results.frameworks())
            out.addAll(heatmaps(f, results.years(), results.locations()));
        if (results.kotter() != null) out.add(kotter(results.kotter()));
        return out;
    }

    static List<Figure> heatmaps(CoverageResults.FrameworkCoverage coverage, List<String> years, List<String> locations) {
        Framework framework = coverage.framework();
        List<CoverageRow> rows = coverage.rows();
        List<Factor> shown = new ArrayList<>();
        Set<String> omittedGroups = new LinkedHashSet<>();
        Set<String> groupsWithRules = new HashSet<>();
        for (Factor f : framework.factors())
            if (f.group() != null && !coverage.rulesOf(f).isEmpty()) groupsWithRules.add(f.group());
        for (Factor f : framework.factors()) {
            if (f.group() == null || groupsWithRules.contains(f.group())) shown.add(f);
            else omittedGroups.add(framework.group(f.group()).map(FactorGroup::label).orElse(f.group()));
        }
        Map<String, String> label = rowLabels(framework, shown);
        String note = omittedGroups.isEmpty() ? null
                : "Niet getoond (geen bewijs gekoppeld): " + String.join("; ", omittedGroups) + ".";

        Map<List<String>, CoverageRow> byCell = new HashMap<>();
        for (CoverageRow r : rows) byCell.put(List.of(r.factor(), r.schoolYear(), r.location()), r);
        List<Figure> out = new ArrayList<>();
        String latest = latestYearWithEvidence(rows, years);
        if (latest == null) return out;

        List<CoverageCell> cells = new ArrayList<>();
        for (Factor f : shown)
            for (String loc : locations) cell(cells, label.get(f.id()), loc, byCell.get(List.of(f.id(), latest, loc)));
        Map<String, String> notes = new HashMap<>();
        for (Factor f : shown) {
            List<EvidenceRule> rules = coverage.rulesOf(f);
            if (!rules.isEmpty()) notes.put(label.get(f.id()), targetNote(rules)); // no note = nothing linked (subtitle)
        }
        out.add(figure(FileNames.slug("coverage", framework.id(), latest, "locaties"),
                framework.label() + " – " + latest, note, label, notes, shown, locations, cells));

        if (years.size() > 1) {
            List<CoverageCell> yearCells = new ArrayList<>();
            for (Factor f : shown)
                for (String y : years)
                    cell(yearCells, label.get(f.id()), y, byCell.get(List.of(f.id(), y, EvidenceValue.ALL_LOCATIONS)));
            // The printed appendix shows the latest year per location; the years side by side are on screen and in figures/.
            out.add(figure(FileNames.slug("coverage", framework.id(), "schooljaren"),
                    framework.label() + " – alle locaties per schooljaar", note, label, notes, shown, years, yearCells).onScreenOnly());
        }
        return out;
    }

    private static Figure figure(String id, String title, String note, Map<String, String> label, Map<String, String> notes,
                                 List<Factor> shown, List<String> columns, List<CoverageCell> cells) {
        List<String> rowLabels = shown.stream().map(f -> label.get(f.id())).toList();
        JFreeChart chart = CoverageHeatmap.create(new CoverageHeatmapData(title, rowLabels, columns, cells));
        // The values mean different things per row (% eens: higher is better; % noemt een behoefte:
        // lower is better), so each factor says its target under its label.
        if (chart.getCategoryPlot().getDomainAxis() instanceof NotedCategoryAxis axis)
            notes.forEach(axis::setNote);
        ChartStyle.subtitle(chart, "Cel: waarde van het bepalende bewijs. Onder een factor het doel; zonder doel is er geen bewijs gekoppeld."
                + (note == null ? "" : "\n" + note));
        if (chart.getSubtitle(0) instanceof TextTitle t) t.setTextAlignment(HorizontalAlignment.LEFT);
        // Above 12 rows the heatmap plans two label lines per row; a target note needs a third.
        int extra = shown.size() > 12 ? 14 * shown.size() : 0;
        return new Figure(id, SHEET, chart, WIDTH, CoverageHeatmap.suggestedHeight(shown.size()) + extra);
    }

    private static void cell(List<CoverageCell> cells, String row, String column, CoverageRow r) {
        if (r == null) return; // no cell = geen gegevens
        nl.samenkracht.report.chart.CoverageStatus status = nl.samenkracht.report.chart.CoverageStatus.fromLabel(r.status().label());
        String text = r.value() == null ? null : percent().format(r.value());
        cells.add(new CoverageCell(row, column, status, text));
    }

    private static NumberFormat percent() {
        return DutchFormat.percent();
    }

    /** The last school year in which any factor has evidence, or null. */
    static String latestYearWithEvidence(List<CoverageRow> rows, List<String> years) {
        String latest = null;
        for (String y : years)
            for (CoverageRow r : rows)
                if (r.schoolYear().equals(y) && r.status() != CoverageStatus.GEEN_GEGEVENS) latest = y;
        return latest;
    }

    /** Factor labels, unique: a label used twice gets " (group label)". */
    static Map<String, String> rowLabels(Framework framework, List<Factor> factors) {
        Map<String, Integer> count = new HashMap<>();
        for (Factor f : factors) count.merge(f.label(), 1, Integer::sum);
        Map<String, String> out = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Factor f : factors) {
            String l = f.label();
            if (count.get(l) > 1 && f.group() != null)
                l = l + " (" + framework.group(f.group()).map(FactorGroup::label).orElse(f.group()).toLowerCase(java.util.Locale.ROOT) + ")";
            while (!used.add(l)) l = l + " [" + f.id() + "]";
            out.put(f.id(), l);
        }
        return out;
    }

    /** "doel: ≤ 30% noemt dit", "doel: ≥ 40% eens (2 bronnen)", "2 bronnen, elk met een doel" (rules not empty). */
    static String targetNote(List<EvidenceRule> rules) {
        Set<String> phrases = new LinkedHashSet<>();
        for (EvidenceRule r : rules) phrases.add(phrase(r));
        if (phrases.size() > 1) return rules.size() + " bronnen, elk met een doel";
        return "doel: " + phrases.iterator().next() + (rules.size() > 1 ? " (" + rules.size() + " bronnen)" : "");
    }

    private static String phrase(EvidenceRule r) {
        String target = (EvidenceRule.AT_MOST.equals(r.comparison()) ? "≤ " : "≥ ") + percent().format(r.target());
        return switch (r.kind()) {
            case EvidenceRule.INTERVIEW_CODE -> target + " noemt dit";
            case EvidenceRule.SURVEY_SCALE, EvidenceRule.SURVEY_ITEM -> target + " eens";
            default -> target;
        };
    }

    static Figure kotter(KotterTimeline timeline) {
        List<KotterTimelineChart.Phase> phases = new ArrayList<>();
        for (KotterPhaseProgress p : timeline.phases())
            phases.add(new KotterTimelineChart.Phase(p.phase() + ". " + KotterText.phase(p.phase()), KotterText.status(p.status()), p.firstDate(),
                    p.lastDate(), p.activities()));
        JFreeChart chart = KotterTimelineChart.create(new KotterTimelineChart.Data(
                "Veranderproces volgens Kotter – voortgang per fase", timeline.reference(), phases));
        return new Figure("kotter_tijdlijn", SHEET, chart, WIDTH,
                KotterTimelineChart.suggestedHeight(phases.size()));
    }
}
