package nl.samenkracht.report;

import nl.samenkracht.indicators.contacts.ContactResults;
import nl.samenkracht.report.chart.ChannelMixChart;
import nl.samenkracht.report.chart.ChannelMixData;
import nl.samenkracht.report.chart.ChannelMixRow;
import nl.samenkracht.report.chart.ReachChart;
import nl.samenkracht.report.chart.ReachData;
import nl.samenkracht.report.chart.ReachRow;
import nl.samenkracht.report.chart.RhythmChart;
import nl.samenkracht.report.chart.RhythmData;
import nl.samenkracht.report.chart.RhythmPoint;
import nl.samenkracht.report.model.Figure;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The researcher's contact charts for the latest school year of each counterpart kind: reach per
 * location against the target (startgesprek before its deadline, or any contact in the first weeks),
 * the monthly rhythm per location over the school year, and the channel mix per location.
 */
public final class ContactFigures {
    public static final String SHEET = "Grafieken contacten";
    private static final String ALL_CLASSES = "Alle klassen";
    private static final String ALL_LOCATIONS = "Alle locaties";
    private static final Map<String, String> KIND = Map.of("ouder", "ouders", "nieuwe_collega", "nieuwe collega's", "partner", "partners");

    private ContactFigures() {}

    public static List<Figure> build(ContactResults results) {
        List<Figure> out = new ArrayList<>();
        Table reach = results.reach();
        for (String kind : new TreeSet<>(reach.stringColumn("kind").asList())) {
            Table k = reach.where(reach.stringColumn("kind").isEqualTo(kind).and(reach.stringColumn("class").isEqualTo(ALL_CLASSES)));
            if (k.rowCount() == 0) continue;
            String year = new TreeSet<>(k.stringColumn("school_year").asList()).last();
            String who = KIND.getOrDefault(kind, kind);
            reachFigure(out, k, kind, year, who);
            rhythmFigure(out, results.rhythm(), kind, year, who);
            channelFigure(out, results.channels(), kind, year, who);
        }
        return out;
    }

    private static void reachFigure(List<Figure> out, Table k, String kind, String year, String who) {
        boolean deadline = k.stringColumn("indicator").contains("reach_before_deadline");
        String indicator = deadline ? "reach_before_deadline" : "reach_first_weeks";
        Table sel = k.where(k.stringColumn("school_year").isEqualTo(year).and(k.stringColumn("indicator").isEqualTo(indicator)));
        List<ReachRow> rows = new ArrayList<>();
        for (int i = 0; i < sel.rowCount(); i++) {
            // No share (an empty roster for the location): a row without a bar, not a NaN bar.
            double share = number(sel, "share", i);
            rows.add(new ReachRow(sel.stringColumn("location").get(i), Double.isNaN(share) ? null : share, (int) Math.round(number(sel, "n", i))));
        }
        if (rows.isEmpty()) return;
        String what = deadline ? sel.stringColumn("contact_type").get(0) + " vóór de deadline (" + sel.stringColumn("window").get(0) + ")"
                : "contact in de eerste weken (" + sel.stringColumn("window").get(0) + ")";
        ReachData data = new ReachData("Bereik " + who + ": " + what + " — " + year, "Bereikt", 1.0, rows);
        out.add(new Figure(FileNames.slug("contacten_bereik", kind, year), SHEET, ReachChart.create(data), 1000,
                ReachChart.suggestedHeight(rows.size())));
    }

    private static void rhythmFigure(List<Figure> out, Table rhythm, String kind, String year, String who) {
        Table sel = rhythm.where(rhythm.stringColumn("kind").isEqualTo(kind).and(rhythm.stringColumn("class").isEqualTo(ALL_CLASSES))
                .and(rhythm.stringColumn("school_year").isEqualTo(year)));
        List<RhythmPoint> points = new ArrayList<>();
        // Locations only: the total would flatten every location's line at the bottom of the axis.
        for (int i = 0; i < sel.rowCount(); i++)
            if (!sel.stringColumn("location").get(i).equals(ALL_LOCATIONS))
                points.add(new RhythmPoint(sel.stringColumn("location").get(i), (int) Math.round(number(sel, "month", i)), number(sel, "n", i)));
        if (points.isEmpty()) return;
        out.add(new Figure(FileNames.slug("contacten_ritme", kind, year), SHEET,
                RhythmChart.create(new RhythmData("Contacten met " + who + " per maand — " + year, "Aantal contacten", points)), 1000, 550));
    }

    private static void channelFigure(List<Figure> out, Table channels, String kind, String year, String who) {
        Table sel = channels.where(channels.stringColumn("kind").isEqualTo(kind).and(channels.stringColumn("class").isEqualTo(ALL_CLASSES))
                .and(channels.stringColumn("school_year").isEqualTo(year)));
        List<String> order = ChannelMixChart.CHANNELS;
        List<ChannelMixRow> rows = new ArrayList<>();
        List<String> locations = new ArrayList<>(new TreeSet<>(sel.stringColumn("location").asList()));
        if (locations.remove(ALL_LOCATIONS)) locations.add(ALL_LOCATIONS); // the total last, under the locations
        for (String loc : locations) {
            Table l = sel.where(sel.stringColumn("location").isEqualTo(loc));
            double[] shares = new double[order.size()];
            int n = 0;
            for (int i = 0; i < l.rowCount(); i++) {
                int at = order.indexOf(l.stringColumn("channel").get(i));
                double share = number(l, "share", i);
                if (at >= 0 && !Double.isNaN(share)) shares[at] = share;
                n = (int) Math.round(number(l, "n", i));
            }
            // n = contacts with a known channel. None (the log has no channel column, or no value
            // was on the mapping): the share is undefined, so the location gets no bar.
            if (n > 0) rows.add(new ChannelMixRow(loc, shares, n));
        }
        if (rows.isEmpty()) return;
        out.add(new Figure(FileNames.slug("contacten_kanalen", kind, year), SHEET,
                ChannelMixChart.create(new ChannelMixData("Kanalen van contact met " + who + " — " + year, order, rows)), 1000,
                ChannelMixChart.suggestedHeight(rows.size())));
    }

    private static double number(Table t, String column, int row) {
        Object v = t.column(column).get(row);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
