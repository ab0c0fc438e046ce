/**
 * Pure-Java statistics for Likert survey data, matching R (and SPSS where they agree).
 *
 * <p>Every result record carries an {@code naReason}: {@code null} when the result is defined,
 * otherwise a typed {@link NaReason} that {@code report} words in Dutch for a school user. Degenerate data (too few
 * rows, constant items, only zero differences) never throws and never yields an unexplained NaN;
 * only programming errors (null input, arrays of different length, ragged matrices) throw
 * {@link IllegalArgumentException}. No Spark in this package: the integrator feeds it per-group
 * vectors collected from Spark.
 */
package nl.samenkracht.statistics;
