package nl.samenkracht.ingest.contacts;

import nl.samenkracht.config.ConfigException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A period of the school year for "reached in every period": a run of whole months written the
 * Dutch way, "aug-okt" or "sep". A range runs forward through the school year (August … July),
 * so "nov-jan" is November, December, January.
 *
 * @param label  as configured
 * @param months calendar months (1–12) in school-year order
 */
public record Period(String label, List<Integer> months) implements Serializable {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("januari", 1), Map.entry("feb", 2), Map.entry("februari", 2),
            Map.entry("mrt", 3), Map.entry("maa", 3), Map.entry("maart", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("mei", 5), Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("aug", 8), Map.entry("augustus", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));

    /** Position of a month in the school year: August 0 … July 11. */
    public static int schoolYearIndex(int month) {
        return (month + 4) % 12;
    }

    public static Period parse(String text) {
        if (text == null || text.isBlank()) throw new ConfigException("an empty period");
        String t = text.strip().toLowerCase(Locale.ROOT);
        String[] parts = t.split("\\s*-\\s*");
        if (parts.length > 2) throw new ConfigException("period '" + text + "' must be one month or a range like aug-okt");
        Integer from = MONTHS.get(parts[0]);
        Integer to = MONTHS.get(parts[parts.length - 1]);
        if (from == null || to == null)
            throw new ConfigException("period '" + text + "': unknown month; use jan feb mrt apr mei jun jul aug sep okt nov dec");
        if (schoolYearIndex(from) > schoolYearIndex(to))
            throw new ConfigException("period '" + text + "' runs past the end of the school year (July); periods lie within August … July");
        List<Integer> months = new ArrayList<>();
        for (int i = schoolYearIndex(from); i <= schoolYearIndex(to); i++) months.add((i + 7) % 12 + 1);
        return new Period(text.strip(), List.copyOf(months));
    }

    /** First day of the period in the school year that starts in {@code startYear}. */
    public LocalDate start(int startYear) {
        int m = months.get(0);
        return LocalDate.of(m >= 8 ? startYear : startYear + 1, m, 1);
    }

    /** Last day of the period in the school year that starts in {@code startYear}. */
    public LocalDate end(int startYear) {
        int m = months.get(months.size() - 1);
        return YearMonth.of(m >= 8 ? startYear : startYear + 1, m).atEndOfMonth();
    }
}
