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

    /** Ticks above this value are not drawn (null: all); see {@link #setTickCeiling}. */
    private Double tickCeiling;

    public TidyNumberAxis(String label) {
        super(label);
    }

    /**
     * Draws no tick (nor gridline) above {@code ceiling}: the range may reach past the scale's top
     * to leave room for value labels, but a "120%" or a 6 on a 1–5 scale is a value nobody can have.
     */
    public void setTickCeiling(Double ceiling) {
        this.tickCeiling = ceiling;
        fireChangeEvent();
    }

    public Double getTickCeiling() {
        return tickCeiling;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public java.util.List refreshTicks(Graphics2D g2, org.jfree.chart.axis.AxisState state, Rectangle2D dataArea,
            RectangleEdge edge) {
        java.util.List ticks = super.refreshTicks(g2, state, dataArea, edge);
        return tickCeiling == null ? ticks : CappedNumberAxis.ticksUpTo(ticks, tickCeiling);
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
