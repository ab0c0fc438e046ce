package nl.samenkracht.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Made-up answers to the open question, fitting the group and the moment; most people leave it empty. */
final class OpenAnswers {
    static final double ANSWER_SHARE = 0.45;
    /** Planted in the Google Forms CSV: a line break inside a quoted field. */
    static final String WITH_LINE_BREAK = "De buddygesprekken hielpen echt.\nWel graag eerder het rooster voor de eerste weken.";
    /** Planted in the Google Forms CSV: a comma and quote characters, so the field is quoted with doubled quotes. */
    static final String WITH_COMMA_AND_QUOTE = "Meer tijd om mee te kijken bij collega's, en minder \"even snel\" overleg in de gang.";

    private static final List<String> PRE_NEW = List.of(
            "Een vast aanspreekpunt in de eerste weken.",
            "Meer tijd om bij collega's in de klas mee te kijken.",
            "Een overzicht van wie waarvoor verantwoordelijk is.",
            "Ik zou graag eerder het rooster en de klassenlijsten krijgen.",
            "Uitleg over de afspraken rond time-out en herstelgesprekken.",
            "Minder tegelijk: nu krijg ik in één week alles over me heen.",
            "Alle protocollen op één plek.",
            "Vaste momenten om te bespreken hoe het gaat.",
            "Samen met een ervaren collega kennismaken met ouders en jeugdhulp.",
            "Duidelijkheid over wat ik wel en niet zelf mag beslissen.");
    private static final List<String> PRE_EXPERIENCED = List.of(
            "Meer tijd om nieuwe collega's goed te begeleiden.",
            "Een vaste buddy per nieuwe collega, met uren daarvoor.",
            "Niet pas in oktober de teamafspraken doornemen.",
            "Het handboek is verouderd, dat moet eerst bijgewerkt.",
            "Nieuwe collega's niet meteen de zwaarste groep geven.",
            "Een inwerkplanning die voor iedereen hetzelfde is.",
            "Prima zo.");
    private static final List<String> POST_PROTOCOL = List.of(
            "De gesprekken met mijn buddy hielpen echt.",
            "De vaste inwerkweken gaven rust; ik wist steeds wat de volgende stap was.",
            "Meekijken in de klas voordat ik zelf lesgaf was heel waardevol.",
            "Graag ook na de kerstvakantie nog een paar vaste gesprekken.",
            "Het protocol werkt, maar de buddy moet er wel echt tijd voor krijgen.",
            "Het overzicht met protocollen had ik eerder willen hebben.",
            "Als buddy had ik soms te weinig tijd voor de gesprekken.",
            "Fijn dat het nu voor iedereen hetzelfde loopt.");
    private static final List<String> POST_OLD = List.of(
            "Nog steeds geen vaste buddy gehad.",
            "Ik heb veel zelf moeten uitzoeken.",
            "Meer structuur in de eerste maanden.",
            "Het team is heel behulpzaam, maar het hangt af van wie je treft.",
            "Duidelijkere afspraken over wie de nieuwe collega begeleidt.",
            "Een vast moment per maand om ervaringen te bespreken.",
            "Het is goed gekomen, maar de start was zwaar.");

    private final Random random;
    /** Each pool is dealt like a deck, so texts repeat only after the pool is used up. */
    private final Map<List<String>, List<String>> decks = new HashMap<>();

    OpenAnswers(Random random) {
        this.random = random;
    }

    /** An answer or null (left empty). */
    String maybe(StaffGroup group, String schoolYear, Wave wave) {
        if (random.nextDouble() >= ANSWER_SHARE) return null;
        List<String> pool;
        if (wave == Wave.VOORMETING) pool = group == StaffGroup.NIEUW ? PRE_NEW : PRE_EXPERIENCED;
        else pool = schoolYear.equals(AnswerModel.PROTOCOL_YEAR) ? POST_PROTOCOL : POST_OLD;
        List<String> deck = decks.computeIfAbsent(pool, p -> new ArrayList<>());
        if (deck.isEmpty()) {
            deck.addAll(pool);
            Collections.shuffle(deck, random);
        }
        return deck.remove(deck.size() - 1);
    }
}
