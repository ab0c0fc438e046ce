package nl.samenkracht.indicators.interviews;

import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SourceFile;
import nl.samenkracht.report.model.ReportTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * What the interview stage produced.
 *
 * @param codes        tables/interview_codes.csv: per school year × wave × role (and "Alle rollen") ×
 *                     code at every level of the code tree: segments, respondents mentioning it,
 *                     respondents interviewed, share (all locations together)
 * @param cooccurrence tables/interview_cooccurrence.csv: pairs of (full) codes per school year × wave:
 *                     passages carrying both codes, respondents mentioning both
 * @param examples     tables/interview_examples.csv: at most 3 example passages per school year × wave ×
 *                     code (researcher workbook only; no rows unless privacy.include_free_text)
 * @param accounts     row accounting per interview file (source "interviews")
 * @param segments     canonical segments for data/interview_segments (text null unless include_free_text)
 * @param rejects      rejected records in the shape of {@link nl.samenkracht.model.Schemas#REJECTS}
 * @param evidence     interview_code evidence per school year × location (incl. "Alle locaties"): share
 *                     of interviewed respondents mentioning the code, in the evidence wave
 * @param sources      the files read, for the inputs sheet and run.json
 * @param methods      Dutch methods paragraphs
 */
public record InterviewResults(Table codes, Table cooccurrence, Table examples, List<RowAccount> accounts,
                               Dataset<Row> segments, Dataset<Row> rejects, List<EvidenceValue> evidence,
                               List<SourceFile> sources, List<String> methods) {
    public static final String SHEET_CODES = "Interviewcodes";
    public static final String SHEET_COOCCURRENCE = "Codes samen";
    public static final String SHEET_EXAMPLES = "Interviewfragmenten";

    public InterviewResults {
        accounts = List.copyOf(accounts);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        methods = List.copyOf(methods);
    }

    /** True when the study has no interviews: nothing to report. */
    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** The tables for the research workbook; examples only when there are any (include_free_text). */
    public List<ReportTable> reportTables() {
        List<ReportTable> out = new ArrayList<>();
        out.add(new ReportTable("interview_codes", SHEET_CODES, "Per code en per niveau van de codeboom (een hoofdcode telt"
                + " ook de fragmenten van haar subcodes): fragmenten, respondenten die de code noemen, geïnterviewde"
                + " respondenten (met ten minste één gecodeerd fragment in die meting en rol) en het aandeel. Alle locaties samen.",
                codes));
        out.add(new ReportTable("interview_cooccurrence", SHEET_COOCCURRENCE, "Paren van codes per meting: same_segment ="
                + " fragmenten met beide codes; same_respondent = respondenten die beide codes noemen (in die meting).",
                cooccurrence));
        if (examples.rowCount() > 0)
            out.add(new ReportTable("interview_examples", SHEET_EXAMPLES, "Ten hoogste drie fragmenten per code en meting,"
                    + " zoveel mogelijk van verschillende respondenten, vast gekozen (dezelfde bij een herhaalde run)."
                    + " Alleen voor de onderzoeker: bevat letterlijke tekst.", examples));
        return out;
    }
}
