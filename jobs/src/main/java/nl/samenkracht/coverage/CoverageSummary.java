package nl.samenkracht.coverage;

/**
 * Coverage of a framework in one school year and location.
 *
 * @param framework     framework id
 * @param schoolYear    school year
 * @param location      location or "Alle locaties"
 * @param factors       number of factors in the framework
 * @param withEvidence  factors with status op orde or aandacht
 * @param meetingTarget factors with status op orde
 * @param coverage      withEvidence / withRule: the share of measurable factors with evidence
 * @param achievement   meetingTarget / withRule: the share of the measurable factors meeting their target
 *                      (a factor without evidence does not count as met; a factor without an evidence
 *                      rule in this study is not counted at all: it could never be met); NaN when no
 *                      factor has a rule
 * @param withRule      factors with an evidence rule in this study
 */
public record CoverageSummary(String framework, String schoolYear, String location, int factors, int withEvidence,
                              int meetingTarget, double coverage, double achievement, int withRule) {
    /** Every factor has a rule. */
    public CoverageSummary(String framework, String schoolYear, String location, int factors, int withEvidence,
                           int meetingTarget, double coverage, double achievement) {
        this(framework, schoolYear, location, factors, withEvidence, meetingTarget, coverage, achievement, factors);
    }
}
