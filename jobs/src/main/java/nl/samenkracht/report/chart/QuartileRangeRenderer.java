package nl.samenkracht.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Draws each item of a {@link QuartileDataset} as its median marker with a Q1–Q3 whisker (with
 * end caps), series side by side within a category. No lines between categories: categories are
 * separate scales, not a sequence.
 */
public class QuartileRangeRenderer extends LineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private static final double CAP_HALF_WIDTH = 7.0;

    public QuartileRangeRenderer() {
        super(false, true);
        setUseSeriesOffset(true);
        setItemMargin(0.25);
        setDrawOutlines(true);
        setUseOutlinePaint(true);
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range r = super.findRangeBounds(dataset);
        if (dataset instanceof QuartileDataset q) {
            for (int row = 0; row < q.getRowCount(); row++) {
                for (int col = 0; col < q.getColumnCount(); col++) {
                    Double lo = q.getQ1(row, col);
                    Double hi = q.getQ3(row, col);
                    if (lo != null) {
                        r = Range.expandToInclude(r, lo);
                        r = Range.expandToInclude(r, hi);
                    }
                }
            }
        }
        return r;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
            CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
            CategoryDataset dataset, int row, int column, int pass) {
        if (pass == 0 && dataset instanceof QuartileDataset q && isSeriesVisible(row)
                && dataset.getValue(row, column) != null) {
            Double lo = q.getQ1(row, column);
            Double hi = q.getQ3(row, column);
            if (lo != null && hi != null) {
                RectangleEdge domainEdge = plot.getDomainAxisEdge();
                RectangleEdge rangeEdge = plot.getRangeAxisEdge();
                double c = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(),
                        state.getVisibleSeriesIndex(row), state.getVisibleSeriesCount(),
                        getItemMargin(), dataArea, domainEdge);
                double v1 = rangeAxis.valueToJava2D(lo, dataArea, rangeEdge);
                double v3 = rangeAxis.valueToJava2D(hi, dataArea, rangeEdge);
                g2.setPaint(getItemPaint(row, column));
                g2.setStroke(getItemStroke(row, column));
                boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
                g2.draw(line(vertical, c, v1, c, v3));
                g2.draw(line(vertical, c - CAP_HALF_WIDTH, v1, c + CAP_HALF_WIDTH, v1));
                g2.draw(line(vertical, c - CAP_HALF_WIDTH, v3, c + CAP_HALF_WIDTH, v3));
            }
        }
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column,
                pass);
    }

    /** A line in (category, value) coordinates, mapped to the plot orientation. */
    private static Line2D line(boolean vertical, double c1, double v1, double c2, double v2) {
        return vertical ? new Line2D.Double(c1, v1, c2, v2) : new Line2D.Double(v1, c1, v2, c2);
    }
}
