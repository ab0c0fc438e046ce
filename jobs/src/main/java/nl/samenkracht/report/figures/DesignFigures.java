package nl.samenkracht.report.figures;

import nl.samenkracht.indicators.design.DesignBasis;
import nl.samenkracht.indicators.design.DesignComparison;
import nl.samenkracht.indicators.design.DesignStage;
import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.FileNames;
import nl.samenkracht.report.chart.DesignChangeChart;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.tables.DesignTables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One chart per instrument × subset (× school year) of the design's comparisons, linked ones with both intervals only. */
public final class DesignFigures {
    private DesignFigures() {}

    public static List<Figure> build(DesignStage.Results results, Codebook codebook) {
        Map<List<String>, List<DesignChangeChart.Point>> charts = new LinkedHashMap<>();
        Map<List<String>, List<String>> sides = new LinkedHashMap<>();
        for (DesignComparison c : results.comparisons()) {
            if (c.basis() != DesignBasis.LINKED) continue;
            if (!Double.isFinite(c.ciLowerA()) || !Double.isFinite(c.ciLowerB())) continue; // no interval: no bar
            String instrument = c.instrument();
            String year = c.schoolYear();
            List<String> key = List.of(instrument, c.subset(), year == null ? "" : year);
            Codebook.Scale sc = codebook.scale(instrument, c.scale());
            String label = sc == null ? c.scale() : sc.label();
            String a = c.groupA();
            String b = c.groupB();
            sides.put(key, List.of(b, a));
            List<DesignChangeChart.Point> pts = charts.computeIfAbsent(key, k -> new ArrayList<>());
            pts.add(new DesignChangeChart.Point(label, b, c.meanB(), c.ciLowerB(), c.ciUpperB()));
            pts.add(new DesignChangeChart.Point(label, a, c.meanA(), c.ciLowerA(), c.ciUpperA()));
        }
        List<Figure> out = new ArrayList<>();
        charts.forEach((key, pts) -> {
            String title = "Verandering per schaal: " + key.get(1) + (key.get(2).isEmpty() ? "" : ", " + key.get(2));
            out.add(new Figure(FileNames.slug("opzet", key.get(0), key.get(1), key.get(2)), DesignTables.SHEET + " grafiek",
                    DesignChangeChart.create(title, pts, sides.get(key)), 1100, 650));
        });
        return out;
    }
}
