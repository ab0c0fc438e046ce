package nl.samenkracht.coverage;

import java.util.List;

/**
 * How one piece of evidence counts for a factor: the value the pipeline computes for {@code kind}
 * and {@code ref} is compared with {@code target}.
 *
 * <p>Ref conventions, per kind:
 * <ul>
 *   <li>{@code survey_scale}: {@code instrument/scale}, e.g. {@code inwerken/structuur}</li>
 *   <li>{@code survey_item}: {@code instrument/item}, e.g. {@code inwerken/str1}</li>
 *   <li>{@code contact_indicator}: {@code contact:<indicator>}, one of {@link ContactIndicators#names()}</li>
 *   <li>{@code interview_code}: {@code code:<code path>}, e.g. {@code code:Behoeften\Houvast}</li>
 *   <li>{@code kotter_phase}: {@code kotter:<phase 1..8>}, from the study's Kotter log</li>
 * </ul>
 * The value's meaning (a mean scale score, a share, a percentage of respondents mentioning a
 * code) is fixed by whoever produces the {@link EvidenceValue}; the target must be on that scale.
 *
 * @param kind       survey_scale | survey_item | contact_indicator | interview_code
 * @param ref        what is measured, see above
 * @param comparison at_least (value ≥ target is good) | at_most (value ≤ target is good)
 * @param target     the norm
 * @param label      Dutch label of the evidence for reports; null or blank → {@link #displayLabel()}
 */
public record EvidenceRule(String kind, String ref, String comparison, double target, String label) {
    public static final String SURVEY_SCALE = "survey_scale";
    public static final String SURVEY_ITEM = "survey_item";
    public static final String CONTACT_INDICATOR = "contact_indicator";
    public static final String INTERVIEW_CODE = "interview_code";
    /** A phase of the Kotter log (coverage.kotter_log): ref {@code kotter:1} … {@code kotter:8}; see {@link KotterEvidence}. */
    public static final String KOTTER_PHASE = "kotter_phase";
    public static final List<String> KINDS = List.of(SURVEY_SCALE, SURVEY_ITEM, CONTACT_INDICATOR, INTERVIEW_CODE, KOTTER_PHASE);

    public static final String AT_LEAST = "at_least";
    public static final String AT_MOST = "at_most";
    public static final List<String> COMPARISONS = List.of(AT_LEAST, AT_MOST);

    /**
     * Shares are computed as ratios of counts, so a value that is "exactly" the target may differ
     * from it in the last bits (e.g. 0.1 + 0.2); such a value counts as meeting the target.
     */
    static final double TOLERANCE = 1e-9;

    /** Whether {@code value} meets the target under this rule's comparison. */
    public boolean meets(double value) {
        if (AT_MOST.equals(comparison)) return value <= target + TOLERANCE;
        return value >= target - TOLERANCE;
    }

    /** Whether both rules measure the same thing (same kind and ref), whatever their target. */
    public boolean sameEvidenceAs(EvidenceRule other) {
        return kind.equals(other.kind) && ref.equals(other.ref);
    }

    /** The label for reports: the given label, else the built-in label of a contact indicator, else the ref. */
    public String displayLabel() {
        if (label != null && !label.isBlank()) return label.strip();
        if (CONTACT_INDICATOR.equals(kind)) {
            String builtIn = ContactIndicators.label(ref);
            if (builtIn != null) return builtIn;
        }
        if (ref != null && (ref.startsWith("code:") || ref.startsWith("contact:"))) return ref.substring(ref.indexOf(':') + 1);
        return ref == null ? "" : ref;
    }
}
