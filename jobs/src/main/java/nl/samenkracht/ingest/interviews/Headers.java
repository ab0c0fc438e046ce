package nl.samenkracht.ingest.interviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds columns by header text, forgiving case, surrounding/double spaces and no-break spaces. */
final class Headers {
    private Headers() {}

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String s = header.replace('\u00A0', ' ').replace("\uFEFF", "").replace("\u200B", "");
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Index of the first header equal (normalised) to any candidate, candidates in priority order; -1 if none. */
    static int find(List<String> header, List<String> candidates) {
        for (String candidate : candidates) {
            String want = normalise(candidate);
            for (int i = 0; i < header.size(); i++) {
                if (normalise(header.get(i)).equals(want)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean has(List<String> header, String... candidates) {
        return find(header, List.of(candidates)) >= 0;
    }

    /**
     * Column index for a logical column: the configured header if the options name one (it must then
     * exist), else the first of the built-in candidates.
     *
     * @return -1 when not configured and none of the candidates is present
     * @throws InterviewFormatException when a configured header is missing; the message lists the
     *         headers that do exist and suggests the closest one
     */
    static int resolve(RawTable table, InterviewReadOptions options, String logical, List<String> candidates)
            throws InterviewFormatException {
        String configured = options.column(logical);
        if (configured != null) {
            int idx = find(table.header(), List.of(configured));
            if (idx < 0) {
                throw missing(table, configured, logical);
            }
            return idx;
        }
        return find(table.header(), candidates);
    }

    static MissingColumnException missing(RawTable table, String wanted, String purpose) {
        StringBuilder msg = new StringBuilder(table.sourceFile()).append(": column '").append(wanted).append("' (").append(purpose)
                .append(") not found in the header");
        String suggestion = closest(table.header(), wanted);
        if (suggestion != null) {
            msg.append(" (did you mean '").append(suggestion).append("'?)");
        }
        List<String> present = new ArrayList<>();
        for (String h : table.header()) {
            if (!h.isBlank()) {
                present.add("'" + h + "'");
            }
        }
        msg.append("; the columns are ").append(present.isEmpty() ? "(none)" : String.join(", ", present));
        return new MissingColumnException(msg.toString());
    }

    /** The header with the smallest edit distance to {@code wanted}, if that distance is at most a third of its length. */
    static String closest(List<String> header, String wanted) {
        String w = normalise(wanted);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String h : header) {
            String n = normalise(h);
            if (n.isEmpty()) {
                continue;
            }
            int d = levenshtein(w, n);
            if (d < bestDistance) {
                bestDistance = d;
                best = h;
            }
        }
        return best != null && bestDistance <= Math.max(1, w.length() / 3) ? best : null;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
