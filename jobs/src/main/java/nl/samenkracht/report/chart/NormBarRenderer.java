package nl.samenkracht.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Flat bars coloured by a norm: at or above it {@link Palette#STATUS_OK} (teal), below it
 * {@link Palette#STATUS_ATTENTION} (orange) — the same meaning as "op orde" / "aandacht" in the
 * coverage heatmap. Without a norm every bar is {@link Palette#OI_BLUE}. Optionally draws an
 * interval whisker (e.g. a 95% confidence interval) across each bar of the first series.
 */
public class NormBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private static final Stroke WHISKER = new BasicStroke(2.0f);
    private static final double CAP_HALF_WIDTH = 6.0;

    private final Double norm;
    private final Map<Comparable<?>, double[]> intervals = new HashMap<>();

    /** @param norm threshold for the colour, or null for one neutral colour */
    public NormBarRenderer(Double norm) {
        this.norm = norm;
        ChartStyle.flatBars(this);
        setMaximumBarWidth(0.10);
    }

    /** Adds an interval whisker for a category. */
    public void setInterval(Comparable<?> category, double lower, double upper) {
        intervals.put(category, new double[] {lower, upper});
    }

    /** The interval of a category as {lower, upper}, or null. */
    public double[] getInterval(Comparable<?> category) {
        double[] i = intervals.get(category);
        return i == null ? null : i.clone();
    }

    /** Colour for a value under this renderer's norm. */
    public Color colourFor(double value) {
        if (norm == null) {
            return Palette.OI_BLUE;
        }
        return value >= norm - 1e-12 ? Palette.STATUS_OK : Palette.STATUS_ATTENTION;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        CategoryDataset ds = getPlot() == null ? null : getPlot().getDataset();
        if (ds != null && row < ds.getRowCount() && column < ds.getColumnCount()) {
            Number v = ds.getValue(row, column);
            if (v != null) {
                return colourFor(v.doubleValue());
            }
        }
        return super.getItemPaint(row, column);
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range r = super.findRangeBounds(dataset);
        for (double[] i : intervals.values()) {
            r = Range.expandToInclude(r, i[0]);
            r = Range.expandToInclude(r, i[1]);
        }
        return r;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
            CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
            CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column,
                pass);
        double[] interval = intervals.get(dataset.getColumnKey(column));
        // BarRenderer paints everything in its last (usually only) pass; draw on top of that.
        if (pass != getPassCount() - 1 || row != 0 || interval == null || dataset.getValue(row, column) == null) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        int visibleRow = state.getVisibleSeriesIndex(row);
        double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow,
                column);
        double c = w0 + state.getBarWidth() / 2.0;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double lo = rangeAxis.valueToJava2D(interval[0], dataArea, edge);
        double hi = rangeAxis.valueToJava2D(interval[1], dataArea, edge);
        g2.setPaint(Palette.REFERENCE_LINE);
        g2.setStroke(WHISKER);
        boolean horizontal = orientation == PlotOrientation.HORIZONTAL;
        g2.draw(line(horizontal, lo, c, hi, c));
        g2.draw(line(horizontal, lo, c - CAP_HALF_WIDTH, lo, c + CAP_HALF_WIDTH));
        g2.draw(line(horizontal, hi, c - CAP_HALF_WIDTH, hi, c + CAP_HALF_WIDTH));
    }

    /** A line in (value, category) coordinates, mapped to the orientation. */
    private static Line2D line(boolean horizontal, double v1, double c1, double v2, double c2) {
        return horizontal ? new Line2D.Double(v1, c1, v2, c2) : new Line2D.Double(c1, v1, c2, v2);
    }
}
