package nl.samenkracht.config;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known name for a misspelt key, column header or factor id. */
public final class DidYouMean {
    private DidYouMean() {}

    /** The candidate within a distance proportional to its length, if any. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String w = fold(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, fold(c));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) return Optional.empty();
        int allowed = Math.max(2, Math.min(w.length(), fold(best).length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or "" — appended to messages; equally close candidates are all named. */
    public static String hint(String wrong, Collection<String> candidates) {
        Optional<String> best = closest(wrong, candidates);
        if (best.isEmpty()) return "";
        int d = distance(fold(wrong), fold(best.get()));
        java.util.List<String> ties = candidates.stream().filter(c -> distance(fold(wrong), fold(c)) == d).sorted().toList();
        if (ties.size() == 1 || ties.size() > 4) return " (did you mean '" + best.get() + "'?)";
        return " (did you mean " + String.join(" or ", ties.stream().map(t -> "'" + t + "'").toList()) + "?)";
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
