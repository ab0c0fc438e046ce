package nl.samenkracht.indicators.interviews;

/**
 * Two (full) codes in one school year × wave (a row of tables/interview_cooccurrence.csv).
 *
 * @param codeA          the first code in name order
 * @param sameSegment    passages carrying both codes
 * @param sameRespondent respondents mentioning both
 */
public record CodePair(String schoolYear, String wave, String codeA, String codeB, long sameSegment, long sameRespondent) {}
