/**
 * The comparison stage of the audience reports: every key figure of the latest school year tested
 * against the previous year ({@link nl.samenkracht.comparison.YearComparison}), and every location
 * tested against the rest of the board ({@link nl.samenkracht.comparison.LocationComparison}, Holm
 * within one indicator × school year). Pure Java on collected figures and score samples; the
 * Dutch wording and the layout are the report's.
 */
package nl.samenkracht.comparison;
