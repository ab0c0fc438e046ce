package nl.samenkracht.report.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;

/**
 * Progress through Kotter's eight phases as a timeline: one row per phase (top = phase 1), a bar
 * from its first to its last activity coloured by status — gedaan (dark teal), bezig (blue), nog
 * niet gestart (no bar; a grey note) — the number of activities after the bar, and a dashed line
 * at the reference date. Statuses are plain labels, so the chart does not depend on the coverage
 * package.
 */
public final class KotterTimelineChart {
    public static final String DONE = "gedaan";
    public static final String BUSY = "bezig";
    public static final String NOT_STARTED = "nog niet gestart";

    /** One phase: its row label, status label, first and last activity (null when none), activity count. */
    public record Phase(String label, String status, LocalDate first, LocalDate last, int activities) {
        public Phase {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Chart input: title, the reference date, the phases top to bottom. */
    public record Data(String title, LocalDate reference, List<Phase> phases) {
        public Data {
            phases = List.copyOf(phases);
        }
    }

    /** A bar shorter than this many days would be invisible; one-day phases get this width. */
    static final int MIN_DAYS = 10;

    private KotterTimelineChart() {}

    public static Color colour(String status) {
        return switch (status) {
            case DONE -> Palette.STATUS_OK;
            case BUSY -> Palette.OI_BLUE;
            default -> Palette.STATUS_NO_DATA;
        };
    }

    public static JFreeChart create(Data data) {
        // One series, one bar per row, centred; the colour comes from the phase's status.
        TaskSeries tasks = new TaskSeries("fasen");
        java.util.Map<String, Color> paint = new java.util.HashMap<>();
        LocalDate min = data.reference();
        LocalDate max = data.reference();
        for (Phase p : data.phases()) {
            paint.put(p.label(), colour(p.status()));
            if (p.first() == null) {
                // A task without a period keeps the row (category) without drawing a bar.
                tasks.add(new Task(p.label(), null));
                continue;
            }
            LocalDate end = barEnd(p);
            tasks.add(new Task(p.label(), new SimpleTimePeriod(date(p.first()), date(end))));
            if (p.first().isBefore(min)) min = p.first();
            if (end.isAfter(max)) max = end;
        }
        TaskSeriesCollection dataset = new TaskSeriesCollection();
        dataset.add(tasks);

        NotedCategoryAxis phases = new NotedCategoryAxis(null, 2);
        phases.setMaximumCategoryLabelWidthRatio(0.36f);
        phases.setTickLabelFont(Palette.ITEM_LABEL_FONT);
        phases.setCategoryMargin(0.35);

        long span = java.time.temporal.ChronoUnit.DAYS.between(min, max);
        LocalDate from = min.minusDays(Math.max(14, span / 20)).withDayOfMonth(1);
        LocalDate to = max.plusDays(Math.max(45, span / 5));
        DateAxis time = new DateAxis(null);
        ChartStyle.styleAxisText(time);
        time.setRange(date(from), date(to));
        int months = span > 500 ? 6 : span > 200 ? 3 : 1;
        time.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, months, new SimpleDateFormat("MMM yyyy", DutchFormat.NL)));
        time.setTimeZone(java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setAxisLineVisible(false);
        time.setTickMarksVisible(false);

        GanttRenderer renderer = ChartStyle.flatBars(new GanttRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return paint.getOrDefault((String) dataset.getColumnKey(column), Palette.STATUS_NO_DATA);
            }
        });
        renderer.setMaximumBarWidth(0.6);

        CategoryPlot plot = new CategoryPlot(dataset, phases, time, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ChartStyle.styleCategoryPlot(plot);

        SimpleDateFormat day = new SimpleDateFormat("d MMM yyyy", DutchFormat.NL);
        day.setTimeZone(java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
        // The reference date is the right end of the story: its label goes left of the line, inside the plot.
        org.jfree.chart.plot.ValueMarker line = ChartStyle.referenceLine(date(data.reference()).getTime(),
                "Peildatum " + day.format(date(data.reference())), true, Palette.REFERENCE_LINE, true);
        line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        ChartStyle.addReferenceLine(plot, line);
        for (Phase p : data.phases()) {
            if (p.first() == null) {
                plot.addAnnotation(new CategoryLabelAnnotation(NOT_STARTED, p.label(), date(from).getTime(), 6.0,
                        TextAnchor.CENTER_LEFT, Palette.ITEM_LABEL_FONT, Palette.TEXT_MUTED, null), false);
            } else {
                LocalDate end = barEnd(p);
                String text = p.activities() + (p.activities() == 1 ? " activiteit" : " activiteiten");
                // After the bar, unless that would run into the reference line: then before it.
                boolean before = end.plusDays(span / 6).isAfter(data.reference()) && !p.first().isAfter(data.reference());
                plot.addAnnotation(before
                        ? new CategoryLabelAnnotation(text, p.label(), date(p.first()).getTime(), -6.0,
                                TextAnchor.CENTER_RIGHT, Palette.ITEM_LABEL_FONT, Palette.TEXT, null)
                        : new CategoryLabelAnnotation(text, p.label(), date(end).getTime(), 6.0,
                                TextAnchor.CENTER_LEFT, Palette.ITEM_LABEL_FONT, Palette.TEXT, null), false);
            }
        }

        LegendItemCollection legend = new LegendItemCollection();
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        for (String s : List.of(DONE, BUSY, NOT_STARTED))
            legend.add(new LegendItem(s, null, null, null, square, colour(s)));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = ChartStyle.chart(data.title(), plot, true);
        ChartStyle.subtitle(chart, "Balk: van de eerste tot de laatste activiteit in de fase (tot de peildatum).");
        return chart;
    }

    /** Layout height in points for eight phases. */
    public static int suggestedHeight(int rows) {
        return Math.max(380, 150 + 44 * rows);
    }

    /** The day after the last activity, at least {@link #MIN_DAYS} after the first. */
    private static LocalDate barEnd(Phase p) {
        LocalDate end = p.last().plusDays(1);
        return end.isBefore(p.first().plusDays(MIN_DAYS)) ? p.first().plusDays(MIN_DAYS) : end;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
