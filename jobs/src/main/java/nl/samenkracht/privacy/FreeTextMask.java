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
 * 60,000 roster names cost one hash lookup per word): a full name ("Jolien Wijnaldum",
 * "Sem de Boer") ignoring case; a single first name or surname only as the roster writes it,
 * capitalised, so the surname Visser masks "Visser" but not "visser". Masking errs on the side of
 * privacy: a first name that is also a word ("Roos" at the start of a sentence) is masked too.
 */
public final class FreeTextMask implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String EMAIL_MASK = "[e-mail]", PHONE_MASK = "[telefoon]", NAME_MASK = "[naam]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final String SEP = "[ .\\-/]{0,3}";
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)31" + SEP + "(?:\\(0\\)" + SEP + ")?|\\(?0)(?:\\d\\)?" + SEP + "){8}\\d(?![\\d:])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");

    /** No masking at all ({@code include_free_text: raw}). */
    public static final FreeTextMask NONE = new FreeTextMask(false, List.of());

    private final boolean enabled;
    /** first token (lower case) → names starting with it, as token lists; longest first */
    private final Map<String, List<String[]>> names = new HashMap<>();

    private FreeTextMask(boolean enabled, Collection<String> rosterNames) {
        this.enabled = enabled;
        for (String n : rosterNames) add(n);
        for (List<String[]> l : names.values()) l.sort((a, b) -> b.length - a.length);
    }

    /** E-mail addresses, phone numbers and the given names (full names, first names, surnames). */
    public static FreeTextMask of(Collection<String> rosterNames) {
        return new FreeTextMask(true, rosterNames);
    }

    public boolean enabled() {
        return enabled;
    }

    private void add(String name) {
        if (name == null) return;
        List<String> tokens = tokens(Normalizer.normalize(name, Normalizer.Form.NFC));
        // a single token of one letter, or one that has no capital (a number, "de"), is no name to mask
        if (tokens.isEmpty() || tokens.size() == 1 && (tokens.get(0).length() < 2 || !Character.isUpperCase(tokens.get(0).codePointAt(0))))
            return;
        names.computeIfAbsent(tokens.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(tokens.toArray(new String[0]));
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
                for (int k = 0; k < name.length && ok; k++) {
                    String t = nfc.substring(words.get(i + k)[0], words.get(i + k)[1]);
                    // between the words of a full name: white space only
                    if (k > 0 && !nfc.substring(words.get(i + k - 1)[1], words.get(i + k)[0]).isBlank()) ok = false;
                    else ok = name.length == 1 ? t.equals(name[0]) : t.equalsIgnoreCase(name[k]);
                }
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
