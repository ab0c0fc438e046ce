package nl.samenkracht.report.chart;

import java.awt.Graphics2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose labels wrap over at most {@code maxLines} lines (the last one ends in
 * "..." when text is cut) and may carry a note on an extra line in a smaller, muted font, such as
 * "(n=23)". The note is never cut away with the text, which matters because n must stay visible.
 * Labels of an axis on the left are right-aligned so they sit against the bars.
 */
public class NotedCategoryAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    private final Map<Comparable<?>, String> notes = new HashMap<>();

    public NotedCategoryAxis(String label, int maxLines) {
        super(label);
        ChartStyle.styleAxisText(this);
        setMaximumCategoryLabelLines(maxLines);
        setTickMarksVisible(false);
        setAxisLineVisible(false);
        setCategoryMargin(0.25);
        setLowerMargin(0.03);
        setUpperMargin(0.03);
    }

    /** Adds a note line under the label of one category. */
    public void setNote(Comparable<?> category, String note) {
        notes.put(category, note);
    }

    /** The note of a category, or null. */
    public String getNote(Comparable<?> category) {
        return notes.get(category);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge,
            Graphics2D g2) {
        TextBlock wrapped = super.createLabel(category, width, edge, g2);
        // Rebuild the block without the trailing blank a line break leaves behind, which would
        // push right-aligned lines off the bar edge.
        TextBlock block = new TextBlock();
        for (Object o : wrapped.getLines()) {
            TextLine line = (TextLine) o;
            TextFragment f = line.getLastTextFragment();
            if (f == null) {
                continue;
            }
            block.addLine(new TextLine(f.getText().stripTrailing(), f.getFont(), f.getPaint()));
        }
        String note = notes.get(category);
        if (note != null && !note.isEmpty()) {
            block.addLine(new TextLine(note, Palette.ITEM_LABEL_FONT, Palette.TEXT_MUTED));
        }
        if (edge == RectangleEdge.LEFT) {
            block.setLineAlignment(HorizontalAlignment.RIGHT);
        } else if (edge == RectangleEdge.RIGHT) {
            block.setLineAlignment(HorizontalAlignment.LEFT);
        }
        return block;
    }
}
