package nl.samenkracht.canonical;

/**
 * responses (data/responses): one row per accepted submission × Likert item.
 *
 * <p>Instrument, school year, wave, location, group, item and scale are integer codes
 * ({@link KeyCodes}); each of those columns carries its labels as metadata, and data/responses is
 * written with the labels.
 *
 * @param grp          the respondent's group (after study.yaml's map), or null
 * @param respondent   pseudonym (anonymous: a per-row id that links nothing)
 * @param scale        the item's scale, or null
 * @param value        the option chosen, as given; null when not answered
 * @param score        value after reverse keying: what every statistic uses
 * @param missingLabel the answer was a "don't know"-style label of the scale
 * @param file         the export, relative to the study folder
 * @param row          the row a spreadsheet shows
 */
public record Response(int instrument, @Required String survey, int schoolYear, int wave, int location, Integer grp,
                       @Required String respondent, boolean anonymous, int item, Integer scale, Double value, Double score,
                       boolean missingLabel, @Required String file, int row) {}
