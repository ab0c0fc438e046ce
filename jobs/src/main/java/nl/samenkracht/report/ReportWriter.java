package nl.samenkracht.report;

import nl.samenkracht.report.chart.ChartPng;
import nl.samenkracht.report.csv.CsvTableWriter;
import nl.samenkracht.report.model.Figure;
import nl.samenkracht.report.model.Report;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.xlsx.WorkbookWriter;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a report three ways: the workbook, every table as tables/*.csv (except workbook-only ones), every chart as figures/*.png. */
public final class ReportWriter {
    private ReportWriter() {}

    public static void write(Report report, Path runDir) throws IOException {
        for (ReportTable t : report.csvTables()) CsvTableWriter.write(t.table(), runDir.resolve("tables").resolve(FileNames.slug(t.id()) + ".csv"));
        FigureImages images = FigureImages.render(report.figures());
        for (Figure f : report.figures()) ChartPng.writeBytes(images.png(f), runDir.resolve("figures").resolve(FileNames.slug(f.id()) + ".png"));
        WorkbookWriter.write(report, runDir.resolve(report.fileName()), images::png);
    }
}
