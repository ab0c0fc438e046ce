package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DivergingLikertChartTest {

    private static final double EPS = 1e-12;

    private static final List<String> FIVE = List.of("Helemaal mee oneens", "Mee oneens",
            "Neutraal", "Mee eens", "Helemaal mee eens");
    private static final List<String> FOUR = List.of("Nooit", "Soms", "Vaak", "Altijd");

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    private static LikertBarData fivePoint() {
        return new LikertBarData("Duidelijkheid – antwoorden per item", FIVE, 2, List.of(
                // The worked example: 10/20/30/25/15 %.
                new LikertRow("Ik weet wat er van mij verwacht wordt", new double[] {
                    0.10, 0.20, 0.30, 0.25, 0.15}, 20),
                // Nobody chose "Helemaal mee oneens" in any row.
                new LikertRow("Ik weet bij wie ik terecht kan met vragen over leerlingen",
                        new double[] {0.0, 0.05, 0.20, 0.45, 0.30}, 23),
                new LikertRow("De afspraken op school zijn duidelijk", new double[] {
                    0.0, 0.40, 0.20, 0.25, 0.15}, 20)));
    }

    @Test
    void neutralShareIsSplitHalfAndHalfAroundZero() {
        JFreeChart chart = DivergingLikertChart.create(fivePoint());
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset ds = plot.getDataset();
        String item = "Ik weet wat er van mij verwacht wordt";

        // Series order: left side from the centre out, then right side from the centre out.
        assertEquals(List.of("Neutraal (links)", "Mee oneens", "Helemaal mee oneens",
                "Neutraal (rechts)", "Mee eens", "Helemaal mee eens"), ds.getRowKeys());

        // Hand-worked: neutral 30% → 15% each side.
        // Left  = −(10 + 20 + 15) = −45%;  right = +(15 + 25 + 15) = +55%.
        assertEquals(-0.15, ds.getValue("Neutraal (links)", item).doubleValue(), EPS);
        assertEquals(-0.20, ds.getValue("Mee oneens", item).doubleValue(), EPS);
        assertEquals(-0.10, ds.getValue("Helemaal mee oneens", item).doubleValue(), EPS);
        assertEquals(0.15, ds.getValue("Neutraal (rechts)", item).doubleValue(), EPS);
        assertEquals(0.25, ds.getValue("Mee eens", item).doubleValue(), EPS);
        assertEquals(0.15, ds.getValue("Helemaal mee eens", item).doubleValue(), EPS);
        double left = 0;
        double right = 0;
        for (int r = 0; r < ds.getRowCount(); r++) {
            double v = ds.getValue(r, 0).doubleValue();
            if (v < 0) {
                left += v;
            } else {
                right += v;
            }
        }
        assertEquals(-0.45, left, EPS);
        assertEquals(0.55, right, EPS);

        // The renderer stacks exactly these extents: over all rows the stacked bounds are the
        // widest left (row 3: −(0 + 40 + 10) = −50%) and right (row 2: 10 + 45 + 30 = 85%).
        Range stacked = DatasetUtils.findStackedRangeBounds(ds);
        assertEquals(-0.50, stacked.getLowerBound(), 1e-9);
        assertEquals(0.85, stacked.getUpperBound(), 1e-9);
        // Symmetric axis, rounded up to whole tens of percent: ±90%.
        assertEquals(-0.9, plot.getRangeAxis().getLowerBound(), 1e-9);
        assertEquals(0.9, plot.getRangeAxis().getUpperBound(), 1e-9);

        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        // A reference line at 0.
        assertEquals(1, plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }

    @Test
    void unchosenOptionsStayInDatasetAndLegendInScaleOrder() {
        CategoryPlot plot = DivergingLikertChart.create(fivePoint()).getCategoryPlot();
        CategoryDataset ds = plot.getDataset();
        // "Helemaal mee oneens" is 0 in the 2nd and 3rd rows but remains a series.
        assertEquals(0.0, ds.getValue("Helemaal mee oneens",
                "De afspraken op school zijn duidelijk").doubleValue(), 0.0);
        LegendItemCollection legend = plot.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertEquals(FIVE, labels);
        // The legend colour of an option is the colour of its segment(s).
        CategoryItemRenderer r = plot.getRenderer();
        assertEquals(legend.get(0).getFillPaint(), r.getSeriesPaint(ds.getRowIndex("Helemaal mee oneens")));
        assertEquals(legend.get(2).getFillPaint(), r.getSeriesPaint(ds.getRowIndex("Neutraal (links)")));
        assertEquals(legend.get(2).getFillPaint(), r.getSeriesPaint(ds.getRowIndex("Neutraal (rechts)")));
        assertEquals(Palette.LIKERT_NEUTRAL, legend.get(2).getFillPaint());
    }

    @Test
    void evenScaleIsCentredBetweenTheMiddleTwoOptions() {
        LikertBarData data = new LikertBarData("Hoe vaak …", FOUR, null, List.of(
                new LikertRow("Mijn buddy neemt contact op", new double[] {0.1, 0.3, 0.4, 0.2}, 10)));
        CategoryDataset ds = DivergingLikertChart.create(data).getCategoryPlot().getDataset();
        // Centre between "Soms" and "Vaak": left = Soms, Nooit; right = Vaak, Altijd.
        assertEquals(List.of("Soms", "Nooit", "Vaak", "Altijd"), ds.getRowKeys());
        assertEquals(-0.3, ds.getValue("Soms", "Mijn buddy neemt contact op").doubleValue(), EPS);
        assertEquals(-0.1, ds.getValue("Nooit", "Mijn buddy neemt contact op").doubleValue(), EPS);
        assertEquals(0.4, ds.getValue("Vaak", "Mijn buddy neemt contact op").doubleValue(), EPS);
        assertEquals(0.2, ds.getValue("Altijd", "Mijn buddy neemt contact op").doubleValue(), EPS);
        Range stacked = DatasetUtils.findStackedRangeBounds(ds);
        assertEquals(-0.4, stacked.getLowerBound(), 1e-9);
        assertEquals(0.6, stacked.getUpperBound(), 1e-9);
    }

    @Test
    void rowLabelsCarryN() {
        CategoryPlot plot = DivergingLikertChart.create(fivePoint()).getCategoryPlot();
        NotedCategoryAxis axis = (NotedCategoryAxis) plot.getDomainAxis();
        assertEquals("(n=23)", axis.getNote(
                "Ik weet bij wie ik terecht kan met vragen over leerlingen"));
        assertEquals(List.of("Ik weet wat er van mij verwacht wordt",
                "Ik weet bij wie ik terecht kan met vragen over leerlingen",
                "De afspraken op school zijn duidelijk"), plot.getDataset().getColumnKeys());
        assertNull(axis.getNote("bestaat niet"));
    }

    @Test
    void rejectsSharesThatDoNotSumToOne() {
        assertThrows(IllegalArgumentException.class, () -> new LikertBarData("x", FIVE, 2,
                List.of(new LikertRow("a", new double[] {0.5, 0.5, 0.5, 0, 0}, 4))));
        assertThrows(IllegalArgumentException.class, () -> new LikertBarData("x", FIVE, 2,
                List.of(new LikertRow("a", new double[] {0.5, 0.5}, 4))));
    }

    @Test
    void writesPng() throws Exception {
        ChartTestSupport.writeAndDecode(DivergingLikertChart.create(fivePoint()),
                "likert-5punts", 1000, 600);
        // A pre/post variant on an even scale with seven rows.
        List<LikertRow> rows = new ArrayList<>();
        rows.add(new LikertRow("Mijn buddy neemt contact op – voormeting", new double[] {0.10, 0.30, 0.40, 0.20}, 12));
        rows.add(new LikertRow("Mijn buddy neemt contact op – nameting", new double[] {0.0, 0.15, 0.50, 0.35}, 11));
        rows.add(new LikertRow("Ik weet wie ik kan vragen – voormeting", new double[] {0.25, 0.25, 0.25, 0.25}, 12));
        rows.add(new LikertRow("Ik weet wie ik kan vragen – nameting", new double[] {0.0, 0.0, 0.45, 0.55}, 11));
        rows.add(new LikertRow("Ik draai mee met een ervaren collega voordat ik zelf lesgeef – voormeting",
                new double[] {0.50, 0.30, 0.20, 0.0}, 12));
        rows.add(new LikertRow("Ik draai mee met een ervaren collega voordat ik zelf lesgeef – nameting",
                new double[] {0.05, 0.25, 0.40, 0.30}, 11));
        LikertBarData even = new LikertBarData("Houvast in de eerste weken", FOUR, null, rows);
        ChartTestSupport.writeAndDecode(DivergingLikertChart.create(even), "likert-4punts", 1000,
                DivergingLikertChart.suggestedHeight(rows.size()));
    }
}
