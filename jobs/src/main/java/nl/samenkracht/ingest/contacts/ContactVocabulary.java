package nl.samenkracht.ingest.contacts;

import nl.samenkracht.model.AnswerScale;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical values of contact logs. Exports use their own labels ("Telefoongesprek",
 * "Zorgen"); study.yaml maps those to these values, and a value that already is canonical
 * (compared without case and surrounding spaces) needs no mapping.
 */
public final class ContactVocabulary {
    private ContactVocabulary() {}

    public static final String KIND_PARENT = "ouder";
    public static final String KIND_NEW_COLLEAGUE = "nieuwe_collega";
    public static final String KIND_PARTNER = "partner";
    public static final List<String> KINDS = List.of(KIND_PARENT, KIND_NEW_COLLEAGUE, KIND_PARTNER);

    public static final List<String> TYPES = List.of("startgesprek", "tienminutengesprek", "huisbezoek", "informeel",
            "telefonisch_contact", "buddygesprek", "coachgesprek", "overleg", "ouderavond", "koffieochtend", "inloop", "overig");
    public static final List<String> CHANNELS = List.of("mondeling", "telefoon", "digitaal", "schriftelijk");
    public static final List<String> INITIATORS = List.of("school", "ander");
    public static final List<String> TONES = List.of("positief", "neutraal", "zorg");
    public static final List<String> YES_NO = List.of("ja", "nee");

    /** Logical columns of a contact log; the first three are required. */
    public static final List<String> LOG_COLUMNS = List.of("date", "counterpart", "type", "staff", "location", "class",
            "channel", "initiator", "tone", "child_present", "attendance");
    public static final List<String> REQUIRED_LOG_COLUMNS = List.of("date", "counterpart", "type");

    /** Logical columns of a roster; only the counterpart is required. */
    public static final List<String> ROSTER_COLUMNS = List.of("counterpart", "location", "class", "school_year", "start_date");

    /** Logical columns whose values are mapped through {@code values:}, with their canonical values. */
    public static final Map<String, List<String>> MAPPED = Map.of(
            "type", TYPES, "channel", CHANNELS, "initiator", INITIATORS, "tone", TONES, "child_present", YES_NO);

    public static final Set<String> DEFAULT_COLLECTIVE_TYPES = Set.of("ouderavond", "koffieochtend", "inloop");

    /** Dutch name of a kind's counterpart, for messages a school user reads. */
    public static String counterpartLabel(String kind) {
        return switch (kind) {
            case KIND_PARENT -> "leerling/ouder";
            case KIND_NEW_COLLEAGUE -> "nieuwe collega";
            default -> "partner";
        };
    }

    /** Why a row of this kind's log or roster without a counterpart is rejected. */
    public static nl.samenkracht.canonical.RejectReason noCounterpart(String kind) {
        return switch (kind) {
            case KIND_PARENT -> nl.samenkracht.canonical.RejectReason.NO_PUPIL_OR_PARENT;
            case KIND_NEW_COLLEAGUE -> nl.samenkracht.canonical.RejectReason.NO_NEW_COLLEAGUE;
            default -> nl.samenkracht.canonical.RejectReason.NO_PARTNER;
        };
    }

    /** Dutch name of a kind's roster. */
    public static String rosterLabel(String kind) {
        return switch (kind) {
            case KIND_PARENT -> "de leerlingenlijst";
            case KIND_NEW_COLLEAGUE -> "de lijst nieuwe collega's";
            default -> "de partnerlijst";
        };
    }

    /** The canonical value of {@code text} if it is one (ignoring case and spaces), else null. */
    static String canonical(String logical, String text) {
        String n = AnswerScale.normalise(text).replace(' ', '_');
        for (String c : MAPPED.get(logical)) if (c.equals(n)) return c;
        return null;
    }
}
