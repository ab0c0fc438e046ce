package nl.samenkracht.coverage;

import java.util.List;

/**
 * Kotter's eight phases with their Dutch labels as in the built-in {@code inwerken} framework
 * (factors {@code kotter-1} … {@code kotter-8}; a test keeps both in step). Phases 1-5 use the
 * wording of seed 003; the seed names 6-8 only by number, so those follow Kotter (2012).
 */
public final class KotterPhases {
    public static final List<String> LABELS = List.of(
            "Gevoel voor noodzaak versterken",
            "Een leidend team vormen",
            "Een juiste visie en strategie ontwikkelen",
            "Visie communiceren en enthousiasmeren",
            "Medewerkers in staat stellen te veranderen; zorgen voor draagvlak",
            "Kortetermijnsuccessen genereren",
            "Verbeteringen consolideren en meer verandering tot stand brengen",
            "Nieuwe benaderingen verankeren in de cultuur");

    public static final int COUNT = 8;

    private KotterPhases() {}

    /** The Dutch label of phase 1..8. */
    public static String label(int phase) {
        check(phase);
        return LABELS.get(phase - 1);
    }

    /** The factor id of the phase in the {@code inwerken} framework. */
    public static String factorId(int phase) {
        check(phase);
        return "kotter-" + phase;
    }

    static void check(int phase) {
        if (phase < 1 || phase > COUNT) {
            throw new FrameworkException("Kotter phase " + phase + " does not exist: the model has phases 1 to 8");
        }
    }
}
