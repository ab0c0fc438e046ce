package nl.samenkracht.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One indicator per location as columns, the board total as a dashed horizontal line, and last
 * year's value as a light marker across each column. A location without a value keeps its place
 * on the axis with no column.
 *
 * <p>Datasets: index 0 ({@link #CURRENT}) this year's values, index 1 ({@link #PREVIOUS}) last
 * year's; both have one series and the locations as column keys in input order.
 */
public final class LocationComparisonChart {

    public static final String CURRENT = "huidig";
    public static final String PREVIOUS = "vorig";
    static final String BOARD_LABEL = "Bestuur";

    /** More locations than this: labels are turned 45° so they do not collide. */
    static final int MAX_UPRIGHT_LABELS = 8;

    private LocationComparisonChart() {
    }

    /**
     * Labels sit inside the foot of a column in white, where neither the board line nor last
     * year's marker can cross them; a column too short or narrow to hold its label gets it above
     * the column in dark text. (JFreeChart's own fallback moves the label but
     * keeps its white paint, so the decision is made here, with a little more margin than
     * JFreeChart's test so both always agree.)
     */
    private static final class ShortBarAwareRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private static final ItemLabelPosition INSIDE = new ItemLabelPosition(
                ItemLabelAnchor.INSIDE6, TextAnchor.BOTTOM_CENTER);
        private static final ItemLabelPosition ABOVE = new ItemLabelPosition(
                ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        private transient boolean labelInside = true;

        @Override
        protected void drawItemLabel(java.awt.Graphics2D g2,
                org.jfree.data.category.CategoryDataset data, int row, int column,
                CategoryPlot plot, org.jfree.chart.labels.CategoryItemLabelGenerator generator,
                Rectangle2D bar, boolean negative) {
            String label = generator.generateLabel(data, row, column);
            if (label == null) {
                return;
            }
            java.awt.FontMetrics fm = g2.getFontMetrics(getItemLabelFont(row, column));
            labelInside = bar.getHeight() >= fm.getHeight() + 2 * getItemLabelAnchorOffset() + 6
                    && bar.getWidth() >= fm.stringWidth(label) + 6;
            super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return labelInside ? INSIDE : ABOVE;
        }

        @Override
        public java.awt.Paint getItemLabelPaint(int row, int column) {
            return labelInside ? Color.WHITE : Palette.TEXT;
        }
    }

    public static JFreeChart create(LocationComparisonData data) {
        DefaultCategoryDataset current = new DefaultCategoryDataset();
        DefaultCategoryDataset previous = new DefaultCategoryDataset();
        boolean anyPrevious = false;
        for (LocationValue l : data.locations()) {
            current.addValue(l.value(), CURRENT, l.location());
            previous.addValue(l.previous(), PREVIOUS, l.location());
            anyPrevious |= l.previous() != null;
        }
        NumberFormat format = data.percent() ? DutchFormat.percent() : DutchFormat.decimal(1);

        BarRenderer bars = ChartStyle.flatBars(new ShortBarAwareRenderer());
        bars.setSeriesPaint(0, Palette.OI_BLUE);
        bars.setMaximumBarWidth(0.09);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(Palette.ITEM_LABEL_BOLD_FONT);
        // Value inside the foot of the column (see ShortBarAwareRenderer).

        NotedCategoryAxis locationAxis = new NotedCategoryAxis(null, 2);
        locationAxis.setCategoryMargin(0.25);
        if (data.locations().size() > MAX_UPRIGHT_LABELS) {
            locationAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }

        NumberAxis valueAxis = SeriesLines.valueAxis(data.yLabel(), data.percent(), true);
        CategoryPlot plot = new CategoryPlot(current, locationAxis, valueAxis, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.styleCategoryPlot(plot);

        Color previousFill = Palette.lighter(Palette.OI_BLUE, 0.65);
        java.awt.Shape dash = new Rectangle2D.Double(-16, -3, 32, 6);
        if (anyPrevious) {
            LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
            marks.setSeriesShape(0, dash);
            marks.setSeriesPaint(0, previousFill);
            marks.setSeriesFillPaint(0, previousFill);
            marks.setSeriesOutlinePaint(0, Palette.REFERENCE_LINE);
            marks.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
            marks.setUseFillPaint(true);
            marks.setUseOutlinePaint(true);
            marks.setDrawOutlines(true);
            plot.setDataset(1, previous);
            plot.setRenderer(1, marks);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(data.currentLabel(), null, null, null,
                new Rectangle2D.Double(-6, -6, 12, 12), Palette.OI_BLUE));
        if (anyPrevious) {
            legend.add(new LegendItem(data.previousLabel(), null, null, null, true, dash, true,
                    previousFill, true, Palette.REFERENCE_LINE, new BasicStroke(1.2f), false,
                    new Line2D.Double(), new BasicStroke(), Color.BLACK));
        }
        if (data.boardTotal() != null) {
            String label = BOARD_LABEL + ": " + format.format(data.boardTotal());
            ChartStyle.addReferenceLine(plot, ChartStyle.referenceLine(data.boardTotal(), label,
                    true, Palette.REFERENCE_LINE, false));
            legend.add(new LegendItem(BOARD_LABEL + " (totaal)", null, null, null,
                    new Line2D.Double(-10, 0, 10, 0), Palette.DASHED_STROKE,
                    Palette.REFERENCE_LINE));
        }
        plot.setFixedLegendItems(legend);
        return ChartStyle.chart(data.title(), plot, true);
    }
}
