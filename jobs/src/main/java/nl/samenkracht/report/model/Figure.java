package nl.samenkracht.report.model;

import org.jfree.chart.JFreeChart;

/** A chart of a report: saved as {@code figures/<id>.png} and embedded in the workbook sheet {@code sheetTitle}. */
public record Figure(String id, String sheetTitle, JFreeChart chart, int width, int height) {}
