package nl.samenkracht.coverage;

/**
 * One evidence rule checked for one factor, school year and location: the detail behind a
 * {@link CoverageRow} (for the researcher workbook).
 *
 * @param framework   framework id
 * @param factor      factor id
 * @param schoolYear  school year
 * @param location    location
 * @param rule        the rule (a default or a study rule)
 * @param fromStudy   whether the rule comes from the study rather than the framework file
 * @param value       the value, or null when none is available
 * @param n           observations behind the value, or null
 * @param meetsTarget whether the value meets the target, or null when no value is available
 */
public record EvidenceCheck(String framework, String factor, String schoolYear, String location, EvidenceRule rule,
                            boolean fromStudy, Double value, Integer n, Boolean meetsTarget) {}
