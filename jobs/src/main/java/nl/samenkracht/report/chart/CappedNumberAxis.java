package nl.samenkracht.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis that may extend past its last meaningful value (to leave room for value labels
 * beyond a bar at 100% or at alpha 0,95) but draws no tick or gridline beyond {@code maxTick}.
 */
public class CappedNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private final double maxTick;

    public CappedNumberAxis(String label, double maxTick) {
        super(label);
        this.maxTick = maxTick;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea,
            RectangleEdge edge) {
        return ticksUpTo(super.refreshTicks(g2, state, dataArea, edge), maxTick);
    }

    /** The ticks whose value is at most {@code maxTick}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static List ticksUpTo(List ticks, double maxTick) {
        List kept = new ArrayList();
        for (Object t : ticks) {
            if (!(t instanceof ValueTick vt) || vt.getValue() <= maxTick + 1e-9) {
                kept.add(t);
            }
        }
        return kept;
    }
}
