package nl.samenkracht.report.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * Column headers of a grid above (TOP edge) the plot: one symbol per integer position, each
 * wrapped to the width of its column over at most {@code maxLines} lines. {@link SymbolAxis}
 * itself draws single-line labels that collide when location names are long.
 */
public class ColumnHeaderAxis extends SymbolAxis {

    private static final long serialVersionUID = 1L;

    private final int maxLines;
    private final double shareOfWidth;

    /**
     * @param symbols      column labels, position 0..n-1
     * @param maxLines     lines a header may wrap over
     * @param shareOfWidth the part of the plot width the columns are expected to get (used to
     *                     reserve header height before the final layout is known)
     */
    public ColumnHeaderAxis(String[] symbols, int maxLines, double shareOfWidth) {
        super(null, symbols);
        this.maxLines = maxLines;
        this.shareOfWidth = shareOfWidth;
        setGridBandsVisible(false);
        setTickMarksVisible(false);
        setAxisLineVisible(false);
        ChartStyle.styleAxisText(this);
    }

    /**
     * One tick per column, always: SymbolAxis drops a label that would overlap its neighbour,
     * which here would silently remove a location's name; wrapping avoids the overlap instead.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea,
            RectangleEdge edge) {
        List ticks = new ArrayList();
        String[] symbols = getSymbols();
        for (int i = 0; i < symbols.length; i++) {
            if (getRange().contains(i)) {
                ticks.add(new NumberTick(i, symbols[i], TextAnchor.CENTER, TextAnchor.CENTER, 0.0));
            }
        }
        return ticks;
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea,
            RectangleEdge edge, AxisSpace space) {
        if (space == null) {
            space = new AxisSpace();
        }
        if (!isVisible() || !RectangleEdge.isTopOrBottom(edge)) {
            return super.reserveSpace(g2, plot, plotArea, edge, space);
        }
        double cell = plotArea.getWidth() * shareOfWidth / Math.max(1, getSymbols().length);
        double height = 0;
        for (String s : getSymbols()) {
            height = Math.max(height, block(g2, s, cell).calculateDimensions(g2).getHeight());
        }
        space.add(height + getTickLabelInsets().getTop() + getTickLabelInsets().getBottom(),
                edge);
        return space;
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor,
            Rectangle2D plotArea, Rectangle2D dataArea, RectangleEdge edge) {
        if (!RectangleEdge.isTopOrBottom(edge)) {
            return super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge);
        }
        AxisState state = new AxisState(cursor);
        List ticks = refreshTicks(g2, state, dataArea, edge);
        state.setTicks(ticks);
        double cell = Math.abs(valueToJava2D(1, dataArea, edge) - valueToJava2D(0, dataArea, edge));
        double maxHeight = 0;
        g2.setFont(getTickLabelFont());
        g2.setPaint(getTickLabelPaint());
        boolean top = edge == RectangleEdge.TOP;
        float y = (float) (top ? cursor - getTickLabelInsets().getBottom()
                : cursor + getTickLabelInsets().getTop());
        for (Object o : ticks) {
            ValueTick tick = (ValueTick) o;
            if (!getRange().contains(tick.getValue()) || tick.getText() == null) {
                continue;
            }
            TextBlock b = block(g2, tick.getText(), cell);
            maxHeight = Math.max(maxHeight, b.calculateDimensions(g2).getHeight());
            float x = (float) valueToJava2D(tick.getValue(), dataArea, edge);
            b.draw(g2, x, y, top ? TextBlockAnchor.BOTTOM_CENTER : TextBlockAnchor.TOP_CENTER);
        }
        double used = maxHeight + getTickLabelInsets().getTop() + getTickLabelInsets().getBottom();
        if (top) {
            state.cursorUp(used);
        } else {
            state.cursorDown(used);
        }
        return state;
    }

    /**
     * The tick font, or a smaller one (down to 10 pt) when a single word of some header is wider
     * than a column: breaking inside a word ("Alexanderscho-ol") reads worse than smaller text.
     * One size for all headers, so they look alike.
     */
    private Font fontFor(Graphics2D g2, float width) {
        Font font = getTickLabelFont();
        while (font.getSize2D() > 10f && longestWord(g2, font) > width) {
            font = font.deriveFont(font.getSize2D() - 1f);
        }
        return font;
    }

    private double longestWord(Graphics2D g2, Font font) {
        FontMetrics fm = g2.getFontMetrics(font);
        double max = 0;
        for (String s : getSymbols()) {
            for (String w : s.split("\\s+")) {
                max = Math.max(max, fm.stringWidth(w));
            }
        }
        return max;
    }

    private TextBlock block(Graphics2D g2, String text, double cellWidth) {
        float width = (float) Math.max(20, cellWidth - 6);
        TextBlock b = TextUtils.createTextBlock(text, fontFor(g2, width), getTickLabelPaint(),
                width, maxLines, new G2TextMeasurer(g2));
        b.setLineAlignment(HorizontalAlignment.CENTER);
        return b;
    }
}
