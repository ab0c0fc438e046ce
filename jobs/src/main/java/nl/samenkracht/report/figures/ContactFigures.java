package nl.samenkracht.report.figures;

import nl.samenkracht.report.FileNames;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Set<String> kinds = new TreeSet<>();
        for (ContactResults.Reach r : results.reach()) kinds.add(r.group().kind());
        for (String kind : kinds) {
            List<ContactResults.Reach> k = results.reach().stream()
                    .filter(r -> r.group().kind().equals(kind) && ALL_CLASSES.equals(r.group().clazz())).toList();
            if (k.isEmpty()) continue;
            String year = k.stream().map(r -> r.group().schoolYear()).max(String::compareTo).orElseThrow();
            String who = KIND.getOrDefault(kind, kind);
            reachFigure(out, k, kind, year, who);
            rhythmFigure(out, results.rhythm(), kind, year, who);
            channelFigure(out, results.channels(), kind, year, who);
        }
        return out;
    }

    /** The kind's totals over classes in one school year. */
    private static boolean total(ContactResults.Group g, String kind, String year) {
        return g.kind().equals(kind) && ALL_CLASSES.equals(g.clazz()) && g.schoolYear().equals(year);
    }

    private static void reachFigure(List<Figure> out, List<ContactResults.Reach> k, String kind, String year, String who) {
        boolean deadline = k.stream().anyMatch(r -> r.indicator().equals("reach_before_deadline"));
        String indicator = deadline ? "reach_before_deadline" : "reach_first_weeks";
        List<ContactResults.Reach> sel = k.stream()
                .filter(r -> r.group().schoolYear().equals(year) && r.indicator().equals(indicator)).toList();
        List<ReachRow> rows = new ArrayList<>();
        // No share (an empty roster for the location): a row without a bar, not a NaN bar.
        for (ContactResults.Reach r : sel) rows.add(new ReachRow(r.group().location(), r.share(), r.n()));
        if (rows.isEmpty()) return;
        String what = deadline ? sel.get(0).contactType() + " vóór de deadline (" + sel.get(0).window() + ")"
                : "contact in de eerste weken (" + sel.get(0).window() + ")";
        ReachData data = new ReachData("Bereik " + who + ": " + what + " — " + year, "Bereikt", 1.0, rows);
        out.add(new Figure(FileNames.slug("contacten_bereik", kind, year), SHEET, ReachChart.create(data), 1000,
                ReachChart.suggestedHeight(rows.size())));
    }

    private static void rhythmFigure(List<Figure> out, List<ContactResults.Rhythm> rhythm, String kind, String year, String who) {
        List<RhythmPoint> points = new ArrayList<>();
        // Locations only: the total would flatten every location's line at the bottom of the axis.
        for (ContactResults.Rhythm r : rhythm)
            if (total(r.group(), kind, year) && !r.group().location().equals(ALL_LOCATIONS))
                points.add(new RhythmPoint(r.group().location(), r.month(), (double) r.n()));
        if (points.isEmpty()) return;
        out.add(new Figure(FileNames.slug("contacten_ritme", kind, year), SHEET,
                RhythmChart.create(new RhythmData("Contacten met " + who + " per maand — " + year, "Aantal contacten", points)), 1000, 550));
    }

    private static void channelFigure(List<Figure> out, List<ContactResults.Channel> channels, String kind, String year, String who) {
        List<ContactResults.Channel> sel = channels.stream().filter(c -> total(c.group(), kind, year)).toList();
        List<String> order = ChannelMixChart.CHANNELS;
        List<ChannelMixRow> rows = new ArrayList<>();
        Set<String> sorted = new TreeSet<>();
        for (ContactResults.Channel c : sel) sorted.add(c.group().location());
        List<String> locations = new ArrayList<>(sorted);
        if (locations.remove(ALL_LOCATIONS)) locations.add(ALL_LOCATIONS); // the total last, under the locations
        for (String loc : locations) {
            double[] shares = new double[order.size()];
            int n = 0;
            for (ContactResults.Channel c : sel) {
                if (!c.group().location().equals(loc)) continue;
                int at = order.indexOf(c.channel());
                if (at >= 0 && c.share() != null) shares[at] = c.share();
                n = c.n();
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
}
