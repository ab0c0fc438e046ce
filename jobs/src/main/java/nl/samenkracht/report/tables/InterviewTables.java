package nl.samenkracht.report.tables;

import nl.samenkracht.indicators.interviews.CodeCount;
import nl.samenkracht.indicators.interviews.CodePair;
import nl.samenkracht.indicators.interviews.InterviewExample;
import nl.samenkracht.indicators.interviews.InterviewResults;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.report.tables.TableBuilder.Col;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/** The interview stage's results as report tables (interview_codes, interview_cooccurrence, interview_examples). */
public final class InterviewTables {
    public static final String SHEET_CODES = "Interviewcodes";
    public static final String SHEET_COOCCURRENCE = "Codes samen";
    public static final String SHEET_EXAMPLES = "Interviewfragmenten";
    /** The table of literal passages: researcher workbook only, never a CSV file. */
    public static final String EXAMPLES_ID = "interview_examples";

    static final Col[] CODES = {Col.s("school_year"), Col.s("wave"), Col.s("role"), Col.i("level"), Col.s("code"),
            Col.l("segments"), Col.l("respondents"), Col.l("interviewed"), Col.d("share")};
    static final Col[] COOCCURRENCE = {Col.s("school_year"), Col.s("wave"), Col.s("code_a"), Col.s("code_b"),
            Col.l("same_segment"), Col.l("same_respondent")};
    static final Col[] EXAMPLES = {Col.s("school_year"), Col.s("wave"), Col.s("code"), Col.s("respondent"),
            Col.s("location"), Col.s("role"), Col.s("text"), Col.s("file"), Col.i("row")};

    private InterviewTables() {}

    /** The tables for the research workbook; examples only when there are any (include_free_text). */
    public static List<ReportTable> reportTables(InterviewResults results) {
        List<ReportTable> out = new ArrayList<>();
        out.add(new ReportTable("interview_codes", SHEET_CODES, "Per code en per niveau van de codeboom (een hoofdcode telt"
                + " ook de fragmenten van haar subcodes): fragmenten, respondenten die de code noemen, geïnterviewde"
                + " respondenten (met ten minste één gecodeerd fragment in die meting en rol) en het aandeel. Alle locaties samen.",
                codes(results)));
        out.add(new ReportTable("interview_cooccurrence", SHEET_COOCCURRENCE, "Paren van codes per meting: same_segment ="
                + " fragmenten met beide codes; same_respondent = respondenten die beide codes noemen (in die meting).",
                cooccurrence(results)));
        if (!results.examples().isEmpty())
            out.add(new ReportTable(EXAMPLES_ID, SHEET_EXAMPLES, "Ten hoogste drie fragmenten per code en meting,"
                    + " zoveel mogelijk van verschillende respondenten, vast gekozen (dezelfde bij een herhaalde run)."
                    + " Alleen voor de onderzoeker: bevat letterlijke tekst.", examples(results)));
        return out;
    }

    /** tables/interview_codes.csv. */
    public static Table codes(InterviewResults results) {
        TableBuilder t = new TableBuilder("interview_codes", CODES);
        for (CodeCount c : results.codes())
            t.row(c.schoolYear(), c.wave(), c.role(), c.level(), c.code(), c.segments(), c.respondents(), c.interviewed(),
                    c.share());
        return t.table();
    }

    /** tables/interview_cooccurrence.csv. */
    public static Table cooccurrence(InterviewResults results) {
        TableBuilder t = new TableBuilder("interview_cooccurrence", COOCCURRENCE);
        for (CodePair p : results.cooccurrence())
            t.row(p.schoolYear(), p.wave(), p.codeA(), p.codeB(), p.sameSegment(), p.sameRespondent());
        return t.table();
    }

    /** The example passages (workbook only). */
    public static Table examples(InterviewResults results) {
        TableBuilder t = new TableBuilder("interview_examples", EXAMPLES);
        for (InterviewExample e : results.examples())
            t.row(e.schoolYear(), e.wave(), e.code(), e.respondent(), e.location(), e.role(), e.text(), e.file(), e.row());
        return t.table();
    }
}
