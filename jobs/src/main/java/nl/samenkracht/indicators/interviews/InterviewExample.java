package nl.samenkracht.indicators.interviews;

/**
 * One example passage of a code in one school year × wave (masked as configured; researcher workbook only).
 *
 * @param respondent the pseudonym
 * @param row        the passage's row in its export
 */
public record InterviewExample(String schoolYear, String wave, String code, String respondent, String location, String role,
                               String text, String file, int row) {}
