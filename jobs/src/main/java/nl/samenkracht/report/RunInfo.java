package nl.samenkracht.report;

import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.ingest.survey.SurveyCompletion;
import nl.samenkracht.model.Codebook;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * What every report states about the run that made it.
 *
 * @param completion opened, finished and incomplete questionnaires per instrument × school year × wave × location
 */
public record RunInfo(Study study, String version, String startedAt, String configSha256, Codebook codebook,
                      List<SourceFile> sources, List<RowAccount> accounts, Table rejects, List<String> schoolYears,
                      List<SurveyCompletion> completion) {
    /** A run without survey completion figures (reports that do not show them). */
    public RunInfo(Study study, String version, String startedAt, String configSha256, Codebook codebook,
                   List<SourceFile> sources, List<RowAccount> accounts, Table rejects, List<String> schoolYears) {
        this(study, version, startedAt, configSha256, codebook, sources, accounts, rejects, schoolYears, List.of());
    }
}
