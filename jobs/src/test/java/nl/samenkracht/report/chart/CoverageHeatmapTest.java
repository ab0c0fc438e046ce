package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoverageHeatmapTest {

    /** The 15 RUG success factors of seed 002, as a framework would label them. */
    static final List<String> RUG = List.of(
            "1. De school(leiding) heeft een visie met betrekking tot een prettig sociaal klimaat en het betrekken van ouders daarbij",
            "2. De schoolleiding ondersteunt de leraren bij het creëren van een goed sociaal klimaat",
            "3. Leraren zijn zich bewust van het belang van een positief sociaal klimaat",
            "4. Schoolleiding en leraar maken duidelijk welk belang zij hechten aan de rol van ouders",
            "5. Leraren zijn competent in het creëren van een goede sfeer en het betrekken van ouders",
            "6. Ouders voelen zich gewaardeerd en welkom",
            "7. Er is individueel en persoonlijk contact tussen ouders en school",
            "8. Leraren / mentoren leggen in overleg met ouders huisbezoeken af",
            "9. Kinderen worden betrokken bij het contact tussen ouders en school",
            "10. Ook positieve dingen melden, niet alleen contact bij problemen",
            "11. Activiteiten waarvoor alle ouders worden uitgenodigd",
            "12. Informatie-uitwisseling in plaats van alleen informatie overdragen",
            "13. Er is regelmatig contact tussen ouders en school",
            "14. De school reikt gespreksonderwerpen aan voor thuis",
            "15. Adviezen aan ouders zijn concreet, praktisch en haalbaar");
    static final List<String> LOCATIONS = List.of("De Linde", "Het Anker", "De Wissel",
            "Prins Willem Alexanderschool", "De Regenboog");

    @BeforeAll
    static void headless() {
        ChartTestSupport.headless();
    }

    static CoverageHeatmapData rug() {
        List<CoverageCell> cells = new ArrayList<>();
        CoverageStatus[] cycle = {CoverageStatus.OP_ORDE, CoverageStatus.AANDACHT,
            CoverageStatus.OP_ORDE, CoverageStatus.GEEN_GEGEVENS};
        for (int r = 0; r < RUG.size(); r++) {
            for (int c = 0; c < LOCATIONS.size(); c++) {
                if ((r + c) % 7 == 6) {
                    continue; // no cell at all → geen gegevens
                }
                CoverageStatus s = cycle[(r * 3 + c) % cycle.length];
                String text = s == CoverageStatus.GEEN_GEGEVENS ? null : (40 + (r * 7 + c * 11) % 60) + "%";
                cells.add(new CoverageCell(RUG.get(r), LOCATIONS.get(c), s, text));
            }
        }
        return new CoverageHeatmapData("Succesfactoren ouderbetrokkenheid (RUG) – 2024-2025",
                RUG, LOCATIONS, cells);
    }

    @Test
    void statusMapsToColourAndMissingCellsAreNoData() {
        CoverageHeatmapData data = new CoverageHeatmapData("t", List.of("Visie", "Huisbezoek"),
                List.of("A", "B"), List.of(
                        new CoverageCell("Visie", "A", CoverageStatus.OP_ORDE, "80%"),
                        new CoverageCell("Visie", "B", CoverageStatus.AANDACHT, "40%"),
                        new CoverageCell("Huisbezoek", "A", CoverageStatus.GEEN_GEGEVENS)));
        CategoryPlot plot = CoverageHeatmap.create(data).getCategoryPlot();
        CategoryDataset ds = plot.getDataset();
        assertEquals(List.of("A", "B"), ds.getRowKeys());
        assertEquals(List.of("Visie", "Huisbezoek"), ds.getColumnKeys());
        CoverageCellRenderer r = (CoverageCellRenderer) plot.getRenderer();
        int a = ds.getRowIndex("A");
        int b = ds.getRowIndex("B");
        int visie = ds.getColumnIndex("Visie");
        int huis = ds.getColumnIndex("Huisbezoek");
        assertEquals(CoverageStatus.OP_ORDE, r.getStatus(a, visie));
        assertEquals(CoverageStatus.AANDACHT, r.getStatus(b, visie));
        assertEquals(CoverageStatus.GEEN_GEGEVENS, r.getStatus(a, huis));
        assertEquals(CoverageStatus.GEEN_GEGEVENS, r.getStatus(b, huis)); // no cell given
        assertEquals(new Color(0x00796B), r.getItemPaint(a, visie));       // dark teal
        assertEquals(new Color(0xE69F00), r.getItemPaint(b, visie));       // Okabe-Ito orange
        // "geen gegevens" is the light grey with a hatch: most tile pixels are the grey.
        TexturePaint hatch = assertInstanceOf(TexturePaint.class, r.getItemPaint(b, huis));
        assertEquals(new Color(0xE3E3E3), dominant(hatch.getImage()));
        assertEquals("80%", r.getText("A", "Visie"));

        LegendItemCollection legend = plot.getLegendItems();
        assertEquals(3, legend.getItemCount());
        assertEquals("op orde", legend.get(0).getLabel());
        assertEquals("aandacht", legend.get(1).getLabel());
        assertEquals("geen gegevens", legend.get(2).getLabel());
    }

    @Test
    void statusColoursStayApartInGrey() {
        // Grey value by ITU-R BT.601 luma, Y = 0.299 R + 0.587 G + 0.114 B, worked by hand:
        // teal #00796B: 0.587*121 + 0.114*107 = 71.0 + 12.2 = 83.2
        // orange #E69F00: 0.299*230 + 0.587*159 = 68.8 + 93.3 = 162.1
        // grey #E3E3E3: 227
        double ok = luma(Palette.status(CoverageStatus.OP_ORDE));
        double attention = luma(Palette.status(CoverageStatus.AANDACHT));
        double none = luma(Palette.status(CoverageStatus.GEEN_GEGEVENS));
        assertEquals(83.2, ok, 0.1);
        assertEquals(162.1, attention, 0.1);
        assertEquals(227.0, none, 0.1);
        assertTrue(attention - ok > 60 && none - attention > 60);
    }

    @Test
    void parsesStatusLabels() {
        assertEquals(CoverageStatus.OP_ORDE, CoverageStatus.fromLabel(" Op orde"));
        assertEquals(CoverageStatus.GEEN_GEGEVENS, CoverageStatus.fromLabel("GEEN_GEGEVENS"));
        assertThrows(IllegalArgumentException.class, () -> CoverageStatus.fromLabel("prima"));
    }

    @Test
    void rejectsCellsOutsideTheGrid() {
        assertThrows(IllegalArgumentException.class, () -> new CoverageHeatmapData("t",
                List.of("a"), List.of("A"), List.of(new CoverageCell("b", "A",
                        CoverageStatus.OP_ORDE))));
    }

    @Test
    void writesPng() throws Exception {
        CoverageHeatmapData data = rug();
        ChartTestSupport.writeAndDecode(CoverageHeatmap.create(data), "dekking-rug-15x5", 1000,
                CoverageHeatmap.suggestedHeight(RUG.size()));
        ChartTestSupport.writeAndDecode(CoverageHeatmap.create(data), "dekking-rug-15x5-1000x600",
                1000, 600);
        // Pillars × school years: few rows, short labels.
        List<String> years = List.of("2021-2022", "2022-2023", "2023-2024", "2024-2025");
        List<String> pillars = List.of("Visie", "Groep ouders per klas", "Band leraar–ouders",
                "Structurele informatie-uitwisseling");
        List<CoverageCell> cells = new ArrayList<>();
        for (int p = 0; p < pillars.size(); p++) {
            for (int y = p % 2; y < years.size(); y++) {
                cells.add(new CoverageCell(pillars.get(p), years.get(y),
                        y >= 2 ? CoverageStatus.OP_ORDE : CoverageStatus.AANDACHT));
            }
        }
        ChartTestSupport.writeAndDecode(CoverageHeatmap.create(new CoverageHeatmapData(
                "Pijlers pedagogisch partnerschap per schooljaar", pillars, years, cells)),
                "dekking-pijlers-jaren", 1000, 600);
    }

    private static double luma(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    private static Color dominant(BufferedImage img) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                counts.merge(img.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                .getKey();
        return new Color(best);
    }
}
