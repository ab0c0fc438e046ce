package nl.samenkracht.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Draws a category dataset as a grid of status cells: series i occupies the value interval
 * [i − 0.5, i + 0.5], each category one band of the category axis. The dataset value is the
 * {@link CoverageStatus} ordinal; optional cell texts are kept here.
 */
public class CoverageCellRenderer extends AbstractCategoryItemRenderer {

    private static final long serialVersionUID = 1L;

    /** Half the white gap between cells, in points. */
    private static final double GAP = 1.5;

    private final Map<List<Comparable<?>>, String> texts = new HashMap<>();
    private final java.util.Set<List<Comparable<?>>> hidden = new java.util.HashSet<>();

    /** The dashed frame of a cell hidden for privacy. */
    static final BasicStroke HIDDEN_FRAME = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{5f, 3f}, 0f);

    /** Marks the cell of (series, category) as hidden for privacy: white with a dashed frame, not a status colour. */
    public void setHidden(Comparable<?> series, Comparable<?> category) {
        hidden.add(List.of(series, category));
    }

    /** Whether the cell of (series, category) is drawn as hidden. */
    public boolean isHidden(Comparable<?> series, Comparable<?> category) {
        return hidden.contains(List.of(series, category));
    }

    /** Sets the text shown in the cell of (series, category). */
    public void setText(Comparable<?> series, Comparable<?> category, String text) {
        texts.put(List.of(series, category), text);
    }

    /** The text of a cell, or null. */
    public String getText(Comparable<?> series, Comparable<?> category) {
        return texts.get(List.of(series, category));
    }

    /** Status of item (row, column) of the plot's dataset, or null when there is none. */
    public CoverageStatus getStatus(int row, int column) {
        CategoryPlot plot = getPlot();
        if (plot == null || plot.getDataset() == null) {
            return null;
        }
        Number v = plot.getDataset().getValue(row, column);
        return v == null ? null : CoverageStatus.values()[v.intValue()];
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        CoverageStatus s = getStatus(row, column);
        return s == null ? super.getItemPaint(row, column) : Palette.statusPaint(s);
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        return dataset == null ? null : new Range(-0.5, Math.max(1, dataset.getRowCount()) - 0.5);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
            CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis,
            CategoryDataset dataset, int row, int column, int pass) {
        Number v = dataset.getValue(row, column);
        if (v == null) {
            return;
        }
        CoverageStatus status = CoverageStatus.values()[v.intValue()];
        RectangleEdge domainEdge = plot.getDomainAxisEdge();
        RectangleEdge rangeEdge = plot.getRangeAxisEdge();
        int count = dataset.getColumnCount();
        double c0 = domainAxis.getCategoryStart(column, count, dataArea, domainEdge);
        double c1 = domainAxis.getCategoryEnd(column, count, dataArea, domainEdge);
        double v0 = rangeAxis.valueToJava2D(row - 0.5, dataArea, rangeEdge);
        double v1 = rangeAxis.valueToJava2D(row + 0.5, dataArea, rangeEdge);
        double vMin = Math.min(v0, v1);
        double vLen = Math.abs(v1 - v0);
        Rectangle2D cell = plot.getOrientation() == PlotOrientation.HORIZONTAL
                ? new Rectangle2D.Double(vMin + GAP, c0 + GAP, vLen - 2 * GAP, c1 - c0 - 2 * GAP)
                : new Rectangle2D.Double(c0 + GAP, vMin + GAP, c1 - c0 - 2 * GAP, vLen - 2 * GAP);
        boolean isHidden = isHidden(dataset.getRowKey(row), dataset.getColumnKey(column));
        if (isHidden) {
            g2.setPaint(Color.WHITE);
            g2.fill(cell);
            g2.setPaint(Palette.TEXT_MUTED);
            g2.setStroke(HIDDEN_FRAME);
            g2.draw(new Rectangle2D.Double(cell.getX() + 1, cell.getY() + 1, cell.getWidth() - 2, cell.getHeight() - 2));
        } else {
            g2.setPaint(Palette.statusPaint(status));
            g2.fill(cell);
        }

        String text = texts.get(List.of(dataset.getRowKey(row), dataset.getColumnKey(column)));
        if (text != null && !text.isEmpty()) {
            Color fill = isHidden ? Color.WHITE : Palette.status(status);
            g2.setFont(Palette.ITEM_LABEL_BOLD_FONT);
            g2.setPaint(Palette.textOn(fill));
            TextUtils.drawAlignedString(text, g2, (float) cell.getCenterX(),
                    (float) cell.getCenterY(), TextAnchor.CENTER);
        }
        EntityCollection entities = state.getEntityCollection();
        if (entities != null) {
            addItemEntity(entities, dataset, row, column, cell);
        }
    }
}
