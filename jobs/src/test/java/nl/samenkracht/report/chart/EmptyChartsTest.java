package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A study with nothing to show for one chart (a scale without answers, a year without contacts)
 * must still give an image, not an exception in the middle of a run.
 */
class EmptyChartsTest {

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    @Test
    void everyChartRendersWithoutData() throws Exception {
        List<JFreeChart> charts = List.of(
                DivergingLikertChart.create(new LikertBarData("leeg", List.of("oneens", "eens"),
                        null, List.of())),
                PrePostChart.create(new PrePostData("leeg", "score", 1, 5, List.of())),
                ReliabilityChart.create(new ReliabilityData("leeg", List.of())),
                TrendChart.create(new TrendData("leeg", "y", true, 0.8, List.of())),
                TrendChart.create(new TrendData("leeg", "y", false, 3.0, List.of())),
                LocationComparisonChart.create(new LocationComparisonData("leeg", "y", true,
                        "2024-2025", null, null, List.of())),
                CoverageHeatmap.create(new CoverageHeatmapData("leeg", List.of(), List.of(),
                        List.of())),
                ReachChart.create(new ReachData("leeg", "bereik", 0.9, List.of())),
                RhythmChart.create(new RhythmData("leeg", "contacten", List.of())),
                ChannelMixChart.create(new ChannelMixData("leeg", ChannelMixChart.CHANNELS,
                        List.of())),
                // A Likert row nobody answered: all shares 0, n = 0.
                DivergingLikertChart.create(new LikertBarData("geen antwoorden",
                        List.of("oneens", "neutraal", "eens"), 1,
                        List.of(new LikertRow("item", new double[] {0, 0, 0}, 0)))));
        for (JFreeChart chart : charts) {
            byte[] png = ChartPng.toBytes(chart, 400, 300, 1);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(400, img.getWidth(), chart.getTitle().getText());
            assertEquals(300, img.getHeight());
        }
    }
}
