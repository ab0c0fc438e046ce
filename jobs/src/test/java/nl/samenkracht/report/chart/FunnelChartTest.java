package nl.samenkracht.report.chart;

import nl.samenkracht.statistics.FunnelLimits;
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
}
