package nl.samenkracht.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Channel mix per location as 100% stacked horizontal bars (mondeling, telefoon, digitaal,
 * schriftelijk), with the share in each segment wide enough to hold it.
 *
 * <p>Dataset: row (series) keys = channels in the given order, column keys = row labels; values
 * are the shares (fractions).
 */
public final class ChannelMixChart {

    /** The canonical channels of a contact log (ContactVocabulary.CHANNELS), in the usual stacking order. */
    public static final List<String> CHANNELS = List.of("mondeling", "telefoon", "digitaal",
            "schriftelijk");

    /**
     * Channel colours: Okabe-Ito blue, sky blue, vermillion, yellow — grey values about 87, 158,
     * 119 and 213, so neighbouring segments differ in grey too; further channels take the
     * remaining categorical colours.
     */
    private static final Color[] CHANNEL_COLOURS = {
        Palette.OI_BLUE, Palette.OI_SKY_BLUE, Palette.OI_VERMILLION, Palette.OI_YELLOW,
        Palette.OI_BLUISH_GREEN, Palette.OI_REDDISH_PURPLE, Palette.OI_ORANGE, new Color(0x999999)
    };

    static final double MIN_LABELLED_SHARE = 0.06;

    private ChannelMixChart() {
    }

    /** Colour of the i-th channel. */
    public static Color channelColour(int index) {
        return CHANNEL_COLOURS[Math.floorMod(index, CHANNEL_COLOURS.length)];
    }

    public static JFreeChart create(ChannelMixData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        NotedCategoryAxis labels = new NotedCategoryAxis(null, 2);
        labels.setMaximumCategoryLabelWidthRatio(0.28f);
        for (ChannelMixRow r : data.rows()) {
            double[] shares = r.shares();
            for (int i = 0; i < shares.length; i++) {
                dataset.addValue(shares[i], data.channels().get(i), r.label());
            }
            labels.setNote(r.label(), "(n=" + r.n() + ")");
        }
        NumberFormat pct = DutchFormat.percent();
        StackedBarRenderer renderer = ChartStyle.flatBars(new StackedBarRenderer());
        renderer.setMaximumBarWidth(0.14);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.0f));
        for (int i = 0; i < data.channels().size(); i++) {
            Color c = channelColour(i);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesItemLabelPaint(i, Palette.textOn(c));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", pct) {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset ds, int row, int column) {
                Number v = ds.getValue(row, column);
                return v == null || v.doubleValue() < MIN_LABELLED_SHARE ? null
                        : pct.format(v.doubleValue());
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Palette.ITEM_LABEL_FONT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
                ItemLabelAnchor.CENTER, TextAnchor.CENTER));

        NumberAxis axis = ChartStyle.percentAxis("Aandeel van de contacten");
        axis.setRange(0.0, 1.0);
        CategoryPlot plot = new CategoryPlot(dataset, labels, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ChartStyle.styleCategoryPlot(plot);
        return ChartStyle.chart(data.title(), plot, true);
    }

    /** A layout height (points) that gives each of {@code rows} bars room for its label. */
    public static int suggestedHeight(int rows) {
        return Math.max(400, 170 + 46 * rows);
    }
}
