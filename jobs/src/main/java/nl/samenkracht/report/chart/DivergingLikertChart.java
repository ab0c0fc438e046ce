package nl.samenkracht.report.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
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
 * Diverging stacked horizontal bars for Likert items (Heiberger &amp; Robbins 2014, "Design of
 * diverging stacked bar charts for Likert scales"): each item is one bar, the answer options are
 * its segments, and the bar is centred at 0 on the neutral option, whose share is split half left
 * and half right; on an even scale the centre lies between the middle two options. Left of 0 are
 * the options below the centre (shown as positive percentages), right of 0 those above it.
 *
 * <p>Dataset layout (what tests and callers can rely on): the column keys are the row labels in
 * input order; the row (series) keys are the option labels, ordered for stacking: first the left
 * side from the centre outwards (the neutral's left half, then the options below it, nearest
 * first), then the right side from the centre outwards. Left values are negative fractions, right
 * values positive fractions. The neutral halves have the keys {@code label + NEUTRAL_LEFT} and
 * {@code label + NEUTRAL_RIGHT}. The legend lists every option once, in scale order.
 */
public final class DivergingLikertChart {

    /** Suffix of the series key of the neutral option's left half. */
    public static final String NEUTRAL_LEFT = " (links)";
    /** Suffix of the series key of the neutral option's right half. */
    public static final String NEUTRAL_RIGHT = " (rechts)";

    /** Segments narrower than this share get no percentage label (it would not fit). */
    static final double MIN_LABELLED_SHARE = 0.06;

    private DivergingLikertChart() {
    }

    public static JFreeChart create(LikertBarData data) {
        List<String> options = data.optionLabels();
        int k = options.size();
        Integer neutral = data.neutralIndex();
        List<Color> colours = Palette.likert(k, neutral);

        // Stacking order: StackedBarRenderer stacks negative values outwards from 0 in series
        // order, so the segment nearest the centre must come first on each side.
        List<Segment> segments = new ArrayList<>();
        int lastLeft = neutral != null ? neutral - 1 : k / 2 - 1;
        int firstRight = neutral != null ? neutral + 1 : k / 2;
        if (neutral != null) {
            segments.add(new Segment(options.get(neutral) + NEUTRAL_LEFT, neutral, -0.5));
        }
        for (int i = lastLeft; i >= 0; i--) {
            segments.add(new Segment(options.get(i), i, -1.0));
        }
        if (neutral != null) {
            segments.add(new Segment(options.get(neutral) + NEUTRAL_RIGHT, neutral, 0.5));
        }
        for (int i = firstRight; i < k; i++) {
            segments.add(new Segment(options.get(i), i, 1.0));
        }

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        NotedCategoryAxis itemAxis = new NotedCategoryAxis(null, 3);
        itemAxis.setMaximumCategoryLabelWidthRatio(0.34f);
        itemAxis.setCategoryMargin(0.30);
        double maxLeft = 0;
        double maxRight = 0;
        for (LikertRow row : data.rows()) {
            double[] shares = row.shares();
            double left = 0;
            double right = 0;
            for (Segment s : segments) {
                double v = s.factor * shares[s.option];
                // -0.0 for an unchosen left option: still a (zero-length) series value.
                dataset.addValue(v, s.key, row.label());
                if (v < 0 || s.factor < 0) {
                    left -= v;
                } else {
                    right += v;
                }
            }
            maxLeft = Math.max(maxLeft, left);
            maxRight = Math.max(maxRight, right);
            itemAxis.setNote(row.label(), "(n=" + row.n() + ")");
        }

        StackedBarRenderer renderer = ChartStyle.flatBars(new StackedBarRenderer());
        renderer.setMaximumBarWidth(0.12);
        NumberFormat pct = DutchFormat.percent();
        for (int s = 0; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            Color c = colours.get(seg.option);
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesItemLabelPaint(s, Palette.textOn(c));
            renderer.setSeriesItemLabelFont(s, Palette.ITEM_LABEL_FONT);
            boolean isNeutral = neutral != null && seg.option == neutral;
            renderer.setSeriesItemLabelGenerator(s, new SegmentLabels(pct, !isNeutral));
            renderer.setSeriesItemLabelsVisible(s, true);
        }
        ItemLabelPosition centre = new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER);
        renderer.setDefaultPositiveItemLabelPosition(centre);
        renderer.setDefaultNegativeItemLabelPosition(centre);
        // A thin white edge between segments keeps neighbouring grades apart in grey.
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new java.awt.BasicStroke(1.0f));

        NumberAxis shareAxis = ChartStyle.numberAxis("Percentage antwoorden", null);
        shareAxis.setStandardTickUnits(
                ChartStyle.percentTickUnits(DutchFormat.absolutePercent()));
        double extent = Math.max(0.5, Math.ceil(Math.max(maxLeft, maxRight) * 10 - 1e-9) / 10);
        shareAxis.setRange(-extent, extent);

        CategoryPlot plot = new CategoryPlot(dataset, itemAxis, shareAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        ChartStyle.styleCategoryPlot(plot);
        ChartStyle.addReferenceLine(plot, ChartStyle.referenceLine(0.0, null, false,
                Palette.REFERENCE_LINE, true));

        // The neutral share is shown once, centred on the zero line.
        if (neutral != null) {
            Color box = Palette.LIKERT_NEUTRAL;
            for (LikertRow row : data.rows()) {
                double share = row.shares()[neutral];
                if (share >= MIN_LABELLED_SHARE) {
                    plot.addAnnotation(new CategoryLabelAnnotation(pct.format(share), row.label(),
                            0.0, TextAnchor.CENTER, Palette.ITEM_LABEL_FONT, Palette.TEXT, box),
                            false);
                }
            }
        }

        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < k; i++) {
            legend.add(new LegendItem(options.get(i), null, null, null,
                    new Rectangle2D.Double(-6, -6, 12, 12), colours.get(i)));
        }
        plot.setFixedLegendItems(legend);

        JFreeChart chart = ChartStyle.chart(data.title(), plot, true);
        ChartStyle.subtitle(chart, neutral != null
                ? "Verdeling van de antwoorden per item, gecentreerd op het neutrale antwoord"
                : "Verdeling van de antwoorden per item, gecentreerd tussen de middelste twee antwoorden");
        return chart;
    }

    /** A layout height (points) that gives each of {@code rows} bars room for a 3-line label. */
    public static int suggestedHeight(int rows) {
        return Math.max(400, 190 + 52 * rows);
    }

    private record Segment(String key, int option, double factor) {
    }

    /** Percent label of a segment's own share; none for narrow segments or the neutral halves. */
    private static final class SegmentLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final transient NumberFormat format;
        private final boolean show;

        SegmentLabels(NumberFormat format, boolean show) {
            this.format = format;
            this.show = show;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            if (!show || v == null || Math.abs(v.doubleValue()) < MIN_LABELLED_SHARE) {
                return null;
            }
            return format.format(Math.abs(v.doubleValue()));
        }
    }
}
