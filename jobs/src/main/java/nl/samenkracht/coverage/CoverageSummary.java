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
 * @param coverage      withEvidence / factors: the share of factors with evidence
 * @param achievement   meetingTarget / factors: the share of all factors meeting their target
 *                      (DESIGN: "achievement = share meeting target"; a factor without evidence
 *                      does not count as met)
 */
public record CoverageSummary(String framework, String schoolYear, String location, int factors, int withEvidence,
                              int meetingTarget, double coverage, double achievement) {}
