package nl.samenkracht.coverage;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints for misspelt ids (Levenshtein distance, from Commons Text). */
final class Suggestions {
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {}

    /**
     * The closest candidate, if it is close enough to be a plausible typo: at most a third of the
     * shorter string's length, and at least 2, edits away. Ties go to the first candidate.
     */
    static Optional<String> closest(String wrong, Collection<String> candidates) {
        if (wrong == null) return Optional.empty();
        String w = wrong.toLowerCase(Locale.ROOT).strip();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = LEVENSHTEIN.apply(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) return Optional.empty();
        int allowed = Math.max(2, Math.min(w.length(), best.length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)", or "" when nothing is close (the wording of config.DidYouMean). */
    static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }
}
