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
    MSFORMS_EN("Microsoft Forms (English)", 1, "Completion time", List.of("ID", "Start time", "Completion time", "Email", "Name", "Last modified time")),
    MSFORMS_NL("Microsoft Forms (Nederlands)", 1, "Tijd van voltooien", List.of("ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Tijd van laatste wijziging")),
    GOOGLE_FORMS("Google Forms", 1, "Timestamp", List.of("Timestamp", "Tijdstempel", "Email Address", "E-mailadres")),
    QUALTRICS("Qualtrics", 3, "EndDate", List.of("StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage")),
    // The legacy Qualtrics export: a row of V1…V10 names (V8 = StartDate, V9 = EndDate), then a
    // row of labels/question texts that is not data.
    QUALTRICS_LEGACY("Qualtrics (legacy)", 2, "V9", List.of("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10")),
    LIMESURVEY("LimeSurvey", 1, "submitdate", List.of("id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "token")),
    // LimeSurvey with "full question text" headings ("Response ID", "Date submitted", …) or with
    // "code. text" headings ("submitdate. Date submitted"); the submission column is found in the header.
    LIMESURVEY_TEXT("LimeSurvey (question texts)", 1, "Date submitted", List.of("Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started", "Date last action", "IP address", "Referrer URL", "Token")),
    PLAIN("CSV/XLSX", 1, null, List.of());

    public final String label;
    public final int headerRows;
    public final String submittedAtColumn;
    public final List<String> metadataColumns;

    ExportLayout(String label, int headerRows, String submittedAtColumn, List<String> metadataColumns) {
        this.label = label;
        this.headerRows = headerRows;
        this.submittedAtColumn = submittedAtColumn;
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
        if (this == LIMESURVEY_TEXT)
            for (String h : header) {
                String n = AnswerScale.normalise(h);
                if (n.equals("date submitted") || n.endsWith(". date submitted")) return h;
            }
        return submittedAtColumn;
    }
}
