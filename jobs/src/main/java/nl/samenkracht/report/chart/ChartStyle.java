package nl.samenkracht.report.chart;

import java.awt.Color;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The shared look of every chart: white background, light gridlines, DejaVu Sans, flat bars,
 * a left-aligned title and a frameless legend. Replaces JFreeChart's grey default theme.
 */
public final class ChartStyle {

    private ChartStyle() {
    }

    /** A chart around a plot, with the Samenkracht title, background and legend style. */
    public static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, Palette.TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Palette.BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(12, 14, 10, 22));
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setPaint(Palette.TEXT);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            t.setPadding(new RectangleInsets(0, 4, 6, 4));
        }
        LegendTitle lt = chart.getLegend();
        if (lt != null) {
            styleLegend(lt);
        }
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("Geen gegevens");
        plot.setNoDataMessageFont(Palette.AXIS_LABEL_FONT);
        plot.setNoDataMessagePaint(Palette.TEXT_MUTED);
        return chart;
    }

    static void styleLegend(LegendTitle lt) {
        lt.setItemFont(Palette.LEGEND_FONT);
        lt.setItemPaint(Palette.TEXT);
        lt.setFrame(BlockBorder.NONE);
        lt.setBackgroundPaint(Palette.BACKGROUND);
        lt.setPosition(RectangleEdge.BOTTOM);
        lt.setHorizontalAlignment(HorizontalAlignment.CENTER);
        lt.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        lt.setPadding(new RectangleInsets(8, 4, 0, 4));
    }

    /** A muted line of explanation under the title (e.g. what the whiskers mean). */
    public static void subtitle(JFreeChart chart, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        TextTitle sub = new TextTitle(text, Palette.SUBTITLE_FONT);
        sub.setPaint(Palette.TEXT_MUTED);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setPosition(RectangleEdge.TOP);
        sub.setPadding(new RectangleInsets(0, 4, 10, 4));
        chart.addSubtitle(0, sub);
    }

    /** White plot, light range gridlines, no domain gridlines, styled axes. */
    public static void styleCategoryPlot(CategoryPlot plot) {
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Palette.GRIDLINE);
        plot.setRangeGridlineStroke(Palette.GRID_STROKE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
    }

    /** A category axis with wrapped labels (up to {@code maxLines} lines, then "..."). */
    public static CategoryAxis categoryAxis(String label, int maxLines) {
        CategoryAxis axis = new CategoryAxis(label);
        styleAxisText(axis);
        axis.setMaximumCategoryLabelLines(maxLines);
        axis.setTickMarksVisible(false);
        axis.setAxisLineVisible(false);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        return axis;
    }

    /**
     * A number axis with Dutch tick labels: in {@code format} when given (every tick the same
     * format), otherwise JFreeChart's standard tick sizes formatted for the Dutch locale
     * ("0,25", "3,5", "1.000").
     */
    public static NumberAxis numberAxis(String label, NumberFormat format) {
        NumberAxis axis = new TidyNumberAxis(label);
        styleAxisText(axis);
        if (format != null) {
            axis.setNumberFormatOverride(format);
        } else {
            axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(DutchFormat.NL));
        }
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** A percentage axis over fractions with ticks every 10% (or more when space is short). */
    public static NumberAxis percentAxis(String label) {
        NumberAxis axis = numberAxis(label, DutchFormat.percent());
        axis.setStandardTickUnits(percentTickUnits(DutchFormat.percent()));
        return axis;
    }

    /**
     * Tick units for fractions: 10%, 20%, 25%, 50% steps. Finer steps are left out on purpose:
     * JFreeChart takes the finest step whose labels fit, which on a 0–100% axis means a gridline
     * every 5% — more clutter than help.
     */
    static TickUnitSource percentTickUnits(NumberFormat format) {
        TickUnits units = new TickUnits();
        for (double u : new double[] {0.10, 0.20, 0.25, 0.50, 1.0}) {
            units.add(new NumberTickUnit(u, format));
        }
        return units;
    }

    static void styleAxisText(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(Palette.AXIS_LABEL_FONT);
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(Palette.TICK_FONT);
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.AXIS_LINE);
        axis.setTickMarkPaint(Palette.AXIS_LINE);
    }

    /** Legend swatch of bar series: a 12-point square (JFreeChart's default is 6). */
    public static final java.awt.Shape LEGEND_SQUARE = new java.awt.geom.Rectangle2D.Double(
            -6, -6, 12, 12);

    /** Flat bars: no gradient, no shadow, no outline, 12-point legend squares. */
    public static <R extends BarRenderer> R flatBars(R renderer) {
        renderer.setDefaultLegendShape(LEGEND_SQUARE);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultItemLabelFont(Palette.ITEM_LABEL_FONT);
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
        return renderer;
    }

    /**
     * A labelled reference line across the value axis (a target, a norm, the board total),
     * drawn above the data so bars cannot hide it.
     * On a horizontal plot the line is vertical and its label sits at the top, right of the line;
     * on a vertical plot the label sits at the right end, above the line.
     */
    public static ValueMarker referenceLine(double value, String label, boolean dashed,
            Color colour, boolean horizontalPlot) {
        ValueMarker m = new ValueMarker(value);
        m.setPaint(colour);
        m.setStroke(dashed ? Palette.DASHED_STROKE : Palette.REFERENCE_STROKE);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(Palette.ITEM_LABEL_BOLD_FONT);
            m.setLabelPaint(colour);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            if (horizontalPlot) {
                // Vertical line: label at its top, to the right of the line.
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            } else {
                // Horizontal line: label at its right end, just above the line.
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            }
        }
        return m;
    }

    /** Adds a reference line in the foreground layer. */
    public static void addReferenceLine(CategoryPlot plot, ValueMarker marker) {
        plot.addRangeMarker(marker, Layer.FOREGROUND);
    }
}
