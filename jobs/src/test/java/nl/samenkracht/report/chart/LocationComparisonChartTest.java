package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocationComparisonChartTest {

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    static LocationComparisonData sample() {
        return new LocationComparisonData("Aandeel positieve contacten per locatie",
                "Positieve contacten", true, "2024-2025", "2023-2024", 0.70, List.of(
                        new LocationValue("De Linde", 0.72, 0.65),
                        new LocationValue("Het Anker", null, 0.60),
                        new LocationValue("De Wissel", 0.55, null),
                        new LocationValue("Prins Willem Alexanderschool", 0.81, 0.83),
                        new LocationValue("De Regenboog", 0.04, 0.10)));
    }

    @Test
    void locationsKeepTheirPlaceAndBoardTotalIsALine() {
        CategoryPlot plot = LocationComparisonChart.create(sample()).getCategoryPlot();
        CategoryDataset current = plot.getDataset(0);
        CategoryDataset previous = plot.getDataset(1);
        List<String> locations = List.of("De Linde", "Het Anker", "De Wissel",
                "Prins Willem Alexanderschool", "De Regenboog");
        assertEquals(locations, current.getColumnKeys());
        assertEquals(locations, previous.getColumnKeys());
        assertNull(current.getValue(LocationComparisonChart.CURRENT, "Het Anker"));
        assertEquals(0.60, previous.getValue(LocationComparisonChart.PREVIOUS, "Het Anker")
                .doubleValue(), 0.0);
        assertNull(previous.getValue(LocationComparisonChart.PREVIOUS, "De Wissel"));

        ValueMarker board = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(0.70, board.getValue(), 0.0);
        assertEquals("Bestuur: 70%", board.getLabel());

        LegendItemCollection legend = plot.getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            labels.add(legend.get(i).getLabel());
        }
        assertEquals(List.of("2024-2025", "2023-2024", "Bestuur (totaal)"), labels);
    }

    @Test
    void withoutPreviousYearOrBoardTotalOnlyBarsRemain() {
        LocationComparisonData data = new LocationComparisonData("x", "y", false, "2024-2025",
                null, null, List.of(new LocationValue("A", 3.4, null)));
        CategoryPlot plot = LocationComparisonChart.create(data).getCategoryPlot();
        assertNull(plot.getDataset(1));
        assertEquals(0, plot.getRangeMarkers(Layer.FOREGROUND) == null ? 0
                : plot.getRangeMarkers(Layer.FOREGROUND).size());
        assertEquals(1, plot.getLegendItems().getItemCount());
    }

    @Test
    void writesPng() throws Exception {
        ChartTestSupport.writeAndDecode(LocationComparisonChart.create(sample()), "locaties",
                1000, 600);
    }
}
