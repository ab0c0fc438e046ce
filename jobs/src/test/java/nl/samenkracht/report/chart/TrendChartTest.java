package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    static TrendData sample() {
        return new TrendData("Bereik startgesprek vóór 1 oktober", "Ouders bereikt", true, 0.90,
                List.of(
                        // Given out of order on purpose: years must come out sorted.
                        new TrendPoint("De Linde", "2023-2024", 0.80),
                        new TrendPoint("De Linde", "2021-2022", 0.70),
                        new TrendPoint("De Linde", "2022-2023", null), // suppressed (< 5)
                        new TrendPoint("De Linde", "2024-2025", 0.86),
                        new TrendPoint("Het Anker", "2021-2022", 0.55),
                        new TrendPoint("Het Anker", "2022-2023", 0.62),
                        new TrendPoint("Het Anker", "2023-2024", 0.74),
                        new TrendPoint("De Wissel", "2021-2022", 0.40),
                        new TrendPoint("De Wissel", "2022-2023", 0.48),
                        new TrendPoint("De Wissel", "2023-2024", 0.52),
                        new TrendPoint("De Wissel", "2024-2025", 0.66)));
    }

    @Test
    void yearsSortedSeriesInOrderAndNullsStayNull() {
        CategoryPlot plot = TrendChart.create(sample()).getCategoryPlot();
        CategoryDataset ds = plot.getDataset();
        assertEquals(List.of("2021-2022", "2022-2023", "2023-2024", "2024-2025"), ds.getColumnKeys());
        assertEquals(List.of("De Linde", "Het Anker", "De Wissel"), ds.getRowKeys());
        assertNull(ds.getValue("De Linde", "2022-2023"));
        assertNull(ds.getValue("Het Anker", "2024-2025"));  // never given
        ValueMarker target = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(0.90, target.getValue(), 0.0);
        assertEquals("Doel: 90%", target.getLabel());
        assertEquals(0.0, plot.getRangeAxis().getLowerBound(), 0.0);
        assertEquals(1.0, plot.getRangeAxis().getUpperBound(), 0.0);
    }

    @Test
    void nullPointsAreNotPlottedAndTheLineDoesNotBridgeThem() throws Exception {
        JFreeChart chart = TrendChart.create(sample());
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = img.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 1000, 600), info);
        g2.dispose();

        // One entity per drawn marker: De Linde 3 of 4 years, Het Anker 3, De Wissel 4.
        Map<Object, Integer> markers = new HashMap<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof CategoryItemEntity e) {
                markers.merge(e.getRowKey(), 1, Integer::sum);
                assertTrue(e.getDataset().getValue(e.getRowKey(), e.getColumnKey()) != null);
            }
        }
        assertEquals(Map.of("De Linde", 3, "Het Anker", 3, "De Wissel", 4), markers);

        // If the line bridged the gap it would pass (2022-2023, 75%) — halfway between 70% and
        // 80%. No pixel of De Linde's colour may be near that point.
        CategoryPlot plot = chart.getCategoryPlot();
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        double x = plot.getDomainAxis().getCategoryMiddle(1, 4, dataArea, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(0.75, dataArea, plot.getRangeAxisEdge());
        Color linde = Palette.series(0);
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                Color c = new Color(img.getRGB((int) x + dx, (int) y + dy));
                double dist = Math.abs(c.getRed() - linde.getRed())
                        + Math.abs(c.getGreen() - linde.getGreen())
                        + Math.abs(c.getBlue() - linde.getBlue());
                assertTrue(dist > 60, "line drawn across the suppressed year at " + dx + "," + dy);
            }
        }
        ChartEntity any = info.getEntityCollection().getEntity(0);
        assertTrue(any != null);
    }

    @Test
    void writesPng() throws Exception {
        ChartTestSupport.writeAndDecode(TrendChart.create(sample()), "trend", 1000, 600);
        // A non-percent trend with two series gets value labels.
        TrendData scale = new TrendData("Duidelijkheid (gemiddelde schaalscore)", "Schaalscore (1–5)",
                false, 3.5, List.of(
                        new TrendPoint("Nieuwe collega's", "2022-2023", 3.1),
                        new TrendPoint("Nieuwe collega's", "2023-2024", 3.4),
                        new TrendPoint("Nieuwe collega's", "2024-2025", 3.8),
                        new TrendPoint("Ervaren collega's", "2022-2023", 3.9),
                        new TrendPoint("Ervaren collega's", "2023-2024", null),
                        new TrendPoint("Ervaren collega's", "2024-2025", 4.0)));
        ChartTestSupport.writeAndDecode(TrendChart.create(scale), "trend-schaal", 1000, 600);
    }
}
