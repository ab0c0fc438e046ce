package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ReachChart, RhythmChart and ChannelMixChart: the contact-indicator charts. */
class ContactChartsTest {

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    static ReachData reach() {
        return new ReachData("Startgesprek vóór 1 oktober – 2024-2025", "Ouders bereikt", 0.90,
                List.of(
                        new ReachRow("De Linde", 0.96, 112),
                        new ReachRow("Het Anker", 0.90, 87),
                        new ReachRow("De Wissel", 0.72, 64),
                        new ReachRow("Prins Willem Alexanderschool", 1.0, 140),
                        new ReachRow("De Regenboog", null, 4)));
    }

    @Test
    void reachBarsAreColouredAgainstTheTarget() {
        CategoryPlot plot = ReachChart.create(reach()).getCategoryPlot();
        CategoryDataset ds = plot.getDataset();
        assertEquals(List.of("De Linde", "Het Anker", "De Wissel",
                "Prins Willem Alexanderschool", "De Regenboog"), ds.getColumnKeys());
        assertNull(ds.getValue(ReachChart.SERIES, "De Regenboog"));
        NormBarRenderer r = (NormBarRenderer) plot.getRenderer();
        assertEquals(Palette.STATUS_OK, r.getItemPaint(0, 0));         // 96% ≥ 90%
        assertEquals(Palette.STATUS_OK, r.getItemPaint(0, 1));         // exactly 90%
        assertEquals(Palette.STATUS_ATTENTION, r.getItemPaint(0, 2));  // 72% < 90%
        ValueMarker target = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(0.90, target.getValue(), 0.0);
        assertEquals("Doel: 90%", target.getLabel());
        List<String> labels = new ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            labels.add(((CategoryLabelAnnotation) a).getText());
        }
        assertEquals(List.of("96%", "90%", "72%", "100%"), labels);   // none for the null row
        assertEquals("(n=87)", ((NotedCategoryAxis) plot.getDomainAxis()).getNote("Het Anker"));
        assertThrows(IllegalArgumentException.class, () -> new ReachRow("x", 1.2, 3));
    }

    static RhythmData rhythm() {
        List<RhythmPoint> points = new ArrayList<>();
        // Calendar months 8..12 then 1..7; De Linde has no figure for March (gap).
        int[] linde = {0, 58, 31, 22, 14, 18, 20, -1, 25, 12, 30, 2};
        int[] anker = {3, 40, 26, 25, 10, 15, 14, 16, 12, 9, 22, 0};
        for (int i = 0; i < 12; i++) {
            int month = (i + 7) % 12 + 1;
            points.add(new RhythmPoint("De Linde", month, linde[i] < 0 ? null : (double) linde[i]));
            points.add(new RhythmPoint("Het Anker", month, (double) anker[i]));
        }
        return new RhythmData("Contactritme ouders – 2024-2025", "Contacten per maand", points);
    }

    @Test
    void rhythmRunsAugustToJuly() {
        // August is the first month of a school year, July the last (a school year starts on 1 August, model.SchoolYear).
        assertEquals(0, RhythmChart.schoolYearIndex(8));
        assertEquals(4, RhythmChart.schoolYearIndex(12));
        assertEquals(5, RhythmChart.schoolYearIndex(1));
        assertEquals(11, RhythmChart.schoolYearIndex(7));
        CategoryDataset ds = RhythmChart.create(rhythm()).getCategoryPlot().getDataset();
        assertEquals(List.of("aug", "sep", "okt", "nov", "dec", "jan", "feb", "mrt", "apr", "mei",
                "jun", "jul"), ds.getColumnKeys());
        assertEquals(List.of("De Linde", "Het Anker"), ds.getRowKeys());
        assertEquals(58.0, ds.getValue("De Linde", "sep").doubleValue(), 0.0);
        assertEquals(0.0, ds.getValue("De Linde", "aug").doubleValue(), 0.0); // a real zero
        assertNull(ds.getValue("De Linde", "mrt"));                          // a gap
        assertEquals(0.0, ds.getValue("Het Anker", "jul").doubleValue(), 0.0);
    }

    static ChannelMixData channels() {
        return new ChannelMixData("Kanalen van oudercontact per locatie", ChannelMixChart.CHANNELS,
                List.of(
                        new ChannelMixRow("De Linde", new double[] {0.45, 0.25, 0.25, 0.05}, 230),
                        new ChannelMixRow("Het Anker", new double[] {0.30, 0.20, 0.50, 0.0}, 180),
                        new ChannelMixRow("Prins Willem Alexanderschool",
                                new double[] {0.60, 0.15, 0.15, 0.10}, 310)));
    }

    @Test
    void channelMixKeepsChannelOrderAndZeroShares() {
        CategoryPlot plot = ChannelMixChart.create(channels()).getCategoryPlot();
        CategoryDataset ds = plot.getDataset();
        assertEquals(ChannelMixChart.CHANNELS, ds.getRowKeys());
        assertEquals(0.0, ds.getValue("schriftelijk", "Het Anker").doubleValue(), 0.0);
        for (int c = 0; c < ds.getColumnCount(); c++) {
            double sum = 0;
            for (int r = 0; r < ds.getRowCount(); r++) {
                sum += ds.getValue(r, c).doubleValue();
            }
            assertEquals(1.0, sum, 1e-12);
        }
        assertEquals(4, plot.getLegendItems().getItemCount());
        assertEquals("mondeling", plot.getLegendItems().get(0).getLabel());
        assertEquals(Palette.OI_BLUE, plot.getRenderer().getSeriesPaint(0));
        assertThrows(IllegalArgumentException.class, () -> new ChannelMixData("x",
                ChannelMixChart.CHANNELS, List.of(new ChannelMixRow("a",
                        new double[] {0.5, 0.1, 0.1, 0.1}, 10))));
    }

    @Test
    void writesPngs() throws Exception {
        ChartTestSupport.writeAndDecode(ReachChart.create(reach()), "bereik", 1000, 600);
        ChartTestSupport.writeAndDecode(RhythmChart.create(rhythm()), "ritme", 1000, 600);
        ChartTestSupport.writeAndDecode(ChannelMixChart.create(channels()), "kanalen", 1000,
                ChannelMixChart.suggestedHeight(3));
    }
}
