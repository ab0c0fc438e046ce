package nl.samenkracht.config;

/**
 * One explicit evidence rule of a study, under {@code coverage.mappings:}: the value the pipeline
 * computes for {@code kind}/{@code ref} counts as evidence for {@code factor} when it meets
 * {@code target}.
 *
 * @param factor     {@code framework/factor}, e.g. {@code inwerken/behoefte-houvast}
 * @param kind       survey_scale | survey_item | interview_code | contact_indicator
 * @param ref        survey: {@code instrument/scale} or {@code instrument/item} (value = share agree);
 *                   interview: {@code code:Behoeften\Houvast} (value = share of interviewed respondents
 *                   mentioning the code); contact: {@code contact:<indicator>} (a share)
 * @param comparison at_least (default) | at_most
 * @param target     the norm, on the value's scale (all values are shares 0..1)
 * @param label      Dutch label of the evidence in reports (default: derived from the ref)
 */
public record MappingConfig(String factor, String kind, String ref, String comparison, Double target, String label) {
    public MappingConfig {
        if (comparison == null) comparison = "at_least";
    }
}
