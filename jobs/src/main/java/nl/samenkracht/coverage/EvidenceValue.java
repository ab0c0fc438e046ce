package nl.samenkracht.coverage;

/**
 * A value the pipeline computed for one kind/ref in one school year and location.
 *
 * @param kind       as in {@link EvidenceRule#kind()}
 * @param ref        as in {@link EvidenceRule#ref()}
 * @param schoolYear e.g. "2024-2025"
 * @param location   a location, or {@link #ALL_LOCATIONS} for the total
 * @param value      the value; NaN means not computable
 * @param n          the number of observations behind it (respondents, parents, contacts); 0 = none
 */
public record EvidenceValue(String kind, String ref, String schoolYear, String location, double value, int n) {
    /** The location label of the total over all locations. */
    public static final String ALL_LOCATIONS = "Alle locaties";

    /** Usable as evidence: a finite value based on at least one observation. */
    public boolean available() {
        return Double.isFinite(value) && n > 0;
    }
}
