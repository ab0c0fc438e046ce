package nl.samenkracht.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis that uses at most {@link #MAX_TICKS} ticks. JFreeChart picks the finest tick
 * size whose labels do not overlap, which on a 600-point tall chart means a gridline every 0,05
 * for a 3–4 range: more lines than a reader can use.
 */
public class TidyNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    /** Most tick marks (and gridlines) on one axis. */
    public static final int MAX_TICKS = 8;

    public TidyNumberAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double length = getRange().getLength();
        if (length / getTickUnit().getSize() > MAX_TICKS) {
            TickUnit coarser = getStandardTickUnits().getCeilingTickUnit(length / MAX_TICKS);
            if (coarser instanceof NumberTickUnit n) {
                setTickUnit(n, false, false);
            }
        }
    }
}
