package nl.samenkracht.indicators.design;

import nl.samenkracht.model.Codebook;
import nl.samenkracht.report.FileNames;
import nl.samenkracht.report.chart.DesignChangeChart;
import nl.samenkracht.report.model.Figure;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One chart per instrument × subset (× school year) of design.csv, linked rows only. */
final class DesignFigures {
    private DesignFigures() {}

    static List<Figure> build(Table t, Codebook codebook) {
        Map<List<String>, List<DesignChangeChart.Point>> charts = new LinkedHashMap<>();
        Map<List<String>, List<String>> sides = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (!DesignAnalysis.LINKED.equals(t.stringColumn("basis").get(i))) continue;
            if (t.doubleColumn("ci_lower_a").isMissing(i) || t.doubleColumn("ci_lower_b").isMissing(i)) continue;
            String instrument = t.stringColumn("instrument").get(i);
            String year = t.stringColumn("school_year").get(i);
            List<String> key = List.of(instrument, t.stringColumn("subset").get(i), year == null ? "" : year);
            Codebook.Scale sc = codebook.scale(instrument, t.stringColumn("scale").get(i));
            String label = sc == null ? t.stringColumn("scale").get(i) : sc.label();
            String a = t.stringColumn("group_a").get(i);
            String b = t.stringColumn("group_b").get(i);
            sides.put(key, List.of(b, a));
            List<DesignChangeChart.Point> pts = charts.computeIfAbsent(key, k -> new ArrayList<>());
            pts.add(new DesignChangeChart.Point(label, b, t.doubleColumn("mean_b").get(i),
                    t.doubleColumn("ci_lower_b").get(i), t.doubleColumn("ci_upper_b").get(i)));
            pts.add(new DesignChangeChart.Point(label, a, t.doubleColumn("mean_a").get(i),
                    t.doubleColumn("ci_lower_a").get(i), t.doubleColumn("ci_upper_a").get(i)));
        }
        List<Figure> out = new ArrayList<>();
        charts.forEach((key, pts) -> {
            String title = "Verandering per schaal: " + key.get(1) + (key.get(2).isEmpty() ? "" : ", " + key.get(2));
            out.add(new Figure(FileNames.slug("opzet", key.get(0), key.get(1), key.get(2)), DesignStage.SHEET + " grafiek",
                    DesignChangeChart.create(title, pts, sides.get(key)), 1100, 650));
        });
        return out;
    }
}
