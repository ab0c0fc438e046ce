package nl.samenkracht.report;

import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.ingest.RowAccount;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Dutch methods paragraph, generated from what was actually run, so a researcher can paste
 * it into a report and it stays true when the options change.
 */
public final class MethodsText {
    private MethodsText() {}

    public static List<String> surveys(StudyConfig c, List<RowAccount> accounts, int instruments, int scales, int items) {
        long read = accounts.stream().mapToLong(RowAccount::read).sum();
        long accepted = accounts.stream().mapToLong(RowAccount::accepted).sum();
        long rejected = accounts.stream().mapToLong(RowAccount::rejected).sum();
        long incomplete = accounts.stream().mapToLong(RowAccount::incomplete).sum();
        String incompleteText = incomplete == 0 ? "" : String.format(Locale.ROOT,
                " %d %s niet afgemaakt of leeg ingestuurd; die zijn geteld (tabblad Respons en voltooiing) maar niet geanalyseerd.",
                incomplete, incomplete == 1 ? "vragenlijst was" : "vragenlijsten waren");
        List<String> p = new ArrayList<>();
        p.add(String.format(Locale.ROOT,
                "Gegevensverwerking. De vragenlijstgegevens (%d %s) zijn ingelezen uit %d exportbestand%s. Van de %d ingelezen rijen zijn er %d gebruikt en %d afgewezen; de redenen staan per bestand op het tabblad Datakwaliteit.%s "
                        + "Respondenten zijn bij het inlezen gepseudonimiseerd met een sleutel-hash (HMAC-SHA-256), zodat voor- en nameting gekoppeld kunnen worden zonder namen of e-mailadressen te bewaren. "
                        + "Had een respondent een meting meer dan eens ingevuld, dan telt de laatste inzending.",
                instruments, instruments == 1 ? "vragenlijst" : "vragenlijsten", accounts.size(), accounts.size() == 1 ? "" : "en",
                read, accepted, rejected, incompleteText));
        p.add(String.format(Locale.ROOT,
                "Scoring. Antwoorden zijn omgezet in getallen volgens de antwoordschaal van elk item (zie Codeboek); antwoorden als \"Weet ik niet\" tellen als ontbrekend. "
                        + "Negatief geformuleerde items zijn omgescoord als (minimum + maximum) − antwoord; deze ene regel geldt voor elke statistiek. "
                        + "Een schaalscore is het gemiddelde van de beantwoorde items van de schaal (%d schalen, %d items) en is alleen berekend als ten minste %s van de items van de schaal is beantwoord.",
                scales, items, pct(c.options().minAnsweredShare())));
        p.add("Beschrijvende statistiek. Per schaal en item zijn n, gemiddelde, standaardafwijking (n − 1), mediaan en kwartielen "
                + "(R-type 7) gegeven, en het percentage (helemaal) eens (de bovenste twee antwoordopties) en (helemaal) oneens (de onderste twee). "
                + "Likert-antwoorden zijn ordinaal: de grafieken tonen de verdeling over alle antwoordopties, gecentreerd op het neutrale midden.");
        return p;
    }

    /** Says what happened to free text (open answers, interview passages); nothing when none is included. */
    public static List<String> freeText(nl.samenkracht.config.PrivacyConfig privacy, boolean rosterNames) {
        if (!privacy.includeFreeText()) return List.of();
        if (!privacy.maskFreeText())
            return List.of("Vrije tekst. Open antwoorden en interviewfragmenten zijn opgenomen zoals ze zijn ingevuld (privacy: include_free_text: raw); "
                    + "ze kunnen namen, e-mailadressen of telefoonnummers bevatten.");
        return List.of("Vrije tekst. In open antwoorden en interviewfragmenten zijn e-mailadressen vervangen door [e-mail] en Nederlandse "
                + "telefoonnummers door [telefoon]" + (rosterNames ? ", en namen uit de leerlingen- en deelnemerslijsten door [naam]" : "")
                + ", voordat ze in een uitvoerbestand kwamen (gemaskeerd). Andere herleidbare details (een klas, een gebeurtenis) zijn niet gemaskeerd: "
                + "lees de fragmenten na voordat u ze deelt.");
    }

    static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
