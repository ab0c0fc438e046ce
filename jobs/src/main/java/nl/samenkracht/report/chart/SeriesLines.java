package nl.samenkracht.report.chart;

import java.awt.Color;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;

/** Shared set-up of line charts over an ordered category axis (school years, months). */
final class SeriesLines {

    private SeriesLines() {
    }

    /** Lines with markers; series differ in colour and marker shape. */
    static LineAndShapeRenderer renderer(int seriesCount) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < seriesCount; i++) {
            Color c = Palette.series(i);
            r.setSeriesPaint(i, c);
            r.setSeriesStroke(i, Palette.LINE_STROKE);
            r.setSeriesShape(i, Palette.seriesShape(i));
            r.setSeriesFillPaint(i, c);
        }
        r.setUseFillPaint(true);
        r.setDrawOutlines(false);
        r.setDefaultItemLabelFont(Palette.ITEM_LABEL_FONT);
        r.setDefaultItemLabelPaint(Palette.TEXT);
        r.setItemLabelAnchorOffset(6.0);
        return r;
    }

    /** Value axis for the values: 0–100% for percentages, otherwise from 0 or automatic. */
    static NumberAxis valueAxis(String label, boolean percent, boolean includeZero) {
        NumberAxis axis;
        if (percent) {
            axis = ChartStyle.percentAxis(label);
            axis.setRange(0.0, 1.0);
        } else {
            axis = ChartStyle.numberAxis(label, null);
            axis.setAutoRangeIncludesZero(includeZero);
            axis.setUpperMargin(0.12);
        }
        return axis;
    }
}
