package nl.samenkracht.canonical;

/**
 * responses (data/responses): one row per accepted submission × Likert item.
 *
 * @param grp          the respondent's group (after study.yaml's map), or null
 * @param respondent   pseudonym (anonymous: a per-row id that links nothing)
 * @param value        the option chosen, as given; null when not answered
 * @param score        value after reverse keying: what every statistic uses
 * @param missingLabel the answer was a "don't know"-style label of the scale
 * @param file         the export, relative to the study folder
 * @param row          the row a spreadsheet shows
 */
public record Response(@Required String instrument, @Required String survey, @Required String schoolYear,
                       @Required String wave, @Required String location, String grp, @Required String respondent,
                       boolean anonymous, @Required String item, String scale, Double value, Double score,
                       boolean missingLabel, @Required String file, int row) {}
