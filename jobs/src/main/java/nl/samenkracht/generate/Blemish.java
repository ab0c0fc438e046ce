package nl.samenkracht.generate;

/**
 * A deliberate imperfection in the sample, where to find it.
 *
 * @param file   file name under exports/
 * @param row    row number as a user sees it: the sheet row in Excel, or the record number in the
 *               CSV; the header is row 1 in both
 * @param person display name of the respondent
 * @param what   what is odd and what the pipeline should make of it
 */
public record Blemish(String file, int row, String person, String what) {}
