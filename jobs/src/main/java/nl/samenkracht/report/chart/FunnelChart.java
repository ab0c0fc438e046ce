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
import java.util.List;

/**
 * A funnel plot of a share: each location as a point at (n, value), the board value as a line and the
 * 95 % and 99,8 % control limits around it ({@link FunnelLimits}) as funnels that narrow as n grows. A
 * location outside the 99,8 % funnel differs from the board by more than chance explains; the points are
 * coloured by the location test's flag (lager/hoger/geen), so the picture and the table say the same.
 */
public final class FunnelChart {
    /** One location: label, n, value (a share 0..1) and its flag: -1 lower, 1 higher, 0 none. */
    public record Point(String label, long n, double value, int flag) {}

    /**
     * @param title      chart title
     * @param boardValue the board's share
     * @param points     the shown locations (hidden ones are left out by the caller)
     */
    public record Data(String title, double boardValue, List<Point> points) {}

    private FunnelChart() {}

    public static JFreeChart create(Data data) {
        long maxN = Math.max(10, data.points().stream().mapToLong(Point::n).max().orElse(10));
        long upto = (long) Math.ceil(maxN * 1.15);
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeries board = new XYSeries("Bestuur", false);
        XYSeries lo95 = new XYSeries("95%-grenzen", false), hi95 = new XYSeries("95% boven", false);
        XYSeries lo998 = new XYSeries("99,8%-grenzen", false), hi998 = new XYSeries("99,8% boven", false);
        for (long n = 2; n <= upto; n++) {
            FunnelLimits.Band b95 = FunnelLimits.proportion(data.boardValue(), n, FunnelLimits.Z95);
            FunnelLimits.Band b998 = FunnelLimits.proportion(data.boardValue(), n, FunnelLimits.Z998);
            board.add(n, data.boardValue());
            lo95.add(n, b95.lower());
            hi95.add(n, b95.upper());
            lo998.add(n, b998.lower());
            hi998.add(n, b998.upper());
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

        NumberFormat percent = DutchFormat.percent();
        NumberAxis x = ChartStyle.numberAxis("Aantal personen (n)", DutchFormat.number(0));
        x.setRange(0, upto);
        NumberAxis y = ChartStyle.percentAxis("Percentage");
        y.setRange(0, 1.04);
        XYPlot plot = new XYPlot(dots, x, y, dotRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setRangeGridlinePaint(Palette.GRIDLINE);
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        for (Point p : data.points()) {
            XYTextAnnotation a = new XYTextAnnotation(p.label() + " " + percent.format(p.value()), p.n(), p.value());
            a.setFont(Palette.AXIS_LABEL_FONT);
            a.setPaint(Palette.TEXT);
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            a.setX(p.n() + upto * 0.012);
            a.setY(p.value() + 0.012);
            plot.addAnnotation(a);
        }
        XYTextAnnotation boardLabel = new XYTextAnnotation("Bestuur " + percent.format(data.boardValue()), upto, data.boardValue());
        boardLabel.setFont(Palette.AXIS_LABEL_FONT);
        boardLabel.setPaint(Palette.TEXT);
        boardLabel.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(boardLabel);
        return ChartStyle.chart(data.title(), plot, true);
    }
}
