package nl.samenkracht.inspect;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.BuiltInScales;

import java.util.List;
import java.util.Map;

/** Proposes an answer scale from the labels a column actually holds. */
final class ScaleGuess {
    private ScaleGuess() {}

    /**
     * The built-in scale every label of the column is on (or a "no answer" label of), preferring the one
     * whose own option labels match most of them (aliases count less), then the one with fewer options;
     * numbers 1..k give num{k}. Null when none fits or the column holds too many different values.
     */
    static String builtIn(List<String> labels) {
        if (labels == null || labels.isEmpty() || labels.size() > 11) return null;
        int max = 0;
        boolean numbers = true;
        for (String l : labels) {
            if (!l.strip().matches("\\d{1,2}")) {
                numbers = false;
                break;
            }
            max = Math.max(max, Integer.parseInt(l.strip()));
        }
        if (numbers) return max >= 2 && max <= BuiltInScales.NUMERIC_MAX && !labels.contains("0") ? "num" + Math.max(max, 2) : null;
        String best = null;
        int bestExact = -1, bestSize = 0;
        for (Map.Entry<String, AnswerScale> e : BuiltInScales.all().entrySet()) {
            if (e.getKey().startsWith("num")) continue;
            AnswerScale s = e.getValue();
            int exact = 0;
            boolean all = true;
            int values = 0;
            for (String l : labels) {
                AnswerScale.Kind k = s.lookup(l).kind();
                if (k == AnswerScale.Kind.UNKNOWN) {
                    all = false;
                    break;
                }
                if (k == AnswerScale.Kind.VALUE) values++;
                for (AnswerScale.Option o : s.options()) if (AnswerScale.normalise(o.label()).equals(AnswerScale.normalise(l))) exact++;
            }
            if (!all || values == 0) continue;
            if (exact > bestExact || (exact == bestExact && s.options().size() < bestSize)) {
                best = e.getKey();
                bestExact = exact;
                bestSize = s.options().size();
            }
        }
        return best;
    }
}
