package nl.samenkracht.indicators;

import java.util.List;

/**
 * The collected (small) survey results a report is built from.
 *
 * @param descriptives  sorted by instrument, level, measure, school year, wave, location, group
 * @param distributions sorted by instrument, item (codebook order), school year, wave, location ("Alle locaties"
 *                      first), options in answer-scale order
 */
public record SurveyResults(List<DescriptiveRow> descriptives, List<OptionCount> distributions) {
    public SurveyResults {
        descriptives = List.copyOf(descriptives);
        distributions = List.copyOf(distributions);
    }
}
