package nl.samenkracht.indicators;

/**
 * One answer option of one item in one school year × wave × location, all groups together (a row of
 * tables/item_distributions.csv); options nobody chose are included.
 *
 * @param option   the option's label (from the answer scale)
 * @param value    the option's value
 * @param count    respondents who chose it
 * @param share    count / nValid; NaN when there is no valid answer
 * @param nValid   valid answers to the item
 * @param nMissing missing answers to the item
 */
public record OptionCount(String instrument, String item, String schoolYear, String wave, String location, String option,
                          double value, int count, double share, int nValid, int nMissing) {}
