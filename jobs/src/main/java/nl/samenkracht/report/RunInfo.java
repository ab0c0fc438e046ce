package nl.samenkracht.report;

import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.model.Codebook;
import tech.tablesaw.api.Table;

import java.util.List;

/** What every report states about the run that made it. */
public record RunInfo(Study study, String version, String startedAt, String configSha256, Codebook codebook,
                      List<SourceFile> sources, List<RowAccount> accounts, Table rejects, List<String> schoolYears) {}
