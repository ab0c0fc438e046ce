package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReliabilityChartTest {

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    static ReliabilityData sample() {
        return new ReliabilityData("Betrouwbaarheid van de schalen (Cronbachs alfa)", List.of(
                new ReliabilityRow("Duidelijkheid – voormeting", 0.81, 0.72, 0.88, 40),
                new ReliabilityRow("Duidelijkheid – nameting", 0.70, 0.57, 0.80, 36),
                new ReliabilityRow("Structuur – voormeting", 0.64, 0.50, 0.75, 40),
                new ReliabilityRow("Structuur – nameting", 0.93, null, null, 36),
                new ReliabilityRow("Continuïteit – voormeting", null, null, null, 40),
                new ReliabilityRow("Continuïteit – nameting", -0.12, null, null, 36)));
    }

    @Test
    void barsValuesColoursAndReferenceLine() {
        CategoryPlot plot = ReliabilityChart.create(sample()).getCategoryPlot();
        CategoryDataset ds = plot.getDataset();
        assertEquals(List.of(ReliabilityChart.SERIES), ds.getRowKeys());
        assertEquals(0.81, ds.getValue(0, 0).doubleValue(), 0.0);
        assertNull(ds.getValue(ReliabilityChart.SERIES, "Continuïteit – voormeting"));

        NormBarRenderer r = (NormBarRenderer) plot.getRenderer();
        assertEquals(Palette.STATUS_OK, r.getItemPaint(0, 0));          // 0,81 ≥ 0,70
        assertEquals(Palette.STATUS_OK, r.getItemPaint(0, 1));          // 0,70 is on the norm
        assertEquals(Palette.STATUS_ATTENTION, r.getItemPaint(0, 2));   // 0,64 < 0,70
        assertEquals(Palette.STATUS_ATTENTION, r.getItemPaint(0, 5));   // negative alpha
        assertArrayEquals(new double[] {0.72, 0.88}, r.getInterval("Duidelijkheid – voormeting"));
        assertNull(r.getInterval("Structuur – nameting"));

        List<String> labels = new ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            labels.add(((CategoryLabelAnnotation) a).getText());
        }
        // Dutch decimal comma, two decimals; a text where alpha could not be computed.
        assertEquals(List.of("0,81", "0,70", "0,64", "0,93", "niet te berekenen", "-0,12"), labels);

        List<ValueMarker> markers = new ArrayList<>();
        for (Object m : plot.getRangeMarkers(Layer.FOREGROUND)) {
            markers.add((ValueMarker) m);
        }
        assertEquals(1, markers.size());
        assertEquals(0.70, markers.get(0).getValue(), 0.0);
        assertEquals("0,70", ((Marker) markers.get(0)).getLabel());

        // Lowest alpha −0,12 → axis from −0,2 (rounded down to a tenth).
        assertEquals(-0.2, plot.getRangeAxis().getLowerBound(), 1e-12);
        NotedCategoryAxis axis = (NotedCategoryAxis) plot.getDomainAxis();
        assertEquals("(n=40)", axis.getNote("Duidelijkheid – voormeting"));
    }

    @Test
    void writesPng() throws Exception {
        ReliabilityData data = sample();
        ChartTestSupport.writeAndDecode(ReliabilityChart.create(data), "betrouwbaarheid", 1000,
                600);
    }
}
