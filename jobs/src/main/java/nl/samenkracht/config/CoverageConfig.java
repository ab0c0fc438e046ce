package nl.samenkracht.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Success-factor coverage, under {@code coverage:} in study.yaml. Field by field in
 * docs/config-reference.md ("coverage").
 *
 * <p>Survey evidence needs no mapping here: every scale or item with {@code factors:} gives
 * evidence for those factors, with value = share agree (the top two answer options; for a scale
 * score, a score at or above the answer scale's agree threshold) and target
 * {@link #surveyTarget()} (at_least), unless {@link #surveyTargets()} names its own.
 *
 * @param frameworks     framework ids to report; default: every framework (built-in or user) with
 *                       evidence in this run
 * @param userFrameworks framework YAML files or folders, relative to the study folder
 * @param mappings       explicit evidence rules (interview codes, contact indicators, survey
 *                       measures with their own comparison or label)
 * @param surveyTarget   target share agree for scales/items mapped through {@code factors:}; default 0.6
 * @param surveyTargets  {@code instrument/scale} or {@code instrument/item} → its own target share agree
 * @param surveyGroup    respondent group the survey evidence describes (a value of the survey's
 *                       {@code group}, e.g. "nieuw"); default all respondents
 * @param wave           wave whose values count as the school year's evidence; default the post wave
 *                       (options.post_wave) when the school year has one, else the pre wave
 * @param kotterLog      optional Kotter activity log
 */
public record CoverageConfig(List<String> frameworks, List<String> userFrameworks, List<MappingConfig> mappings,
                             Double surveyTarget, Map<String, Double> surveyTargets, String surveyGroup, String wave,
                             KotterLogConfig kotterLog) {
    public static final double DEFAULT_SURVEY_TARGET = 0.6;
    public static final CoverageConfig DEFAULT = new CoverageConfig(null, null, null, null, null, null, null, null);

    public CoverageConfig {
        if (frameworks == null) frameworks = List.of();
        if (userFrameworks == null) userFrameworks = List.of();
        if (mappings == null) mappings = List.of();
        if (surveyTarget == null) surveyTarget = DEFAULT_SURVEY_TARGET;
        surveyTargets = surveyTargets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(surveyTargets));
        if (surveyTarget < 0 || surveyTarget > 1)
            throw new ConfigException("coverage.survey_target is a share agree between 0 and 1 (0.6 = 60%), got " + surveyTarget);
    }
}
