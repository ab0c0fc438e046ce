package nl.samenkracht.report.audience;

import nl.samenkracht.coverage.CoverageRow;

/**
 * One success factor in one school year and location, as the audience reports take it: the
 * fields of {@code tables/coverage.csv} plus the number of people behind the status.
 *
 * @param framework   framework id
 * @param factor      factor id
 * @param factorLabel the factor's Dutch label
 * @param schoolYear  school year
 * @param location    location, or "Alle locaties" for the total
 * @param status      "op orde", "aandacht" or "geen gegevens"
 * @param value       the deciding evidence's value, or null
 * @param target      the deciding evidence's target, or null
 * @param n           the number of people the status rests on: the smallest n among the evidence
 *                    that decided it (EvidenceCheck.n). Null when unknown: then the smallest n of
 *                    the indicators of that location and school year is used, and when there are
 *                    none the status is hidden (privacy by default)
 * @param hasRule     whether the factor has an evidence rule in this study; factors without one are listed apart
 */
public record CoverageCellInput(String framework, String factor, String factorLabel, String schoolYear, String location,
                                String status, Double value, Double target, Long n, boolean hasRule) {

    /** A factor with an evidence rule in the study. */
    public CoverageCellInput(String framework, String factor, String factorLabel, String schoolYear, String location,
                             String status, Double value, Double target, Long n) {
        this(framework, factor, factorLabel, schoolYear, location, status, value, target, n, true);
    }

    /** From a coverage row and the n of its evidence (null when unknown). */
    public static CoverageCellInput of(CoverageRow row, Long n) {
        return new CoverageCellInput(row.framework(), row.factor(), row.factorLabel(), row.schoolYear(), row.location(),
                row.status().label(), row.value(), row.target(), n, row.hasRule());
    }
}
