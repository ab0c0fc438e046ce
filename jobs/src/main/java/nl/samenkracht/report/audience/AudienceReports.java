package nl.samenkracht.report.audience;

import nl.samenkracht.comparison.LocationComparison;
import nl.samenkracht.comparison.YearComparison;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.report.RunInfo;
import nl.samenkracht.report.model.Report;

import java.util.List;

/**
 * The two audience workbooks of a run, directie.xlsx and bestuur.xlsx, under one suppression
 * policy. The pipeline writes each with {@code ReportWriter.write(report, dir)}; their tables go
 * to tables/directie_*.csv and tables/bestuur_*.csv, their charts to figures/directie_*.png and
 * figures/bestuur_*.png.
 */
public final class AudienceReports {
    private AudienceReports() {}

    /** Without tests: every change reads "niet getoetst", no location is flagged. */
    public static List<Report> build(RunInfo run, List<IndicatorValue> indicators,
                                     List<CoverageCellInput> coverage, int minGroupSize) {
        return build(run, indicators, KeyFigureTests.NONE, coverage, minGroupSize);
    }

    /**
     * @param run          the run (study, locations, codebook for scale ranges); may carry a null codebook
     * @param indicators   every key figure of the run, all domains, all years, locations and "Alle locaties"
     * @param tests        the comparison stage's tests of those figures
     * @param coverage     success-factor coverage rows; empty for none
     * @param minGroupSize privacy.min_group_size
     */
    public static List<Report> build(RunInfo run, List<IndicatorValue> indicators, KeyFigureTests tests,
                                     List<CoverageCellInput> coverage, int minGroupSize) {
        Suppression policy = new Suppression(minGroupSize);
        return List.of(DirectieReport.build(run, indicators, tests, coverage, policy),
                BestuurReport.build(run, indicators, tests, coverage, policy));
    }

    /** Convenience for the pipeline. */
    public static KeyFigureTests tests(List<YearComparison> years, List<LocationComparison> locations) {
        return new KeyFigureTests(years, locations);
    }
}
