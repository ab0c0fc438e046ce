package nl.samenkracht.run;

import nl.samenkracht.ingest.frontend.RowKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal's English for the row accounting's reasons. The reasons themselves are the Dutch labels of
 * the data-quality sheet and rejects table ("geen respondent"); on the terminal a run says
 * "3 rows without a respondent id". A reason without an entry here (a new one, or a reader's own
 * category) is shown with its Dutch label quoted, as the user will find it in the workbook.
 */
final class ReasonText {
    private ReasonText() {}

    /** Count phrases: {one, many}, with %d for the count. */
    private static final Map<String, String[]> PHRASES = Map.ofEntries(
            phrase("geen respondent", "row without a respondent id", "rows without a respondent id"),
            phrase("dubbele inzending", "earlier submission of a respondent who submitted again (the latest counts)",
                    "earlier submissions of respondents who submitted again (the latest counts)"),
            phrase("dubbele rij", "row that repeats an earlier row", "rows that repeat an earlier row"),
            phrase("rij past niet bij de kop", "row with another number of fields than the header",
                    "rows with another number of fields than the header"),
            phrase("verkeerd aantal velden", "row with another number of fields than the header",
                    "rows with another number of fields than the header"),
            phrase("geen meting", "row without a wave", "rows without a wave"),
            phrase("geen locatie", "row without a location", "rows without a location"),
            phrase("onbekende locatie", "row with a location that is not in study.yaml", "rows with a location that is not in study.yaml"),
            phrase("geen antwoorden", "row without any answer", "rows without any answer"),
            phrase("geen datum", "row without a date", "rows without a date"),
            phrase("onleesbare datum", "row with an unreadable date", "rows with an unreadable date"),
            phrase("onmogelijke datum", "row with a date that does not exist", "rows with a date that does not exist"),
            phrase("ongeldig schooljaar", "row with an unreadable school year", "rows with an unreadable school year"),
            phrase("datum buiten de schooljaren van het onderzoek", "row dated outside the study's school years",
                    "rows dated outside the study's school years"),
            phrase("schooljaar buiten het onderzoek", "row in a school year outside the study", "rows in a school year outside the study"),
            phrase("geen startdatum", "row without a start date", "rows without a start date"),
            phrase("onleesbare startdatum", "row with an unreadable start date", "rows with an unreadable start date"),
            phrase("onmogelijke startdatum", "row with a start date that does not exist", "rows with a start date that does not exist"),
            phrase("ontbreekt in de lijst", "contact with someone who is not on the roster", "contacts with someone who is not on the roster"),
            phrase("geen soort contact", "row without a contact type", "rows without a contact type"),
            phrase("onbekende soort contact", "row with a contact type not in values.type", "rows with a contact type not in values.type"),
            phrase("geen leerling/ouder", "row without a pupil or parent", "rows without a pupil or parent"),
            phrase("geen nieuwe collega", "row without a new colleague", "rows without a new colleague"),
            phrase("geen partner", "row without a partner", "rows without a partner"),
            phrase("geen tekst", "segment without text", "segments without text"),
            phrase("geen code", "segment without a code", "segments without a code"),
            phrase("onbekende code", "segment with an unknown code reference", "segments with an unknown code reference"),
            phrase("geen tekstselectie", "selection that is not a text selection", "selections that are not text selections"),
            phrase("tegenstrijdige documentgroepen", "segment whose document groups contradict each other",
                    "segments whose document groups contradict each other"),
            phrase(RowKind.EMPTY_ROW, "empty row", "empty rows"),
            phrase(RowKind.HEADER_ROW, "repeated header row", "repeated header rows"),
            phrase(RowKind.UNFINISHED, "unfinished submission", "unfinished submissions"),
            phrase(RowKind.EMPTY_SUBMISSION, "submission without any answer", "submissions without any answer"));

    private static Map.Entry<String, String[]> phrase(String reason, String one, String many) {
        return Map.entry(reason, new String[]{one, many});
    }

    /** "3 rows without a respondent id" for one reason and its count. */
    static String of(String reason, long n) {
        String[] p = PHRASES.get(reason == null ? "" : reason.toLowerCase(Locale.ROOT));
        if (p == null) return n + (n == 1 ? " row" : " rows") + " '" + reason + "'";
        return n + " " + (n == 1 ? p[0] : p[1]);
    }

    /** Every reason of a count by reason, joined: "3 rows without a respondent id, 1 row without a date". */
    static String of(Map<String, Long> byReason) {
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, n) -> parts.add(of(reason, n)));
        return String.join(", ", parts);
    }
}
