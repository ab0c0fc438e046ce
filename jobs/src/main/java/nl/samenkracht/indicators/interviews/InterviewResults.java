package nl.samenkracht.indicators.interviews;

import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SourceFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * What the interview stage produced, as typed results ({@code report.tables.InterviewTables} lays them out).
 *
 * @param codes        per school year × wave × role (and "Alle rollen") × code at every level of the code
 *                     tree, all locations together, in table order (year, role, code, wave)
 * @param cooccurrence pairs of (full) codes per school year × wave, in table order
 * @param examples     at most 3 example passages per school year × wave × code, in table order (none unless
 *                     privacy.include_free_text)
 * @param accounts     row accounting per interview file (source "interviews")
 * @param segments     canonical segments for data/interview_segments (text null unless include_free_text)
 * @param rejects      rejected records in the shape of {@link nl.samenkracht.model.Schemas#REJECTS}
 * @param evidence     interview_code evidence per school year × location (incl. "Alle locaties"): share
 *                     of interviewed respondents mentioning the code, in the evidence wave
 * @param sources      the files read, for the inputs sheet and run.json
 * @param reading      what was read, for the methods text (worded in {@code report.methods.InterviewMethods})
 */
public record InterviewResults(List<CodeCount> codes, List<CodePair> cooccurrence, List<InterviewExample> examples,
                               List<RowAccount> accounts, Dataset<Row> segments, Dataset<Row> rejects,
                               List<EvidenceValue> evidence, List<SourceFile> sources, InterviewReading reading) {
    public InterviewResults {
        codes = List.copyOf(codes);
        cooccurrence = List.copyOf(cooccurrence);
        examples = List.copyOf(examples);
        accounts = List.copyOf(accounts);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
    }

    /** True when the study has no interviews: nothing to report. */
    public boolean isEmpty() {
        return sources.isEmpty();
    }
}
