package nl.samenkracht.ingest.interviews;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns document-group (MAXQDA), document-group (ATLAS.ti) or set (REFI-QDA) names into wave,
 * location and role, as configured in {@link InterviewReadOptions#documentGroupTo()}.
 *
 * <p>Keys are glob patterns ({@code *} any run of characters, {@code ?} one character) matched
 * against the whole group name, case-insensitively; a key starting with {@code regex:} is a Java
 * regular expression instead. Values are one or more comma-separated assignments
 * {@code attribute:value}, attribute being {@code wave}, {@code location} or {@code role} (or the
 * Dutch {@code meting}, {@code locatie}, {@code rol}), e.g.
 * {@code "Voormeting*" -> "wave:voormeting"} or {@code "BB vmbo*" -> "location:Bovenbouw vmbo, role:nieuwe collega"}.
 *
 * <p>When the groups of one document lead to two different values for the same attribute (a
 * document in both "Voormeting" and "Nameting"), {@link #apply} reports a conflict rather than
 * silently picking one: the row is rejected.
 */
public final class DocumentGroupMapping {

    /** The three attributes a group can set. */
    public enum Attribute {
        WAVE("wave", "meting"), LOCATION("location", "locatie"), ROLE("role", "rol");

        private final String key;
        private final String dutch;

        Attribute(String key, String dutch) {
            this.key = key;
            this.dutch = dutch;
        }

        /** English key as used in options, e.g. {@code wave}. */
        public String key() {
            return key;
        }

        /** Dutch label for messages, e.g. {@code meting}. */
        public String dutch() {
            return dutch;
        }

        static Attribute parse(String s) {
            String k = s.strip().toLowerCase(Locale.ROOT);
            for (Attribute a : values()) {
                if (a.key.equals(k) || a.dutch.equals(k)) {
                    return a;
                }
            }
            return null;
        }
    }

    /**
     * Result of mapping: attribute values (null when no group set them or when the groups disagree)
     * and, per attribute the groups disagree on, a Dutch message saying so.
     */
    public record Mapped(String wave, String location, String role, Map<Attribute, String> conflicts) {
        public Mapped {
            conflicts = Map.copyOf(conflicts);
        }

        public String get(Attribute a) {
            return switch (a) {
                case WAVE -> wave;
                case LOCATION -> location;
                case ROLE -> role;
            };
        }
    }

    private record Rule(String source, Pattern pattern, Map<Attribute, String> assignments) {}

    private static final DocumentGroupMapping EMPTY = new DocumentGroupMapping(List.of());

    private final List<Rule> rules;

    private DocumentGroupMapping(List<Rule> rules) {
        this.rules = rules;
    }

    public static DocumentGroupMapping empty() {
        return EMPTY;
    }

    /**
     * @param config pattern -> assignments, in priority order (iteration order of the map)
     * @throws IllegalArgumentException with an English message naming the bad entry (shown on the terminal)
     */
    public static DocumentGroupMapping parse(Map<String, String> config) {
        if (config == null || config.isEmpty()) {
            return EMPTY;
        }
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<String, String> e : config.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("documentGroupTo: an empty group pattern");
            }
            rules.add(new Rule(key, compile(key), parseAssignments(key, e.getValue())));
        }
        return new DocumentGroupMapping(List.copyOf(rules));
    }

    private static Pattern compile(String key) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if (key.startsWith("regex:")) {
            try {
                return Pattern.compile(key.substring("regex:".length()), flags);
            } catch (PatternSyntaxException ex) {
                throw new IllegalArgumentException("documentGroupTo: '" + key + "' is not a valid regular expression: " + ex.getDescription(), ex);
            }
        }
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : key.strip().toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(re.toString(), flags);
    }

    private static Map<Attribute, String> parseAssignments(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("documentGroupTo: nothing assigned to '" + key
                    + "' (expected e.g. 'wave:voormeting')");
        }
        Map<Attribute, String> out = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            int colon = part.indexOf(':');
            Attribute a = colon < 0 ? null : Attribute.parse(part.substring(0, colon));
            String v = colon < 0 ? "" : part.substring(colon + 1).strip();
            if (a == null || v.isEmpty()) {
                throw new IllegalArgumentException("documentGroupTo: '" + part.strip()
                        + "' under '" + key + "' is not an assignment (expected wave:…, location:… or role:…)");
            }
            if (out.putIfAbsent(a, v) != null) {
                throw new IllegalArgumentException("documentGroupTo: '" + a.key() + "' is assigned twice under '"
                        + key + "'");
            }
        }
        return Map.copyOf(out);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Maps the groups of one document. Blank group names are ignored. */
    public Mapped apply(Collection<String> groups) {
        if (rules.isEmpty() || groups == null || groups.isEmpty()) {
            return new Mapped(null, null, null, Map.of());
        }
        Map<Attribute, Set<String>> found = new LinkedHashMap<>();
        for (Rule rule : rules) {
            boolean matches = false;
            for (String g : groups) {
                if (g != null && !g.isBlank() && rule.pattern().matcher(g.strip()).matches()) {
                    matches = true;
                    break;
                }
            }
            if (matches) {
                rule.assignments().forEach((a, v) -> found.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(v));
            }
        }
        Map<Attribute, String> conflicts = new LinkedHashMap<>();
        for (Map.Entry<Attribute, Set<String>> e : found.entrySet()) {
            if (e.getValue().size() > 1) {
                conflicts.put(e.getKey(), "Documentgroepen " + quoteAll(groups) + " geven tegenstrijdige "
                        + e.getKey().dutch() + ": " + quoteAll(e.getValue()));
            }
        }
        return new Mapped(single(found, Attribute.WAVE), single(found, Attribute.LOCATION),
                single(found, Attribute.ROLE), conflicts);
    }

    private static String single(Map<Attribute, Set<String>> found, Attribute a) {
        Set<String> s = found.get(a);
        return s == null || s.size() != 1 ? null : s.iterator().next();
    }

    private static String quoteAll(Collection<String> values) {
        List<String> q = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                q.add("'" + v.strip() + "'");
            }
        }
        return String.join(" en ", q);
    }
}
