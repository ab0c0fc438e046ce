package nl.samenkracht.report.chart;

import nl.samenkracht.statistics.FunnelLimits;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A funnel plot of a share or a mean: each location as a point at (n, value), the board value as a line and
 * the 95 % and 99,8 % control limits around it ({@link FunnelLimits}) as funnels that narrow as n grows. A
 * location outside the 99,8 % funnel differs from the board by more than chance explains; the points are
 * coloured by the location test's flag (lager/hoger/geen), so the picture and the table say the same.
 * Shares: limits p ± z·√(p(1−p)/n); means: m ± z·SD/√n with the pooled within-location SD.
 */
public final class FunnelChart {
    /** One location: label, n, value (a share 0..1 or a mean) and its flag: -1 lower, 1 higher, 0 none. */
    public record Point(String label, long n, double value, int flag) {}

    /**
     * @param title      chart title
     * @param subtitle   a line under it (the school year), or null
     * @param boardValue the board's share or mean
     * @param points     the shown locations (hidden ones are left out by the caller)
     * @param sd         null for a share; for a mean the pooled within-location SD behind its limits
     * @param range      for a mean the axis range (the answer scale's), e.g. {1, 5}; ignored for a share
     */
    public record Data(String title, String subtitle, double boardValue, List<Point> points, Double sd, double[] range) {
        /** A funnel of shares. */
        public Data(String title, String subtitle, double boardValue, List<Point> points) {
            this(title, subtitle, boardValue, points, null, null);
        }

        boolean mean() {
            return sd != null;
        }
    }

    private FunnelChart() {}

    private static FunnelLimits.Band band(Data data, long n, double z) {
        return data.mean() ? FunnelLimits.mean(data.boardValue(), data.sd(), n, z) : FunnelLimits.proportion(data.boardValue(), n, z);
    }

