package nl.samenkracht.ingest.interviews;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a hierarchical code as exported into path segments.
 *
 * <p>Separators seen in the exports: MAXQDA writes {@code Parent\Child} (MAXQDA 2018/2020) and, in
 * MAXQDA 24 "Coded Segments" exports, {@code Parent > Child}; ATLAS.ti has no code tree and marks
 * categories by a name prefix, {@code Category: Code} or {@code Category::Code}; hand-made tables use
 * any of {@code \}, {@code /}, {@code >}. A configured separator
 * ({@link InterviewReadOptions#codeSeparator()}) replaces the automatic choice.
 *
 * <p>{@code /} is never split automatically for QDA exports: MAXQDA code names contain it
 * ("Annoy / Tease"), and only the table format, where users type the paths themselves, splits on it.
 */
final class CodePaths {
    private static final Pattern GREATER_THAN = Pattern.compile("\\s*>\\s*");
    private static final Pattern BACKSLASH = Pattern.compile("\\s*\\\\\\s*");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern DOUBLE_COLON = Pattern.compile("\\s*::\\s*");
    private static final Pattern COLON_SPACE = Pattern.compile("\\s*:\\s+");

    /** Which automatic rules apply. */
    enum Style {
        /** {@code >} then {@code \}. */
        MAXQDA,
        /** {@code ::} then {@code ": "}. */
        ATLASTI,
        /** {@code >}, then {@code \}, then {@code /}. */
        TABLE
    }

    private CodePaths() {}

    /** Empty list when the code is blank. Empty segments (doubled or trailing separators) are dropped. */
    static List<String> split(String code, String configuredSeparator, Style style) {
        String c = TextDecoding.normaliseText(code);
        if (c == null || c.isEmpty()) {
            return List.of();
        }
        if (configuredSeparator != null) {
            String sep = configuredSeparator.strip().isEmpty() ? configuredSeparator : configuredSeparator.strip();
            return segments(c.split(Pattern.quote(sep), -1));
        }
        return switch (style) {
            case MAXQDA -> splitFirstMatching(c, GREATER_THAN, BACKSLASH);
            case ATLASTI -> splitFirstMatching(c, DOUBLE_COLON, COLON_SPACE);
            case TABLE -> splitFirstMatching(c, GREATER_THAN, BACKSLASH, SLASH);
        };
    }

    private static List<String> splitFirstMatching(String c, Pattern... patterns) {
        for (Pattern p : patterns) {
            if (p.matcher(c).find()) {
                return segments(p.split(c, -1));
            }
        }
        return List.of(c);
    }

    private static List<String> segments(String[] parts) {
        List<String> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            String s = part.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
