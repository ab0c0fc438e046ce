package nl.samenkracht.inspect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The column names contact logs and rosters usually have (normalised: lower case), per logical column. Data, not code. */
final class ContactColumns {
    private ContactColumns() {}

    static final Map<String, List<String>> LOG = new LinkedHashMap<>();
    static final Map<String, List<String>> ROSTER = new LinkedHashMap<>();
    /** Export labels → canonical values (ContactVocabulary), per mapped column. */
    static final Map<String, Map<String, String>> LABELS = new LinkedHashMap<>();

    static {
        LOG.put("date", List.of("datum", "date", "contactdatum", "datum contact"));
        LOG.put("counterpart", List.of("leerling", "leerlingnummer", "ouder", "nieuwe collega", "collega", "organisatie", "partner", "naam"));
        LOG.put("type", List.of("soort contact", "soort gesprek", "soort", "type", "contactsoort", "type contact"));
        LOG.put("staff", List.of("medewerker", "buddy", "mentor", "leerkracht", "docent", "begeleider"));
        LOG.put("location", List.of("locatie", "location", "vestiging"));
        LOG.put("class", List.of("klas", "groep", "class"));
        LOG.put("channel", List.of("kanaal", "vorm", "medium", "channel"));
        LOG.put("initiator", List.of("initiatief", "initiatiefnemer", "initiator"));
        LOG.put("tone", List.of("toon", "sfeer", "tone"));
        LOG.put("child_present", List.of("kind aanwezig", "leerling aanwezig"));
        LOG.put("attendance", List.of("aantal aanwezigen", "aanwezigen", "aantal"));
        ROSTER.put("counterpart", List.of("leerlingnummer", "leerling", "naam", "organisatie", "nieuwe collega", "partner"));
        ROSTER.put("location", List.of("locatie", "location", "vestiging"));
        ROSTER.put("class", List.of("klas", "groep", "class"));
        ROSTER.put("school_year", List.of("schooljaar", "school year"));
        ROSTER.put("start_date", List.of("startdatum", "start date", "datum in dienst"));
        LABELS.put("type", Map.ofEntries(Map.entry("startgesprek", "startgesprek"), Map.entry("10-minutengesprek", "tienminutengesprek"),
                Map.entry("tienminutengesprek", "tienminutengesprek"), Map.entry("huisbezoek", "huisbezoek"),
                Map.entry("informeel contact", "informeel"), Map.entry("informeel", "informeel"),
                Map.entry("telefoongesprek", "telefonisch_contact"), Map.entry("telefonisch contact", "telefonisch_contact"),
                Map.entry("ouderavond", "ouderavond"), Map.entry("koffieochtend", "koffieochtend"), Map.entry("inloopochtend", "inloop"),
                Map.entry("inloop", "inloop"), Map.entry("buddygesprek", "buddygesprek"), Map.entry("coachgesprek", "coachgesprek"),
                Map.entry("overleg", "overleg"), Map.entry("casusoverleg", "overleg")));
        LABELS.put("channel", Map.ofEntries(Map.entry("persoonlijk", "mondeling"), Map.entry("face-to-face", "mondeling"),
                Map.entry("mondeling", "mondeling"), Map.entry("telefonisch", "telefoon"), Map.entry("telefoon", "telefoon"),
                Map.entry("parro", "digitaal"), Map.entry("e-mail", "digitaal"), Map.entry("email", "digitaal"), Map.entry("teams", "digitaal"),
                Map.entry("digitaal", "digitaal"), Map.entry("brief", "schriftelijk"), Map.entry("schriftelijk", "schriftelijk")));
        LABELS.put("initiator", Map.of("school", "school", "ouder", "ander", "partner", "ander", "ander", "ander"));
        LABELS.put("tone", Map.of("positief", "positief", "neutraal", "neutraal", "zorgen", "zorg", "zorg", "zorg", "negatief", "zorg"));
        LABELS.put("child_present", Map.of("ja", "ja", "nee", "nee", "yes", "ja", "no", "nee"));
    }

    /** The counterpart kind a log or roster is about, from its counterpart column's name and its file name. */
    static String kind(String counterpartHeader, String path) {
        String h = (counterpartHeader + " " + path).toLowerCase(java.util.Locale.ROOT);
        if (h.contains("collega")) return "nieuwe_collega";
        if (h.contains("organisatie") || h.contains("partner")) return "partner";
        return "ouder";
    }
}
