package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrePostChartTest {

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    static PrePostData sample() {
        return new PrePostData("Voormeting en nameting per schaal", "Schaalscore (1–5)", 1, 5,
                List.of(
                        new PrePostPoint("Duidelijkheid", "voormeting", 3.0, 2.5, 3.5, 12),
                        new PrePostPoint("Duidelijkheid", "nameting", 3.8, 3.2, 4.2, 11),
                        new PrePostPoint("Structuur", "voormeting", 2.8, 2.2, 3.4, 12),
                        new PrePostPoint("Structuur", "nameting", 3.4, 3.0, 4.0, 11),
                        new PrePostPoint("Continuïteit", "voormeting", 3.2, 2.6, 3.8, 12),
                        new PrePostPoint("Continuïteit", "nameting", 3.6, 3.2, 4.0, 10),
                        // No nameting for this scale: the gap must stay a gap.
                        new PrePostPoint("Weten wie je iets kunt vragen", "voormeting", 4.0,
                                3.5, 4.5, 12)));
    }

    @Test
    void wavesAreSeriesAndCategoriesKeepInputOrder() {
        JFreeChart chart = PrePostChart.create(sample());
        CategoryPlot plot = chart.getCategoryPlot();
        QuartileDataset ds = (QuartileDataset) plot.getDataset();
        assertEquals(List.of("voormeting", "nameting"), ds.getRowKeys());
        assertEquals(List.of("Duidelijkheid", "Structuur", "Continuïteit",
                "Weten wie je iets kunt vragen"), ds.getColumnKeys());
        assertEquals(3.8, ds.getValue("nameting", "Duidelijkheid").doubleValue(), 0.0);
        int post = ds.getRowIndex("nameting");
        int duid = ds.getColumnIndex("Duidelijkheid");
        assertEquals(3.2, ds.getQ1(post, duid), 0.0);
        assertEquals(4.2, ds.getQ3(post, duid), 0.0);
        assertNull(ds.getValue("nameting", "Weten wie je iets kunt vragen"));
        assertNull(ds.getQ1(post, ds.getColumnIndex("Weten wie je iets kunt vragen")));

        // Two waves: the light/dark blue pair.
        CategoryItemRenderer r = plot.getRenderer();
        assertEquals(Palette.WAVE_PRE, r.getSeriesPaint(0));
        assertEquals(Palette.WAVE_POST, r.getSeriesPaint(1));

        // Axis 1..5 with 4% room on each side: 1 − 0.16 .. 5 + 0.16.
        assertEquals(0.84, plot.getRangeAxis().getLowerBound(), 1e-12);
        assertEquals(5.16, plot.getRangeAxis().getUpperBound(), 1e-12);

        NotedCategoryAxis axis = (NotedCategoryAxis) plot.getDomainAxis();
        assertEquals("n = 12 / 11", axis.getNote("Duidelijkheid"));
        assertEquals("n = 12 / –", axis.getNote("Weten wie je iets kunt vragen"));
    }

    @Test
    void rejectsQuartilesAroundTheWrongWay() {
        assertThrows(IllegalArgumentException.class,
                () -> new PrePostPoint("x", "voormeting", 3.0, 3.5, 4.0, 5));
    }

    @Test
    void writesPng() throws Exception {
        ChartTestSupport.writeAndDecode(PrePostChart.create(sample()), "prepost", 1000, 600);
    }
}
