package nl.samenkracht.coverage;

/**
 * One factor in one school year and location: a row of {@code tables/coverage.csv}
 * ({@code framework, factor, school_year, location, evidence, value, target, status}).
 *
 * @param framework   framework id
 * @param factor      factor id
 * @param factorLabel the factor's Dutch label
 * @param schoolYear  school year
 * @param location    location or "Alle locaties"
 * @param evidence    Dutch label of the deciding evidence (see {@link CoverageCalculator}), with
 *                    " (+N andere bron[nen])" when more evidence was available; "" when none
 * @param value       the deciding evidence's value, or null
 * @param target      the deciding evidence's target, or null
 * @param status      op orde, aandacht or geen gegevens
 * @param hasRule     whether the factor has an evidence rule in this study (a default of its framework or a
 *                    study mapping); a factor without one can never have evidence and is not counted
 */
public record CoverageRow(String framework, String factor, String factorLabel, String schoolYear, String location,
                          String evidence, Double value, Double target, CoverageStatus status, boolean hasRule) {
    /** A factor with an evidence rule. */
    public CoverageRow(String framework, String factor, String factorLabel, String schoolYear, String location,
                       String evidence, Double value, Double target, CoverageStatus status) {
        this(framework, factor, factorLabel, schoolYear, location, evidence, value, target, status, true);
    }
}
