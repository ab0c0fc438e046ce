package nl.samenkracht.report.methods;

import java.util.List;
import nl.samenkracht.coverage.KotterStatus;

/**
 * The Dutch names of Kotter's eight phases and of a phase's progress, as the Kotter table (tables/kotter.csv, columns
 * label and status) and the timeline chart show them. The coverage stage returns phase numbers and {@link KotterStatus};
 * the names are the labels of factors {@code kotter-1} … {@code kotter-8} of the built-in {@code inwerken} framework (a
 * test keeps both in step). Phases 1-5 use the wording of seed 003; the seed names 6-8 only by number, so those follow
 * Kotter (2012).
 */
public final class KotterText {
    private static final List<String> PHASES = List.of(
            "Gevoel voor noodzaak versterken",
            "Een leidend team vormen",
            "Een juiste visie en strategie ontwikkelen",
            "Visie communiceren en enthousiasmeren",
            "Medewerkers in staat stellen te veranderen; zorgen voor draagvlak",
            "Kortetermijnsuccessen genereren",
            "Verbeteringen consolideren en meer verandering tot stand brengen",
            "Nieuwe benaderingen verankeren in de cultuur");

    private KotterText() {}

    /** The Dutch name of phase 1..8. */
    public static String phase(int phase) {
        if (phase < 1 || phase > PHASES.size()) throw new IllegalArgumentException("no Kotter phase " + phase);
        return PHASES.get(phase - 1);
    }

    /** "gedaan", "bezig" or "nog niet gestart". */
    public static String status(KotterStatus status) {
        return switch (status) {
            case GEDAAN -> "gedaan";
            case BEZIG -> "bezig";
            case NOG_NIET_GESTART -> "nog niet gestart";
        };
    }
}
