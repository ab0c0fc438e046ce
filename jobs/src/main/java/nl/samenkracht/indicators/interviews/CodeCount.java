package nl.samenkracht.indicators.interviews;

/**
 * One code at one level of the code tree in one school year × wave × role ({@link InterviewStage#ALL_ROLES}
 * for every role), all locations together (a row of tables/interview_codes.csv).
 *
 * @param level       1 = the top code, … the last level = the full code
 * @param segments    passages with the code (a parent code counts its subcodes' passages)
 * @param respondents respondents mentioning the code
 * @param interviewed respondents with at least one coded passage in this wave and role
 * @param share       respondents / interviewed
 */
public record CodeCount(String schoolYear, String wave, String role, int level, String code, long segments,
                        long respondents, long interviewed, double share) {}
