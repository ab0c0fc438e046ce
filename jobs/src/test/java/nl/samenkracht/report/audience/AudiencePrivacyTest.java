package nl.samenkracht.report.audience;

import nl.samenkracht.report.ReportWriter;
import nl.samenkracht.report.chart.CoverageCellRenderer;
import nl.samenkracht.report.chart.NotedCategoryAxis;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static nl.samenkracht.report.audience.AudienceFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * No figure about a group under the threshold reaches directie.xlsx or bestuur.xlsx, their CSVs or
 * their charts, directly or through the total (the fixture: Haven has 3 respondents in the latest
 * year, the others at least 9, see {@link AudienceFixture}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AudiencePrivacyTest {
    /** Haven's and Duin's (the complementary cell's) figures in the latest year. */
    private static final double[] FORBIDDEN = {HAVEN_MEAN, HAVEN_AGREE, HAVEN_N, DUIN_MEAN, DUIN_AGREE, DUIN_N};

    private Path out;
    private List<Report> reports;

    @BeforeAll
    void render(@TempDir Path dir) throws Exception {
        out = dir;
        Files.createDirectories(out.resolve("tables"));
        var indicators = AudienceFixture.indicators();
        var settings = new nl.samenkracht.comparison.ComparisonSettings(5, 0.2, 0.05, 0.05);
        // With the tests, so the flags table (location against the rest of the board) is checked for leaks too.
        var tests = new KeyFigureTests(nl.samenkracht.comparison.Comparisons.years(indicators, null, settings),
                nl.samenkracht.comparison.Comparisons.locations(indicators.stream().filter(v -> v.schoolYear().equals(YEAR)).toList(),
                        null, settings));
        reports = AudienceReports.build(AudienceFixture.run(), indicators, tests, coverage(), 5);
        for (Report r : reports) ReportWriter.write(r, out);
    }

    /** Factor "structuur": Haven (3 people) op orde with Haven's mean as its value. */
    static List<CoverageCellInput> coverage() {
        List<CoverageCellInput> c = new ArrayList<>();
        Object[][] rows = {{"Akker", "op orde", 3.5125, 12L}, {"Beek", "aandacht", 3.2375, 17L}, {"Duin", "op orde", DUIN_MEAN, DUIN_N},
                {"Haven", "aandacht", HAVEN_MEAN, HAVEN_N}, {Suppression.TOTAL, "aandacht", TOTAL_MEAN, 41L}};
        for (Object[] r : rows)
            c.add(new CoverageCellInput("inwerken", "leeromgeving-structuur", "Structuur", YEAR, (String) r[0], (String) r[1],
                    (Double) r[2], 3.4, (Long) r[3]));
        return c;
    }

    private static boolean forbidden(double x) {
        for (double f : FORBIDDEN) if (Math.abs(x - f) < 1e-9 * Math.max(1, Math.abs(f))) return true;
        return false;
    }

    @Test
    void workbookXmlHoldsNoFigureOfTheSmallGroupNorOfItsComplement() throws Exception {
        for (String file : List.of(DirectieReport.FILE, BestuurReport.FILE)) {
            try (ZipFile zip = new ZipFile(out.resolve(file).toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (!e.getName().endsWith(".xml")) continue;
                    String xml;
                    try (InputStream in = zip.getInputStream(e)) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    // How POI writes these doubles in <v> elements (Double.toString), and their decimals.
                    for (String s : List.of("2.1357", "0.3333333", "3.8421", "0.5555555", "2,1357", "3,8421"))
                        assertFalse(xml.contains(s), file + " " + e.getName() + " contains " + s);
                }
            }
            try (InputStream in = Files.newInputStream(out.resolve(file)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            String where = file + " " + sheet.getSheetName() + "!" + cell.getAddress();
                            if (cell.getCellType() == CellType.NUMERIC) {
                                assertFalse(forbidden(cell.getNumericCellValue()), where + " = " + cell.getNumericCellValue());
                            } else if (cell.getCellType() == CellType.STRING) {
                                String s = cell.getStringCellValue().strip();
                                assertFalse(s.equals("3") || s.equals("9") || s.contains("n = 3") || s.contains("n = 9"), where + ": " + s);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void csvFilesCarryTheMarksNeverTheNumbers() throws Exception {
        List<Path> csvs;
        try (Stream<Path> s = Files.list(out.resolve("tables"))) {
            csvs = s.filter(p -> p.getFileName().toString().matches("(directie|bestuur)_.*\\.csv")).toList();
        }
        assertTrue(csvs.size() >= 4, csvs.toString());
        for (Path p : csvs) {
            for (Map<String, String> row : Csv.read(p)) {
                for (Map.Entry<String, String> c : row.entrySet()) {
                    Double d = number(c.getValue());
                    assertFalse(d != null && forbidden(d), p.getFileName() + " " + c + " in " + row);
                }
            }
        }
        Map<String, String> latest = Csv.row(out.resolve("tables/bestuur_locaties.csv"), "indicator", MEAN_LABEL, "school_year", YEAR);
        assertEquals("< 5", latest.get("Haven"));
        assertEquals("x", latest.get("Duin"));
        for (String[] loc : new String[][]{{"Haven", "< 5"}, {"Duin", "x"}}) {
            Map<String, String> flag = Csv.row(out.resolve("tables/bestuur_locations.csv"), "indicator", MEAN_LABEL, "location", loc[0]);
            assertEquals(loc[1], flag.get("n"));
            assertEquals(loc[1], flag.get("rest_value"), "the rest of the board would give the hidden figure away");
            assertEquals(loc[1], flag.get("p_holm"));
            assertEquals("geen", flag.get("flag"), "a hidden location is never flagged");
        }
        Map<String, String> trend = Csv.row(out.resolve("tables/directie_trends_vragenlijst.csv"), "indicator", MEAN_LABEL,
                "location", "Haven");
        assertEquals("2.97", trend.get(PREVIOUS), "last year Haven had 8 people: shown");
        assertEquals("< 5", trend.get(YEAR));
        assertEquals("< 5", trend.get("change"), "a change from a hidden figure is hidden");
        Map<String, String> coverage = Csv.row(out.resolve("tables/bestuur_succesfactoren.csv"), "factor", "Structuur",
                "school_year", YEAR);
        assertEquals("geen gegevens (< 5)", coverage.get("Haven"));
        assertEquals("geen gegevens (x)", coverage.get("Duin"));
        assertEquals("aandacht", coverage.get("Beek"));
    }

    @Test
    void theTotalMinusTheShownLocationsCannotIsolateTheSmallGroup() throws Exception {
        {
            Map<String, String> r = Csv.row(out.resolve("tables/bestuur_locaties.csv"), "indicator", MEAN_LABEL, "school_year", YEAR);
            double total = Double.parseDouble(r.get("total"));
            long nTotal = Long.parseLong(Csv.row(out.resolve("tables/directie_dashboard.csv"), "indicator", MEAN_LABEL).get("n"));
            double sum = total * nTotal;
            long nShown = 0;
            for (String loc : List.of("Akker", "Beek", "Duin", "Haven")) {
                Double v = number(r.get(loc));
                if (v == null) continue;
                long n = Long.parseLong(Csv.row(out.resolve("tables/bestuur_locations.csv"), "indicator", MEAN_LABEL, "location", loc).get("n"));
                sum -= v * n;
                nShown += n;
            }
            long hiddenN = nTotal - nShown;
            // By hand: 41 − 12 − 17 = 12 people hidden (Duin 9 + Haven 3), not Haven's 3.
            assertEquals(12, hiddenN);
            assertTrue(hiddenN >= 5);
            // By hand: (34.5789 + 6.4071) / 12 = 3.4155: the mean of Duin and Haven together, not Haven's 2.1357.
            assertEquals(3.4155, sum / hiddenN, 1e-6);
        }
        Map<String, String> r = Csv.row(out.resolve("tables/directie_trends_vragenlijst.csv"), "indicator", MEAN_LABEL,
                "location", Suppression.TOTAL);
        assertEquals(41, Long.parseLong(r.get("n_" + YEAR)));
        long shown = 0;
        for (String loc : List.of("Akker", "Beek", "Duin", "Haven")) {
            String n = Csv.row(out.resolve("tables/directie_trends_vragenlijst.csv"), "indicator", MEAN_LABEL, "location", loc)
                    .get("n_" + YEAR);
            if (number(n) != null) shown += Long.parseLong(n);
        }
        assertEquals(12, 41 - shown, "directie hides the same 12 people");
    }

    @Test
    void chartDatasetsHoldNullsWhereTheTablesHoldMarks() {
        int charts = 0;
        for (Report report : reports) {
            for (Figure f : report.figures()) {
                if (!(f.chart().getPlot() instanceof CategoryPlot plot)) continue;
                charts++;
                for (int i = 0; i < plot.getDatasetCount(); i++) {
                    CategoryDataset d = plot.getDataset(i);
                    if (d == null) continue;
                    for (int r = 0; r < d.getRowCount(); r++)
                        for (int c = 0; c < d.getColumnCount(); c++) {
                            Number v = d.getValue(r, c);
                            // The heatmap's dataset holds status ordinals, not figures.
                            if (v != null && !(plot.getRenderer() instanceof CoverageCellRenderer))
                                assertFalse(forbidden(v.doubleValue()), f.id() + " " + d.getRowKey(r) + "/" + d.getColumnKey(c) + " = " + v);
                        }
                }
                for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
                    Collection<?> markers = plot.getRangeMarkers(layer);
                    if (markers == null) continue;
                    for (Object m : markers)
                        if (m instanceof ValueMarker vm) assertFalse(forbidden(vm.getValue()), f.id() + " marker " + vm.getValue());
                }
                if (plot.getDomainAxis() instanceof NotedCategoryAxis axis) {
                    for (Object key : plot.getCategories()) {
                        String note = axis.getNote((Comparable<?>) key);
                        assertFalse(note != null && (note.equals("n = 3") || note.equals("n = 9")), f.id() + " note " + note);
                    }
                }
                if (plot.getRenderer() instanceof CoverageCellRenderer cells && plot.getDataset().getRowKeys().contains("Haven")) {
                    assertEquals("< 5", cells.getText("Haven", "Structuur"), f.id());
                    assertEquals("x", cells.getText("Duin", "Structuur"), f.id());
                }
            }
        }
        assertTrue(charts >= 6, "trend, location and heatmap charts were checked: " + charts);
        // The location chart of the latest year: Haven and Duin keep their place without a bar.
        Figure loc = reports.get(1).figures().stream().filter(f -> f.id().equals("bestuur_locaties_inwerken-structuur-mean_2024-2025"))
                .findFirst().orElseThrow();
        CategoryDataset current = ((CategoryPlot) loc.chart().getPlot()).getDataset(0);
        assertNull(current.getValue(0, current.getColumnIndex("Haven")));
        assertNull(current.getValue(0, current.getColumnIndex("Duin")));
        assertEquals(3.5125, current.getValue(0, current.getColumnIndex("Akker")).doubleValue(), 1e-12);
        NotedCategoryAxis axis = (NotedCategoryAxis) ((CategoryPlot) loc.chart().getPlot()).getDomainAxis();
        assertEquals("< 5", axis.getNote("Haven"));
        assertEquals("x", axis.getNote("Duin"));
        assertEquals("n = 12", axis.getNote("Akker"));
    }

    @Test
    void figuresAreWrittenUnderAudiencePrefixes() throws Exception {
        try (Stream<Path> s = Files.list(out.resolve("figures"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertFalse(names.isEmpty());
            assertTrue(names.stream().allMatch(n -> n.startsWith("directie_") || n.startsWith("bestuur_")), names.toString());
        }
        try (Stream<Path> s = Files.list(out.resolve("tables"))) {
            assertTrue(s.map(p -> p.getFileName().toString()).allMatch(n -> n.startsWith("directie_") || n.startsWith("bestuur_")));
        }
    }

    static Double number(String s) {
        if (s == null || s.isEmpty()) return null;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
