package nl.samenkracht.report;

import nl.samenkracht.canonical.RejectReason;
import org.apache.spark.sql.Column;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The Dutch a school reads for a {@link RejectReason}: the reason column of {@code tables/rejects.csv},
 * {@code rejects_by_reason.csv} and the data-quality sheet (output contract: these words do not change
 * without the contract). Ingest never writes them; the run words its rejects here, once, at the edge.
 * The switch has no default, so a new reason does not compile without its Dutch.
 */
public final class RejectReasonText {
    private RejectReasonText() {}

    public static String dutch(RejectReason reason) {
        return switch (reason) {
            case FIELD_COUNT -> "rij past niet bij de kop";
            case INTERVIEW_FIELD_COUNT -> "verkeerd aantal velden";
            case NO_RESPONDENT -> "geen respondent";
            case NO_DATE -> "geen datum";
            case UNREADABLE_DATE -> "onleesbare datum";
            case IMPOSSIBLE_DATE -> "onmogelijke datum";
            case INVALID_SCHOOL_YEAR -> "ongeldig schooljaar";
            case DATE_OUTSIDE_STUDY -> "datum buiten de schooljaren van het onderzoek";
            case SCHOOL_YEAR_OUTSIDE_STUDY -> "schooljaar buiten het onderzoek";
            case NO_START_DATE -> "geen startdatum";
            case UNREADABLE_START_DATE -> "onleesbare startdatum";
            case IMPOSSIBLE_START_DATE -> "onmogelijke startdatum";
            case NO_WAVE -> "geen meting";
            case NO_LOCATION -> "geen locatie";
            case UNKNOWN_LOCATION -> "onbekende locatie";
            case NO_ANSWERS -> "geen antwoorden";
            case NO_CONTACT_TYPE -> "geen soort contact";
            case UNKNOWN_CONTACT_TYPE -> "onbekende soort contact";
            case NO_PUPIL_OR_PARENT -> "geen leerling/ouder";
            case NO_NEW_COLLEAGUE -> "geen nieuwe collega";
            case NO_PARTNER -> "geen partner";
            case NO_TEXT -> "geen tekst";
            case NO_CODE -> "geen code";
            case UNKNOWN_CODE -> "onbekende code";
            case NOT_A_TEXT_SELECTION -> "geen tekstselectie";
            case CONFLICTING_DOCUMENT_GROUPS -> "tegenstrijdige documentgroepen";
            case SOURCE_TEXT_MISSING -> "brontekst ontbreekt";
            case INVALID_SELECTION -> "ongeldige selectie";
            case DUPLICATE_SUBMISSION -> "dubbele inzending";
            case DUPLICATE_ROW -> "dubbele rij";
            case DUPLICATE_ON_ROSTER -> "dubbel in de lijst";
            case UNKNOWN_ANSWER -> "onbekend antwoord";
            case UNKNOWN_CHANNEL -> "onbekend kanaal";
            case UNKNOWN_INITIATOR -> "onbekend initiatief";
            case UNKNOWN_TONE -> "onbekende toon";
            case UNKNOWN_CHILD_PRESENT -> "onbekende waarde voor kind aanwezig";
            case INVALID_ATTENDANCE -> "ongeldig aantal aanwezigen";
            case NOT_ON_ROSTER -> "ontbreekt in de lijst";
            case EMPTY_ROW -> "lege rij";
            case HEADER_ROW -> "kopregel herhaald";
            case UNFINISHED -> "onvolledig";
            case EMPTY_SUBMISSION -> "lege inzending";
        };
    }

    /** The order in which the data-quality sheet lists reasons (by their Dutch); the terminal follows it. */
    public static final Comparator<RejectReason> ORDER = Comparator.comparing(RejectReasonText::dutch);

    /**
     * A Spark column of {@link RejectReason#code()}s worded in Dutch (a null stays null): the run's
     * rejects are worded by this before they are sorted, listed and stored in {@code data/rejects}.
     */
    public static Column dutch(Column code) {
        Column worded = null;
        for (RejectReason r : RejectReason.values()) {
            Column hit = code.equalTo(lit(r.code()));
            worded = worded == null ? when(hit, lit(dutch(r))) : worded.when(hit, lit(dutch(r)));
        }
        return worded;
    }

    /** A count by reason keyed by its Dutch, in the sheet's order (run.json, rejects_by_reason). */
    public static Map<String, Long> dutch(Map<RejectReason, Long> byReason) {
        Map<String, Long> out = new TreeMap<>();
        byReason.forEach((r, n) -> out.merge(dutch(r), n, Long::sum));
        return out;
    }

    /** A count by reason in the sheet's order. */
    public static Map<RejectReason, Long> ordered(Map<RejectReason, Long> byReason) {
        Map<RejectReason, Long> out = new TreeMap<>(ORDER);
        out.putAll(byReason);
        return out;
    }
}
