package nl.samenkracht.generate;

import java.util.List;

/**
 * The questionnaire of the sample study exactly as data-samples/study.yaml expects it: column
 * headers, item keys and the answer labels of the built-in scale eens5. Kept as constants (not
 * read from study.yaml) so the generator can fill an empty folder; a test checks both agree.
 */
final class SampleQuestions {
    static final String LOCATION = "Op welke locatie werk je?";
    static final String GROUP = "Hoe lang werk je op deze school?";
    static final String OPEN = "Wat zou je inwerkperiode (nog) beter maken?";

    /** eens5, low to high: value 1..5 is index 0..4. */
    static final List<String> EENS5 = List.of("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens");
    /** A label the built-in scales treat as "no answer". */
    static final String DONT_KNOW = "Weet ik niet";

    static final List<String> SCALES = List.of("continuiteit", "duidelijkheid", "structuur", "ondersteuning");

    /** One Likert item: id, scale, keyed direction, column header. */
    record Item(String id, String scale, boolean reverse, String column) {}

    static final List<Item> ITEMS = List.of(
            new Item("con1", "continuiteit", false, "Ik heb een vaste collega (buddy) bij wie ik terecht kan."),
            new Item("con2", "continuiteit", false, "Afspraken die met mij gemaakt worden, worden nagekomen."),
            new Item("con3", "continuiteit", false, "Ik weet wie ik kan vragen als ik iets niet weet."),
            new Item("con4", "continuiteit", true, "Ik krijg steeds met andere mensen te maken, waardoor ik het overzicht kwijtraak."),
            new Item("dui1", "duidelijkheid", false, "Het is mij duidelijk wat er van mij verwacht wordt."),
            new Item("dui2", "duidelijkheid", false, "Ik weet welke afspraken er op school gelden rond het gedrag van leerlingen."),
            new Item("dui3", "duidelijkheid", false, "Ik weet waar ik informatie kan vinden (protocollen, roosters, handboek)."),
            new Item("dui4", "duidelijkheid", true, "Ik voel me regelmatig in het diepe gegooid."),
            new Item("str1", "structuur", false, "Mijn inwerkperiode heeft een duidelijke opbouw."),
            new Item("str2", "structuur", false, "Er zijn vaste momenten waarop ik mijn ervaringen kan bespreken."),
            new Item("str3", "structuur", false, "Ik weet welke stappen ik de komende weken doorloop."),
            new Item("str4", "structuur", false, "Ik kan meedraaien met een ervaren collega voordat ik zelf lesgeef."),
            new Item("ond1", "ondersteuning", false, "Ik voel me gesteund door mijn collega's."),
            new Item("ond2", "ondersteuning", false, "Ik kan bij de directie terecht met vragen."),
            new Item("ond3", "ondersteuning", false, "Ik krijg feedback op mijn handelen in de klas."),
            new Item("ond4", "ondersteuning", false, "Ik voel me welkom in het team."));

    /** Microsoft Forms metadata columns on a Dutch tenant. */
    static final List<String> MSFORMS_META = List.of("ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam", "Tijd van laatste wijziging");
    /** Google Forms metadata columns (Dutch interface, e-mail collection on). */
    static final List<String> GOOGLE_META = List.of("Tijdstempel", "E-mailadres");

    private SampleQuestions() {}

    /** The question columns after the metadata, in study.yaml order. */
    static List<String> questionColumns() {
        List<String> cols = new java.util.ArrayList<>();
        cols.add(LOCATION);
        cols.add(GROUP);
        for (Item i : ITEMS) cols.add(i.column());
        cols.add(OPEN);
        return List.copyOf(cols);
    }

    static int itemIndex(String id) {
        for (int i = 0; i < ITEMS.size(); i++) if (ITEMS.get(i).id().equals(id)) return i;
        throw new IllegalArgumentException(id);
    }
}
