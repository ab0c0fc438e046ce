package nl.samenkracht.config;

import java.util.List;
import java.util.Map;

/** The whole of a study.yaml (config version 1). Field by field in docs/config-reference.md. */
public record StudyConfig(Integer version, StudyInfo study, String output, PrivacyConfig privacy,
                          OptionsConfig options, List<String> locations, Map<String, AnswerScaleConfig> answerScales,
                          List<InstrumentConfig> instruments, List<SurveyConfig> surveys,
                          List<InterviewConfig> interviews, CoverageConfig coverage,
                          nl.samenkracht.ingest.contacts.ContactsConfig contacts, DesignConfig design,
                          ReportConfig report) {
    /** Without a {@code design:} (the form every caller used before the key existed). */
    public StudyConfig(Integer version, StudyInfo study, String output, PrivacyConfig privacy, OptionsConfig options,
                       List<String> locations, Map<String, AnswerScaleConfig> answerScales,
                       List<InstrumentConfig> instruments, List<SurveyConfig> surveys, List<InterviewConfig> interviews,
                       CoverageConfig coverage, nl.samenkracht.ingest.contacts.ContactsConfig contacts) {
        this(version, study, output, privacy, options, locations, answerScales, instruments, surveys, interviews,
                coverage, contacts, null, null);
    }

    /** Without a {@code report:} (the form every caller used before the key existed). */
    public StudyConfig(Integer version, StudyInfo study, String output, PrivacyConfig privacy, OptionsConfig options,
                       List<String> locations, Map<String, AnswerScaleConfig> answerScales,
                       List<InstrumentConfig> instruments, List<SurveyConfig> surveys, List<InterviewConfig> interviews,
                       CoverageConfig coverage, nl.samenkracht.ingest.contacts.ContactsConfig contacts, DesignConfig design) {
        this(version, study, output, privacy, options, locations, answerScales, instruments, surveys, interviews,
                coverage, contacts, design, null);
    }

    public StudyConfig {
        if (design == null) design = DesignConfig.NONE;
        if (report == null) report = ReportConfig.DEFAULT;
        if (contacts == null) contacts = nl.samenkracht.ingest.contacts.ContactsConfig.NONE;
        if (locations == null) locations = List.of();
        if (version == null) version = 1;
        if (privacy == null) privacy = PrivacyConfig.DEFAULT;
        if (options == null) options = OptionsConfig.DEFAULT;
        if (answerScales == null) answerScales = Map.of();
        if (instruments == null) instruments = List.of();
        if (surveys == null) surveys = List.of();
        if (interviews == null) interviews = List.of();
        if (coverage == null) coverage = CoverageConfig.DEFAULT;
    }

    public InstrumentConfig instrument(String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