    public static JFreeChart create(Data data) {
        long maxN = Math.max(10, data.points().stream().mapToLong(Point::n).max().orElse(10));
        // Room right of the largest location for its label.
        long upto = (long) Math.ceil(maxN * 1.4);
        double yMin = data.mean() ? data.range()[0] : 0, yMax = data.mean() ? data.range()[1] : 1.04;
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeries board = new XYSeries("Bestuur", false);
        XYSeries lo95 = new XYSeries("95%-grenzen", false), hi95 = new XYSeries("95% boven", false);
        XYSeries lo998 = new XYSeries("99,8%-grenzen", false), hi998 = new XYSeries("99,8% boven", false);
        for (long n = 2; n <= upto; n++) {
            FunnelLimits.Band b95 = band(data, n, FunnelLimits.Z95);
            FunnelLimits.Band b998 = band(data, n, FunnelLimits.Z998);
            board.add(n, data.boardValue());
            // A mean's limits beyond the answer scale are drawn at its end, as a share's are at 0 and 1.
            lo95.add(n, Math.max(yMin, b95.lower()));
            hi95.add(n, Math.min(yMax, b95.upper()));
            lo998.add(n, Math.max(yMin, b998.lower()));
            hi998.add(n, Math.min(yMax, b998.upper()));
        }
        lines.addSeries(board);
        lines.addSeries(lo95);
        lines.addSeries(hi95);
        lines.addSeries(lo998);
        lines.addSeries(hi998);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, Palette.TEXT);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f));
        float[] dash = {6f, 4f};
        for (int i = 1; i <= 2; i++) {
            lineRenderer.setSeriesPaint(i, Palette.OI_SKY_BLUE);
            lineRenderer.setSeriesStroke(i, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        }
        for (int i = 3; i <= 4; i++) {
            lineRenderer.setSeriesPaint(i, Palette.OI_BLUE);
            lineRenderer.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        // One legend entry per pair of limits.
        lineRenderer.setSeriesVisibleInLegend(2, false);
        lineRenderer.setSeriesVisibleInLegend(4, false);

        XYSeriesCollection dots = new XYSeriesCollection();
        XYSeries none = new XYSeries("Locatie", false), low = new XYSeries("Locatie: lager (getoetst)", false),
                high = new XYSeries("Locatie: hoger (getoetst)", false);
        for (Point p : data.points()) (p.flag() < 0 ? low : p.flag() > 0 ? high : none).add(p.n(), p.value());
        dots.addSeries(none);
        dots.addSeries(low);
        dots.addSeries(high);
        XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        java.awt.Shape circle = new Ellipse2D.Double(-6, -6, 12, 12);
        Color[] colours = {Palette.TEXT_MUTED, Palette.HEAT_LOW_STRONG, Palette.HEAT_HIGH_STRONG};
        for (int i = 0; i < 3; i++) {
            dotRenderer.setSeriesShape(i, circle);
            dotRenderer.setSeriesPaint(i, colours[i]);
            dotRenderer.setSeriesVisibleInLegend(i, dots.getSeries(i).getItemCount() > 0);
        }

        NumberFormat format = data.mean() ? DutchFormat.decimal(1) : DutchFormat.percent();
        NumberAxis x = ChartStyle.numberAxis("Aantal personen (n)", DutchFormat.number(0));
        x.setRange(0, upto);
        NumberAxis y = data.mean() ? ChartStyle.numberAxis("Gemiddelde", DutchFormat.decimal(1)) : ChartStyle.percentAxis("Percentage");
        y.setRange(yMin, yMax);
        XYPlot plot = new XYPlot(dots, x, y, dotRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setRangeGridlinePaint(Palette.GRIDLINE);
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        List<Label> labels = labels(data, upto, yMin, yMax, format);
        for (int i = 1; i < labels.size(); i++) {
            // A label moved away from its point (another label was in the way) gets a thin line to it.
            Label l = labels.get(i);
            Point p = data.points().stream().filter(q -> l.text().startsWith(q.label() + " ")).findFirst().orElse(null);
            if (p == null || (l.y() <= p.value() + 0.02 * (yMax - yMin) && l.y() + l.height() >= p.value() - 0.02 * (yMax - yMin))) continue;
            double ly = l.y() > p.value() ? l.y() : l.y() + l.height();
            org.jfree.chart.annotations.XYLineAnnotation line = new org.jfree.chart.annotations.XYLineAnnotation(p.n(), p.value(),
                    l.x(), ly, new BasicStroke(0.8f), Palette.TEXT_MUTED);
            plot.addAnnotation(line);
        }
        for (Label l : labels) {
            XYTextAnnotation a = new XYTextAnnotation(l.text(), l.x(), l.y());
            a.setFont(Palette.AXIS_LABEL_FONT);
            a.setPaint(Palette.TEXT);
            a.setTextAnchor(l.rightAligned() ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
        }
        JFreeChart chart = ChartStyle.chart(data.title(), plot, true);
        if (data.subtitle() != null) ChartStyle.subtitle(chart, data.subtitle());
        return chart;
    }

    /**
     * A label: its text, anchor point in data units (the bottom-left corner, or bottom-right when right
     * aligned) and its box, for the placement below.
     */
    record Label(String text, double x, double y, boolean rightAligned, double x0, double x1, double height) {
        boolean overlaps(Label o) {
            return x0 < o.x1 && o.x0 < x1 && y < o.y + o.height && o.y < y + height;
        }
    }

    /**
     * Places the labels so that no two overlap: each location's label right of its point (left of it near the
     * right end), just above it, or, where that box is taken, the nearest free height above or below (in steps
     * of a label's height); then the board's label at the first free one of: right end below its line, right end
     * above, left end above, left end below. The box sizes are estimates in data units for the 490 × 330 layout
     * the bestuur workbook uses: a label 11 % of the plot's height, a character 2.3 % of its width (generous: FunnelChartTest measures the drawn boxes).
     */
    static List<Label> labels(Data data, long upto, double yMin, double yMax, NumberFormat format) {
        double span = yMax - yMin;
        double height = 0.11 * span, pad = 0.012 * span, dx = upto * 0.015;
        List<Label> placed = new ArrayList<>();
        List<Point> byValue = data.points().stream().sorted(Comparator.comparingDouble(Point::value).reversed()
                .thenComparing(Point::label)).toList();
        for (Point p : byValue) {
            String text = p.label() + " " + format.format(p.value());
            double width = text.length() * upto * 0.023;
            boolean right = p.n() + dx + width > upto;
            double ax = right ? p.n() - dx : p.n() + dx;
            double x0 = right ? ax - width : ax, x1 = right ? ax : ax + width;
            Label best = null;
            for (int step = 0; step < 40 && best == null; step++) {
                // Candidates: above the point, below it, then alternately further up and down.
                double offset = step == 0 ? pad : step == 1 ? -pad - height
                        : (step % 2 == 0 ? pad + (step / 2) * height : -pad - height - (step / 2) * height);
                double y = p.value() + offset;
                if (y < yMin || y + height > yMax) continue;
                Label candidate = new Label(text, ax, y, right, x0, x1, height);
                if (placed.stream().noneMatch(candidate::overlaps)) best = candidate;
            }
            if (best == null) best = new Label(text, ax, Math.min(yMax - height, Math.max(yMin, p.value() + pad)), right, x0, x1, height);
            placed.add(best);
        }
        String boardText = "Bestuur " + format.format(data.boardValue());
        double boardWidth = boardText.length() * upto * 0.017, left = upto * 0.02;
        double below = data.boardValue() - pad - height, above = data.boardValue() + pad;
        List<Label> boardCandidates = new ArrayList<>();
        for (double y : new double[]{below, above}) boardCandidates.add(new Label(boardText, upto, y, true, upto - boardWidth, upto, height));
        for (double y : new double[]{above, below}) boardCandidates.add(new Label(boardText, left, y, false, left, left + boardWidth, height));
        Label board = boardCandidates.stream().filter(c -> c.y() >= yMin && c.y() + height <= yMax)
                .filter(c -> placed.stream().noneMatch(c::overlaps)).findFirst().orElse(boardCandidates.get(0));
        placed.add(0, board);
        return placed;
    }
}
