package nl.samenkracht.ingest.survey;

import nl.samenkracht.model.AnswerScale;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The questionnaire tools' export layouts, recognised by their fixed metadata headers so that
 * {@code format: auto} knows where the data start and which column holds the submission time.
 */
public enum ExportLayout {
    MSFORMS_EN("Microsoft Forms (English)", 1, "Completion time", "Start time", Completion.NONE, null,
            List.of("ID", "Start time", "Completion time", "Email", "Name", "Last modified time")),
    MSFORMS_NL("Microsoft Forms (Nederlands)", 1, "Tijd van voltooien", "Begintijd", Completion.NONE, null,
            List.of("ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Tijd van laatste wijziging")),
    GOOGLE_FORMS("Google Forms", 1, "Timestamp", null, Completion.NONE, null, List.of("Timestamp", "Tijdstempel", "Email Address", "E-mailadres")),
    // Qualtrics records unfinished responses too ("Finished" = False, or 0 when exported as values).
    QUALTRICS("Qualtrics", 3, "EndDate", "StartDate", Completion.FINISHED_FLAG, "Finished",
            List.of("StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
                    "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude",
                    "LocationLongitude", "DistributionChannel", "UserLanguage")),
    // The legacy Qualtrics export: a row of V1…V10 names (V8 = StartDate, V9 = EndDate, V10 = Finished),
    // then a row of labels/question texts that is not data.
    QUALTRICS_LEGACY("Qualtrics (legacy)", 2, "V9", "V8", Completion.FINISHED_FLAG, "V10",
            List.of("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10")),
    // LimeSurvey exports incomplete responses with an empty submission date (submitdate).
    LIMESURVEY("LimeSurvey", 1, "submitdate", "startdate", Completion.SUBMISSION_DATE, "submitdate",
            List.of("id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "token")),
    // LimeSurvey with "full question text" headings ("Response ID", "Date submitted", …) or with
    // "code. text" headings ("submitdate. Date submitted"); the metadata columns are found in the header.
    LIMESURVEY_TEXT("LimeSurvey (question texts)", 1, "Date submitted", "Date started", Completion.SUBMISSION_DATE, "Date submitted",
            List.of("Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started", "Date last action",
                    "IP address", "Referrer URL", "Token")),
    // Any other table (a hand-made sheet, a tool not listed, a contact log, a roster): the configured columns are read.
    PLAIN("plain table", 1, null, null, Completion.NONE, null, List.of());

    /**
     * How a tool marks a submission that was started but not finished (issue 15: such a row is
     * counted as incomplete, not rejected). Every row of a tool without one is a submission.
     */
    public enum Completion {
        /** Every row is a submitted questionnaire (MS Forms, Google Forms, a plain table). */
        NONE,
        /** Unfinished when the submission-date column is empty (LimeSurvey). */
        SUBMISSION_DATE,
        /** Unfinished when the Finished column says False or 0 (Qualtrics, as choice text or as values). */
        FINISHED_FLAG;

        /** Whether the completion column's cell marks the submission as unfinished. */
        public boolean unfinished(String cell) {
            return switch (this) {
                case NONE -> false;
                case SUBMISSION_DATE -> cell == null || cell.isBlank();
                case FINISHED_FLAG -> cell != null && switch (cell.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "0", "false", "onwaar" -> true;
                    default -> false;
                };
            };
        }
    }

    public final String label;
    public final int headerRows;
    public final String submittedAtColumn;
    /** When the respondent opened the questionnaire: the school year of an unfinished submission, which has no submission date. */
    public final String startedAtColumn;
    public final Completion completion;
    /** The column {@link #completion} looks at; null for {@link Completion#NONE}. */
    public final String completionColumn;
    public final List<String> metadataColumns;

    ExportLayout(String label, int headerRows, String submittedAtColumn, String startedAtColumn, Completion completion,
                 String completionColumn, List<String> metadataColumns) {
        this.label = label;
        this.headerRows = headerRows;
        this.submittedAtColumn = submittedAtColumn;
        this.startedAtColumn = startedAtColumn;
        this.completion = completion;
        this.completionColumn = completionColumn;
        this.metadataColumns = metadataColumns;
    }

    public static ExportLayout detect(List<String> header) {
        Set<String> h = header.stream().map(AnswerScale::normalise).collect(Collectors.toSet());
        String first = header.isEmpty() ? "" : AnswerScale.normalise(header.get(0));
        if (h.contains("start time") && h.contains("completion time")) return MSFORMS_EN;
        if (h.contains("begintijd") && h.contains("tijd van voltooien")) return MSFORMS_NL;
        if (first.equals("timestamp") || first.equals("tijdstempel")) return GOOGLE_FORMS;
        if (h.contains("startdate") && h.contains("responseid")) return QUALTRICS;
        if (first.equals("v1") && h.containsAll(Set.of("v2", "v8", "v9", "v10"))) return QUALTRICS_LEGACY;
        if (h.contains("submitdate") && (h.contains("lastpage") || h.contains("startlanguage"))) return LIMESURVEY;
        if (limeText(h, "date submitted") && (limeText(h, "last page") || limeText(h, "start language"))) return LIMESURVEY_TEXT;
        return PLAIN;
    }

    /** A LimeSurvey heading given as its text, or as "code. text". */
    private static boolean limeText(Set<String> normalisedHeader, String text) {
        for (String h : normalisedHeader) if (h.equals(text) || h.endsWith(". " + text)) return true;
        return false;
    }

    /** The layout a configured format asks for; "auto" detects, "csv"/"xlsx" mean plain. */
    public static ExportLayout forFormat(String format, List<String> header) {
        return switch (format) {
            case "msforms" -> detect(header) == MSFORMS_NL ? MSFORMS_NL : MSFORMS_EN;
            case "googleforms" -> GOOGLE_FORMS;
            case "qualtrics" -> detect(header) == QUALTRICS_LEGACY ? QUALTRICS_LEGACY : QUALTRICS;
            case "limesurvey" -> detect(header) == LIMESURVEY_TEXT ? LIMESURVEY_TEXT : LIMESURVEY;
            case "csv", "xlsx" -> PLAIN;
            default -> detect(header);
        };
    }

    /** Google Forms exports its timestamp under the tenant's language. */
    public String submittedAtIn(List<String> header) {
        if (this == GOOGLE_FORMS && !header.isEmpty()) return header.get(0);
        return in(header, submittedAtColumn);
    }

    /** The start-time column as the file spells it, or null. */
    public String startedAtIn(List<String> header) {
        return in(header, startedAtColumn);
    }

    /** The completion column as the file spells it, or null. */
    public String completionColumnIn(List<String> header) {
        return in(header, completionColumn);
    }

    /** A metadata column's heading in this file: LimeSurvey's text headings may carry a "code. " prefix. */
    private String in(List<String> header, String column) {
        if (this == LIMESURVEY_TEXT && column != null) {
            String wanted = AnswerScale.normalise(column);
            for (String h : header) {
                String n = AnswerScale.normalise(h);
                if (n.equals(wanted) || n.endsWith(". " + wanted)) return h;
            }
        }
        return column;
    }
}
