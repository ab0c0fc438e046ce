package nl.samenkracht.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a record (or one cell of a kept record) was not used as read: the one typed reason of every
 * source's row interpretation and duplicate rules, and the key of the row accounting. Ingest emits
 * the constant (in Spark as its {@link #code()}); the terminal and {@code validate} say it in English
 * from here ({@link #count}); the Dutch a school reads in {@code tables/rejects.csv} and the
 * workbooks is the report's ({@code report.RejectReasonText}), never a lookup by text.
 * The value-carrying detail of a reject ("zelfde als rij 12 in X.csv") is not a reason: it stays text.
 */
public enum RejectReason {
    // --- a record that does not fit, or lacks who or when
    /** A record with another number of fields than the header (surveys, contact logs, rosters). */
    FIELD_COUNT("row with another number of fields than the header", "rows with another number of fields than the header"),
    /** An interview export's record with another number of fields than the header (the interview readers' own label). */
    INTERVIEW_FIELD_COUNT("row with another number of fields than the header", "rows with another number of fields than the header"),
    NO_RESPONDENT("row without a respondent id", "rows without a respondent id"),
    NO_DATE("row without a date", "rows without a date"),
    UNREADABLE_DATE("row with an unreadable date", "rows with an unreadable date"),
    IMPOSSIBLE_DATE("row with a date that does not exist", "rows with a date that does not exist"),
    INVALID_SCHOOL_YEAR("row with an unreadable school year", "rows with an unreadable school year"),
    DATE_OUTSIDE_STUDY("row dated outside the study's school years", "rows dated outside the study's school years"),
    SCHOOL_YEAR_OUTSIDE_STUDY("row in a school year outside the study", "rows in a school year outside the study"),
    NO_START_DATE("row without a start date", "rows without a start date"),
    UNREADABLE_START_DATE("row with an unreadable start date", "rows with an unreadable start date"),
    IMPOSSIBLE_START_DATE("row with a start date that does not exist", "rows with a start date that does not exist"),
    NO_WAVE("row without a wave", "rows without a wave"),
    NO_LOCATION("row without a location", "rows without a location"),
    UNKNOWN_LOCATION("row with a location that is not in study.yaml", "rows with a location that is not in study.yaml"),
    NO_ANSWERS("row without any answer", "rows without any answer"),
    // --- contact logs and rosters
    NO_CONTACT_TYPE("row without a contact type", "rows without a contact type"),
    UNKNOWN_CONTACT_TYPE("row with a contact type not in values.type", "rows with a contact type not in values.type"),
    NO_PUPIL_OR_PARENT("row without a pupil or parent", "rows without a pupil or parent"),
    NO_NEW_COLLEAGUE("row without a new colleague", "rows without a new colleague"),
    NO_PARTNER("row without a partner", "rows without a partner"),
    // --- interview segments
    NO_TEXT("segment without text", "segments without text"),
    NO_CODE("segment without a code", "segments without a code"),
    UNKNOWN_CODE("segment with an unknown code reference", "segments with an unknown code reference"),
    NOT_A_TEXT_SELECTION("selection that is not a text selection", "selections that are not text selections"),
    CONFLICTING_DOCUMENT_GROUPS("segment whose document groups contradict each other", "segments whose document groups contradict each other"),
    SOURCE_TEXT_MISSING("selection whose source text is missing from the .qdpx file", "selections whose source text is missing from the .qdpx file"),
    INVALID_SELECTION("selection with positions outside its source text", "selections with positions outside their source text"),
    // --- duplicate rules
    DUPLICATE_SUBMISSION("earlier submission of a respondent who submitted again (the latest counts)",
            "earlier submissions of respondents who submitted again (the latest counts)"),
    DUPLICATE_ROW("row that repeats an earlier row", "rows that repeat an earlier row"),
    DUPLICATE_ON_ROSTER("roster entry listed twice for a school year", "roster entries listed twice for a school year"),
    // --- cell issues: the row is kept, the cell counts as missing (or, for the roster, is flagged)
    UNKNOWN_ANSWER("answer not on the item's answer scale", "answers not on the items' answer scales"),
    UNKNOWN_CHANNEL("channel not in values.channel", "channels not in values.channel"),
    UNKNOWN_INITIATOR("initiator not in values.initiator", "initiators not in values.initiator"),
    UNKNOWN_TONE("tone not in values.tone", "tones not in values.tone"),
    UNKNOWN_CHILD_PRESENT("'child present' value not in values.child_present", "'child present' values not in values.child_present"),
    INVALID_ATTENDANCE("attendance that is not a whole number of 0 or more", "attendances that are not whole numbers of 0 or more"),
    NOT_ON_ROSTER("contact with someone who is not on the roster", "contacts with someone who is not on the roster"),
    // --- records without data (skipped, not read) and incomplete submissions (counted apart)
    EMPTY_ROW("empty row", "empty rows"),
    HEADER_ROW("repeated header row", "repeated header rows"),
    UNFINISHED("unfinished submission", "unfinished submissions"),
    EMPTY_SUBMISSION("submission without any answer", "submissions without any answer");

    private final String one;
    private final String many;

    RejectReason(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** The value of a Spark reason column: the constant's name, stable whatever the wording. */
    public String code() {
        return name();
    }

    /** The reason of a Spark reason column ({@link #code()}); null for null. */
    public static RejectReason of(String code) {
        return code == null ? null : valueOf(code);
    }

    /** English for the terminal: "3 rows without a respondent id", "1 empty row". */
    public String count(long n) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Every reason of a count by reason, in the map's order, joined: "3 rows without a respondent id, 1 row without a date". */
    public static String counts(Map<RejectReason, Long> byReason) {
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, n) -> parts.add(reason.count(n)));
        return String.join(", ", parts);
    }

    /** The same problem with a roster's start date instead of a contact's date. */
    public RejectReason ofStartDate() {
        return switch (this) {
            case NO_DATE -> NO_START_DATE;
            case UNREADABLE_DATE -> UNREADABLE_START_DATE;
            case IMPOSSIBLE_DATE -> IMPOSSIBLE_START_DATE;
            default -> throw new IllegalArgumentException("not a date reason: " + this);
        };
    }
}
