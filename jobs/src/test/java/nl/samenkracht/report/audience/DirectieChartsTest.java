package nl.samenkracht.report.audience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.Report;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The half-page trend charts of directie.xlsx (Samenvatting, Dashboard, Trends) drawn at the size they print:
 * the plot keeps most of the chart (a legend of six lines below a 490-point chart once left it a strip), no
 * school year without a figure sits on the axis (the contacts reach back a year before the questionnaire),
 * and a value label near 100% stays inside the plot (the "91%" on the Samenvatting was cut off).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectieChartsTest {
    private static final String EARLIER = "2022-2023";
    private List<Figure> trendFigures;

    @BeforeAll
    void build() throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<IndicatorValue> v = new ArrayList<>(AudienceFixture.indicators());
        // Contacts from a year before the questionnaire, one figure at 96% (its label needs room above the marker),
        // and six lines with long labels in one chart.
        String[] kinds = {"startgesprek vóór 1 oktober", "in de eerste 6 weken", "huisbezoek", "in elke periode",
                "ouderavond vóór de herfstvakantie", "koffieochtend in het eerste halfjaar"};
        for (int k = 0; k < kinds.length; k++) {
            String id = "contact/ouder/reach_" + k;
            double[] values = {0.55 + 0.02 * k, 0.70 + 0.02 * k, 0.86 + 0.02 * k};
            String[] years = {EARLIER, AudienceFixture.PREVIOUS, AudienceFixture.YEAR};
            for (int y = 0; y < years.length; y++)
                v.add(new IndicatorValue("contacten", id, "bereik " + kinds[k] + " (ouders)", years[y], Suppression.TOTAL,
                        values[y], 60, IndicatorValue.SHARE, null, true));
        }
        Report r = DirectieReport.build(AudienceFixture.run(), v, List.of(), new Suppression(5));
        trendFigures = r.figures().stream().filter(f -> f.chart().getPlot() instanceof CategoryPlot p
                && p.getDomainAxis().getLabel() != null && p.getDomainAxis().getLabel().equals("Schooljaar")).toList();
        assertTrue(trendFigures.size() >= 4, "trend charts found: " + trendFigures.size());
    }

    @Test
    void thePlotKeepsMostOfAHalfPageChart() {
        for (Figure f : trendFigures) {
            assertTrue(f.width() <= DirectieReport.HALF_WIDTH, f.id() + " prints half a page wide");
            Rectangle2D area = draw(f, new ChartRenderingInfo()).getPlotInfo().getDataArea();
            // Title, axis labels and legend together take at most half of the chart's height, and the legend at the side
            // leaves the plot at least half its width.
            assertTrue(area.getHeight() >= 0.40 * f.height(), f.id() + ": plot " + area.getHeight() + " of " + f.height());
            assertTrue(area.getWidth() >= 0.50 * f.width(), f.id() + ": plot " + area.getWidth() + " of " + f.width());
        }
    }

    @Test
    void everySchoolYearOnTheAxisHasAFigure() {
        boolean sawContacts = false;
        for (Figure f : trendFigures) {
            CategoryDataset d = ((CategoryPlot) f.chart().getPlot()).getDataset();
            for (int c = 0; c < d.getColumnCount(); c++) {
                boolean any = false;
                for (int r = 0; r < d.getRowCount(); r++) any |= d.getValue(r, c) != null;
                assertTrue(any, f.id() + ": " + d.getColumnKey(c) + " on the axis without a figure");
            }
            boolean survey = f.id().contains("inwerken") || f.id().contains("vragenlijst") || f.id().contains("focus");
            if (survey) assertFalse(d.getColumnKeys().contains(EARLIER), f.id() + " shows " + EARLIER);
            sawContacts |= d.getColumnKeys().contains(EARLIER);
        }
        assertTrue(sawContacts, "the contacts' own earlier year is shown where they have it");
    }

    @Test
    void valueLabelsStayInsideThePlot() {
        int labels = 0;
        for (Figure f : trendFigures) {
            CategoryPlot plot = (CategoryPlot) f.chart().getPlot();
            CategoryItemRenderer renderer = plot.getRenderer();
            if (!renderer.getDefaultItemLabelsVisible()) continue;
            ChartRenderingInfo info = new ChartRenderingInfo();
            BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = img.createGraphics();
            f.chart().draw(g2, new Rectangle2D.Double(0, 0, f.width(), f.height()), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            g2.setFont(renderer.getDefaultItemLabelFont());
            CategoryDataset d = plot.getDataset();
            for (int r = 0; r < d.getRowCount(); r++)
                for (int c = 0; c < d.getColumnCount(); c++) {
                    Number v = d.getValue(r, c);
                    if (v == null) continue;
                    double y = plot.getRangeAxis().valueToJava2D(v.doubleValue(), area, plot.getRangeAxisEdge());
                    double x = plot.getDomainAxis().getCategoryMiddle(c, d.getColumnCount(), area, plot.getDomainAxisEdge());
                    String text = renderer.getItemLabelGenerator(r, c).generateLabel(d, r, c);
                    // OUTSIDE12: the label's bottom centre sits two anchor offsets above the marker.
                    double offset = ((org.jfree.chart.renderer.AbstractRenderer) renderer).getItemLabelAnchorOffset();
                    Rectangle2D box = TextUtils.calcAlignedStringBounds(text, g2, (float) x, (float) (y - 2 * offset),
                            TextAnchor.BOTTOM_CENTER);
                    assertTrue(box.getMinY() >= area.getMinY() - 0.5, f.id() + ": label " + text + " cut off at the top ("
                            + box.getMinY() + " < " + area.getMinY() + ")");
                    labels++;
                }
            g2.dispose();
        }
        assertTrue(labels > 0, "some chart prints its values");
    }

    private static ChartRenderingInfo draw(Figure f, ChartRenderingInfo info) {
        BufferedImage img = new BufferedImage(f.width(), f.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        f.chart().draw(g2, new Rectangle2D.Double(0, 0, f.width(), f.height()), info);
        g2.dispose();
        return info;
    }
}
