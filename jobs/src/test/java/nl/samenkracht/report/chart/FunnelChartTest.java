package nl.samenkracht.report.chart;

import nl.samenkracht.statistics.FunnelLimits;
import nl.samenkracht.statistics.PooledSdTest;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The funnel plot draws the board line and the FunnelLimits bands, and the locations in the series of their
 * flag. Home-visit reach of the sample: board 38/160 = 0.2375; at n = 52 the 99.8 % band is
 * 0.2375 ± 3.0902·√(0.2375·0.7625/52) = 0.2375 ± 0.1825 (hand-worked), so Beek's 5/52 = 0.096 lies inside it
 * although the location test flags it: the funnel compares with the board, the test with the rest.
 */
class FunnelChartTest {
    @Test
    void limitsAndPointsAreThoseOfTheData() throws Exception {
        double board = 38 / 160.0;
        JFreeChart chart = FunnelChart.create(new FunnelChart.Data("Bereik huisbezoek", null, board, List.of(
                new FunnelChart.Point("Akker", 50, 0.3, 0), new FunnelChart.Point("Beek", 52, 5 / 52.0, -1),
                new FunnelChart.Point("Duin", 52, 16 / 52.0, 0), new FunnelChart.Point("Haven", 6, 2 / 6.0, 0))));
        XYPlot plot = chart.getXYPlot();
        XYDataset lines = plot.getDataset(1);
        // Series 3 is the lower 99.8 % limit; at n = 52 (x runs from 2 in steps of 1) it is board − 0.1825.
        int i52 = 52 - 2;
        assertEquals(52, lines.getXValue(3, i52), 0);
        assertEquals(board - 3.090232306 * Math.sqrt(board * (1 - board) / 52), lines.getYValue(3, i52), 1e-9);
        assertEquals(FunnelLimits.proportion(board, 52, FunnelLimits.Z998).lower(), lines.getYValue(3, i52), 1e-12);
        assertEquals(0.0550, lines.getYValue(3, i52), 5e-4);
        XYDataset dots = plot.getDataset(0);
        assertEquals(3, dots.getItemCount(0), "Akker, Duin, Haven: not flagged");
        assertEquals(1, dots.getItemCount(1), "Beek: flagged lower");
        assertEquals(5 / 52.0, dots.getYValue(1, 0), 1e-12);
        ChartTestSupport.writeAndDecode(chart, "funnel", 490, 330);
    }

    /**
     * The labels as drawn: every text annotation's box on the 490 × 330 layout, computed from the plot's real data
     * area and the font's metrics, overlaps no other. The sample's home-visit reach had Akker (50, 30 %) and Duin
     * (52, 31 %) printed over each other, and Beek (52, 10 %) over the board's label.
     */
    @Test
    void labelsDoNotOverlap() {
        double board = 38 / 160.0;
        assertNoOverlap(FunnelChart.create(new FunnelChart.Data("Bereik huisbezoek", "2024-2025", board, List.of(
                new FunnelChart.Point("Akker", 50, 0.30, 0), new FunnelChart.Point("Beek", 52, 5 / 52.0, -1),
                new FunnelChart.Point("Duin", 52, 16 / 52.0, 0), new FunnelChart.Point("Haven", 6, 2 / 6.0, 0)))));
        // Three locations of the same size close together (the focus group: 6, 6, 6) and one close to the board.
        assertNoOverlap(FunnelChart.create(new FunnelChart.Data("Duidelijkheid", null, 3.70, List.of(
                new FunnelChart.Point("Akker", 6, 3.52, 0), new FunnelChart.Point("Beek", 6, 3.875, 0),
                new FunnelChart.Point("Duin", 6, 3.79, 0)), 0.62, new double[]{1, 5})));
    }

    private static void assertNoOverlap(JFreeChart chart) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(490, 330, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 490, 330), info);
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        List<java.awt.geom.Rectangle2D> boxes = new java.util.ArrayList<>();
        List<String> texts = new java.util.ArrayList<>();
        for (Object o : plot.getAnnotations()) {
            // Leader lines from a moved label to its point are not labels.
            if (!(o instanceof org.jfree.chart.annotations.XYTextAnnotation a)) continue;
            float x = (float) plot.getDomainAxis().valueToJava2D(a.getX(), area, plot.getDomainAxisEdge());
            float y = (float) plot.getRangeAxis().valueToJava2D(a.getY(), area, plot.getRangeAxisEdge());
            g2.setFont(a.getFont());
            java.awt.geom.Rectangle2D box = org.jfree.chart.text.TextUtils.calcAlignedStringBounds(a.getText(), g2, x, y, a.getTextAnchor());
            assertTrue(area.contains(box), a.getText() + " inside the plot: " + box + " in " + area);
            for (int i = 0; i < boxes.size(); i++)
                assertFalse(boxes.get(i).intersects(box), a.getText() + " overlaps " + texts.get(i));
            boxes.add(box);
            texts.add(a.getText());
        }
        assertTrue(boxes.size() >= 4, "a label per location and one for the board");
        g2.dispose();
    }

    /**
     * A funnel of means draws board mean ± z·SD/√n with the pooled SD; the values at n = 15 are those of
     * funnel_reference.R (see PooledSdTest) for its board mean and pooled SD.
     */
    @Test
    void meanLimitsUseThePooledSd() {
        double board = PooledSdTest.BOARD_MEAN, sd = PooledSdTest.POOLED_SD;
        JFreeChart chart = FunnelChart.create(new FunnelChart.Data("Structuur (gemiddelde)", null, board, List.of(
                new FunnelChart.Point("Akker", 12, 3.55, 0), new FunnelChart.Point("Beek", 15, 3.75, 0),
                new FunnelChart.Point("Duin", 6, 3.33, 0)), sd, new double[]{1, 5}));
        XYDataset lines = chart.getXYPlot().getDataset(1);
        int i15 = 15 - 2;
        assertEquals(15, lines.getXValue(3, i15), 0);
        assertEquals(PooledSdTest.LOWER_998_N15, lines.getYValue(3, i15), 1e-9);
        assertEquals(PooledSdTest.UPPER_998_N15, lines.getYValue(4, i15), 1e-9);
        assertEquals(PooledSdTest.LOWER_95_N15, lines.getYValue(1, i15), 1e-9);
        assertEquals(1.0, chart.getXYPlot().getRangeAxis().getLowerBound(), 0);
        assertEquals(5.0, chart.getXYPlot().getRangeAxis().getUpperBound(), 0);
    }
}
