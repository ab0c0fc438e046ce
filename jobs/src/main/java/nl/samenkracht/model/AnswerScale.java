package nl.samenkracht.model;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An answer scale: ordered options with numeric values, aliases, and labels that mean "missing".
 * Turns an answer as exported ("Helemaal mee eens", "helemaal mee eens ", "5") into a value.
 */
public final class AnswerScale implements Serializable {
    /** One option, in order from low to high. */
    public record Option(String label, double value) implements Serializable {}

    /** What an answer text turned out to be. */
    public enum Kind { VALUE, MISSING_LABEL, EMPTY, UNKNOWN }

    public record Lookup(Kind kind, double value) {
        static final Lookup EMPTY = new Lookup(Kind.EMPTY, Double.NaN);
        static final Lookup MISSING = new Lookup(Kind.MISSING_LABEL, Double.NaN);
        static final Lookup UNKNOWN = new Lookup(Kind.UNKNOWN, Double.NaN);
    }

    private final String id;
    private final String label;
    private final List<Option> options;
    private final Map<String, Double> byNormalisedLabel = new LinkedHashMap<>();
    private final Set<String> missing = new TreeSet<>();
    private final double agreeFrom;
    private final double disagreeTo;

    public AnswerScale(String id, String label, List<Option> options, Map<String, String> aliases,
                       List<String> missingLabels, Double agreeFrom, Double disagreeTo) {
        if (options.size() < 2) throw new IllegalArgumentException("answer scale '" + id + "' needs at least 2 options");
        this.id = id;
        this.label = label == null ? id : label;
        this.options = List.copyOf(options);
        for (Option o : options) byNormalisedLabel.put(normalise(o.label()), o.value());
        aliases.forEach((alias, target) -> {
            Double v = byNormalisedLabel.get(normalise(target));
            if (v == null) throw new IllegalArgumentException("answer scale '" + id + "': alias '" + alias
                    + "' points to '" + target + "', which is not one of its options");
            byNormalisedLabel.put(normalise(alias), v);
        });
        for (String m : missingLabels) missing.add(normalise(m));
        int n = options.size();
        // Top-/bottom-two box, but never more than half the options: on a 2- or 3-point scale the
        // top two would reach the other side (a Yes/No scale counted every answer as both).
        int box = defaultBoxSize(n);
        this.agreeFrom = agreeFrom != null ? agreeFrom : options.get(n - box).value();
        this.disagreeTo = disagreeTo != null ? disagreeTo : options.get(box - 1).value();
        for (Option o : options)
            if (o.value() >= this.agreeFrom && o.value() <= this.disagreeTo)
                throw new IllegalArgumentException("agree_from (" + fmt(this.agreeFrom) + ") and disagree_to ("
                        + fmt(this.disagreeTo) + ") overlap: option '" + o.label()
                        + "' would count as both agree and disagree");
    }

    /** How many options at each end count as agree/disagree by default: min(2, floor(k/2)). */
    public static int defaultBoxSize(int optionCount) {
        return Math.max(1, Math.min(2, optionCount / 2));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Case, accents in spacing, surrounding spaces and a trailing full stop do not matter. */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00a0', ' ');
        n = n.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1).strip();
        return n;
    }

    public Lookup lookup(String answer) {
        if (answer == null || answer.isBlank()) return Lookup.EMPTY;
        String key = normalise(answer);
        Double v = byNormalisedLabel.get(key);
        if (v != null) return new Lookup(Kind.VALUE, v);
        if (missing.contains(key)) return Lookup.MISSING;
        // Exports from LimeSurvey and plain CSVs carry the option's number instead of its label.
        try {
            double number = Double.parseDouble(key.replace(',', '.'));
            for (Option o : options) if (o.value() == number) return new Lookup(Kind.VALUE, number);
        } catch (NumberFormatException ignored) {
            // not a number: unknown label
        }
        return Lookup.UNKNOWN;
    }

    /** The one reverse-keying rule used by every statistic: (min + max) − x. */
    public double reverse(double value) {
        return min() + max() - value;
    }

    public double min() {
        return options.stream().mapToDouble(Option::value).min().orElseThrow();
    }

    public double max() {
        return options.stream().mapToDouble(Option::value).max().orElseThrow();
    }

    /** Index of the middle option on an odd scale; null on an even scale. */
    public Integer neutralIndex() {
        return options.size() % 2 == 1 ? options.size() / 2 : null;
    }

    public String id() { return id; }
    public String label() { return label; }
    public List<Option> options() { return options; }
    public double agreeFrom() { return agreeFrom; }
    public double disagreeTo() { return disagreeTo; }
    public List<String> missingLabels() { return new ArrayList<>(missing); }
}
