package nl.samenkracht.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A text at (category, value) in a category plot, optionally on a filled box. Annotations are
 * drawn after the data and the foreground markers, so a boxed label can sit on top of a reference
 * line (the Likert neutral share on the zero line) without the line striking through the text.
 */
public class CategoryLabelAnnotation extends AbstractAnnotation implements CategoryAnnotation {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final Comparable<?> category;
    private final double value;
    private final TextAnchor anchor;
    private final Font font;
    private final Color paint;
    private final Color box;
    private final double offset;

    /**
     * @param box fill behind the text, or null for none
     */
    public CategoryLabelAnnotation(String text, Comparable<?> category, double value,
            TextAnchor anchor, Font font, Color paint, Color box) {
        this(text, category, value, 0.0, anchor, font, paint, box);
    }

    /**
     * @param offset shift along the value axis in points (Java2D units), e.g. 6 to keep a label
     *               clear of the end of a bar
     * @param box    fill behind the text, or null for none
     */
    public CategoryLabelAnnotation(String text, Comparable<?> category, double value,
            double offset, TextAnchor anchor, Font font, Color paint, Color box) {
        this.offset = offset;
        this.text = Objects.requireNonNull(text);
        this.category = Objects.requireNonNull(category);
        this.value = value;
        this.anchor = Objects.requireNonNull(anchor);
        this.font = Objects.requireNonNull(font);
        this.paint = Objects.requireNonNull(paint);
        this.box = box;
    }

    public String getText() {
        return text;
    }

    public Comparable<?> getCategory() {
        return category;
    }

    public double getValue() {
        return value;
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea,
            CategoryAxis domainAxis, ValueAxis rangeAxis) {
        int index = plot.getDataset().getColumnIndex(category);
        if (index < 0) {
            return;
        }
        int count = plot.getDataset().getColumnCount();
        PlotOrientation orientation = plot.getOrientation();
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(
                plot.getDomainAxisLocation(), orientation);
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(
                plot.getRangeAxisLocation(), orientation);
        double c = domainAxis.getCategoryMiddle(index, count, dataArea, domainEdge);
        double v = rangeAxis.valueToJava2D(value, dataArea, rangeEdge);
        // Positive offset means "towards higher values", whichever way the axis runs on screen.
        v += orientation == PlotOrientation.HORIZONTAL ? offset : -offset;
        float x = (float) (orientation == PlotOrientation.HORIZONTAL ? v : c);
        float y = (float) (orientation == PlotOrientation.HORIZONTAL ? c : v);
        g2.setFont(font);
        if (box != null) {
            Rectangle2D b = TextUtils.calcAlignedStringBounds(text, g2, x, y, anchor);
            g2.setPaint(box);
            g2.fill(new Rectangle2D.Double(b.getX() - 3, b.getY() - 1, b.getWidth() + 6,
                    b.getHeight() + 2));
        }
        g2.setPaint(paint);
        TextUtils.drawAlignedString(text, g2, x, y, anchor);
    }
}
