package nl.samenkracht.privacy;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a personal identifier in free text (open answers, interview passages,
 * reject details) before it reaches any output: e-mail addresses become {@code [e-mail]}, Dutch
 * phone numbers {@code [telefoon]}, names from the study's rosters {@code [naam]}.
 *
 * <p>Phone numbers: a Dutch number is 0 plus nine digits (06-12345678, 010-1234567, 0475 123456),
 * or +31 / 0031 (optionally "(0)") plus nine digits, with spaces, dots, dashes or brackets between
 * digits. A longer or shorter digit run (a date, an amount, a pupil number) is left alone.
 *
 * <p>Names are matched as whole words on the text's word tokens (no regex alternation, so a board's
 * 60,000 roster names cost one hash lookup per word). The rule (docs/architecture.md, "Which names are masked"):
 * <ul>
 *   <li>a full name, first name and surname ("Jolien Wijnaldum", "Sem de Boer"), in any case;</li>
 *   <li>a single first name or surname only as the roster writes it, capitalised: the surname Visser masks
 *       "Visser" but not "visser"; a surname with a prefix likewise ("de Boer", "De Boer", not "de boer",
 *       the farmer);</li>
 *   <li>a single name that is also an everyday Dutch word ({@code name-words.txt}: Roos, Bas, Hoop, Ben,
 *       de Groot …) not at the start of a sentence, where the capital is grammar ("Hoop dat het lukt",
 *       "Ben je er?"); mid-sentence it is masked ("ik sprak Roos");</li>
 *   <li>never a name that is one of the study's own locations (a location "Beek" is no person).</li>
 * </ul>
 * Masking still errs on the side of privacy: a capitalised name that is a word mid-sentence is masked.
 */
public final class FreeTextMask implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String EMAIL_MASK = "[e-mail]", PHONE_MASK = "[telefoon]", NAME_MASK = "[naam]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final String SEP = "[ .\\-/]{0,3}";
    private static final Pattern PHONE = Pattern.compile(
            // an opening bracket belongs to the number only around an area code ("(010) 123 4567"), not in "(06-…"
            "(?<![\\d+])(?:(?:\\+|00)31" + SEP + "(?:\\(0\\)" + SEP + ")?|(?:\\((?=0\\d{1,4}\\)))?0)(?:\\d\\)?" + SEP + "){8}\\d(?![\\d:])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");

    /** No masking at all ({@code include_free_text: raw}). */
    public static final FreeTextMask NONE = new FreeTextMask(false, List.of(), List.of());
    /** Everyday Dutch words that are also names: not masked at the start of a sentence. */
    private static final java.util.Set<String> NAME_WORDS = nameWords();
    /** Before a word at the start of a sentence: white space, opening quotes, brackets and bullets. */
    private static final String OPENERS = "\"'“‘„«([-–—•*·";

    private final boolean enabled;
    /** first token (lower case) → names starting with it, as token lists; longest first */
    private final Map<String, List<String[]>> names = new HashMap<>();

    private FreeTextMask(boolean enabled, Collection<String> rosterNames, Collection<String> notNames) {
        this.enabled = enabled;
        java.util.Set<String> not = new java.util.HashSet<>();
        for (String n : notNames) if (n != null) not.add(Normalizer.normalize(n.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        for (String n : rosterNames) add(n, not);
        for (List<String[]> l : names.values()) l.sort((a, b) -> b.length - a.length);
    }

    /** E-mail addresses, phone numbers and the given names (full names, first names, surnames). */
    public static FreeTextMask of(Collection<String> rosterNames) {
        return of(rosterNames, List.of());
    }

    /**
     * As {@link #of(Collection)}, but a single-word name that equals one of {@code notNames} (the study's
     * locations) is not masked: "Beek" the location is no person, even when a pupil is called Beek.
     */
    public static FreeTextMask of(Collection<String> rosterNames, Collection<String> notNames) {
        return new FreeTextMask(true, rosterNames, notNames);
    }

    private static java.util.Set<String> nameWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (var in = FreeTextMask.class.getResourceAsStream("name-words.txt")) {
            if (in == null) throw new IllegalStateException("name-words.txt missing from the jar");
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Set.copyOf(out);
    }

    public boolean enabled() {
        return enabled;
    }

    private void add(String name, java.util.Set<String> notNames) {
        if (name == null) return;
        List<String> tokens = tokens(Normalizer.normalize(name, Normalizer.Form.NFC));
        // a single token of one letter, or one that has no capital (a number, "de"), is no name to mask
        if (tokens.isEmpty() || tokens.size() == 1 && (tokens.get(0).length() < 2 || !capitalised(tokens.get(0))))
            return;
        if (tokens.size() == 1 && notNames.contains(tokens.get(0).toLowerCase(Locale.ROOT))) return;
        names.computeIfAbsent(tokens.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(tokens.toArray(new String[0]));
    }

    private static boolean capitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }

    private static int capitals(String[] tokens) {
        int n = 0;
        for (String t : tokens) if (capitalised(t)) n++;
        return n;
    }

    /** The word at {@code at} begins the text, a line or a sentence (after . ! ? : ; and any quotes, brackets, bullets). */
    static boolean sentenceStart(String s, int at) {
        for (int j = at - 1; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == '\n' || c == '\r') return true;
            if (Character.isWhitespace(c) || OPENERS.indexOf(c) >= 0) continue;
            return ".!?:;…".indexOf(c) >= 0;
        }
        return true;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    public String apply(String text) {
        if (!enabled || text == null || text.isEmpty()) return text;
        String s = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        s = PHONE.matcher(s).replaceAll(PHONE_MASK);
        return names.isEmpty() ? s : maskNames(s);
    }

    private String maskNames(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        Matcher m = WORD.matcher(nfc);
        List<int[]> words = new ArrayList<>();
        while (m.find()) words.add(new int[]{m.start(), m.end()});
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = nfc.substring(words.get(i)[0], words.get(i)[1]);
            List<String[]> candidates = names.get(w.toLowerCase(Locale.ROOT));
            if (candidates == null) continue;
            int matched = 0;
            for (String[] name : candidates) {
                if (i + name.length > words.size()) continue;
                boolean ok = true;
                // a full name (two capitalised words or more) in any case; a single name, or a surname with
                // its prefix ("de Boer"), only with the roster's capitals
                boolean asWritten = capitals(name) < 2;
                for (int k = 0; k < name.length && ok; k++) {
                    String t = nfc.substring(words.get(i + k)[0], words.get(i + k)[1]);
                    // between the words of a full name: white space only
                    if (k > 0 && !nfc.substring(words.get(i + k - 1)[1], words.get(i + k)[0]).isBlank()) ok = false;
                    else ok = asWritten && capitalised(name[k]) ? t.equals(name[k]) : t.equalsIgnoreCase(name[k]);
                }
                // a name that is also an everyday word, at the start of a sentence: the capital is grammar
                if (ok && name.length == 1 && NAME_WORDS.contains(name[0].toLowerCase(Locale.ROOT))
                        && sentenceStart(nfc, words.get(i)[0])) ok = false;
                if (ok) {
                    matched = name.length;
                    break;
                }
            }
            if (matched == 0) continue;
            out.append(nfc, copied, words.get(i)[0]).append(NAME_MASK);
            copied = words.get(i + matched - 1)[1];
            i += matched - 1;
        }
        return out.append(nfc.substring(copied)).toString();
    }
}
