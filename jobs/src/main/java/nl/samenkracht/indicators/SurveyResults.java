package nl.samenkracht.indicators;

import tech.tablesaw.api.Table;

/** The collected (small) survey results a report is built from. */
public record SurveyResults(Table descriptives, Table distributions) {}
