package nl.samenkracht.report.methods;

import nl.samenkracht.statistics.PMethod;

/** The Dutch wording of a {@link PMethod}, as it stands in the tables' column p_method (the output contract). */
public final class PMethodText {
    private PMethodText() {}

    /** The Dutch label, or null for no method (no p-value). */
    public static String dutch(PMethod method) {
        if (method == null) return null;
        return switch (method) {
            case EXACT -> "exact";
            case NORMAL -> "normale benadering (correctie voor knopen)";
            case NORMAL_CONTINUITY -> "normale benadering (correctie voor knopen en continuïteitscorrectie)";
            case PRATT -> "normale benadering, nulverschillen meegerangschikt (Pratt; correctie voor knopen)";
            case PRATT_CONTINUITY -> "normale benadering, nulverschillen meegerangschikt (Pratt; correctie voor knopen en"
                    + " continuïteitscorrectie)";
            case CHI_SQUARE -> "chi-kwadraatbenadering (correctie voor knopen)";
        };
    }
}
