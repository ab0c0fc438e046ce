package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.FlexibleDates;

import nl.samenkracht.model.SchoolYear;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a contact or a start date: the configured java.time pattern, or the common
 * Dutch and export formats ({@link FlexibleDates}: ISO, d-m-yyyy, day-first slash dates, Excel
 * serial numbers). An .xlsx date cell arrives as ISO text, so ISO is always accepted as well.
 * A failure says whether the text is no date at all or a date that does not exist (31-02-2024).
 */
final class DateReader implements Serializable {
    /** Outcome of reading one cell: a date (with its school year and ISO text), or why not (the reason, and a Dutch detail for the rejects listing). */
    record Read(LocalDate date, RejectReason reason, String detail, String schoolYear, String iso) {
        static Read of(LocalDate d) {
            return new Read(d, null, null, SchoolYear.of(d), d.toString());
        }

        static Read failed(RejectReason reason, String detail) {
            return new Read(null, reason, detail, null, null);
        }
    }

    /** A log has a few hundred distinct dates in a year: each is parsed once per task. */
    private static final int CACHE_LIMIT = 100_000;

    private static final Pattern ISO = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T.*)?$");
    private static final Pattern DATE_SHAPE = Pattern.compile("^(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{1,4})(?:[ T].*)?$");

    private final FlexibleDates auto;
    private final String pattern;
    private transient DateTimeFormatter strict;
    private transient Map<String, Read> cache;

    DateReader(String pattern) {
        this.pattern = pattern == null || "auto".equalsIgnoreCase(pattern) ? null : pattern;
        if (this.pattern != null) formatter(); // fail early on a bad pattern
        this.auto = new FlexibleDates(null, FlexibleDates.Order.DAY_FIRST);
    }

    Read read(String text) {
        if (text == null || text.isBlank()) return Read.failed(RejectReason.NO_DATE, "lege cel");
        if (cache == null) cache = new HashMap<>();
        Read hit = cache.get(text);
        if (hit == null) {
            if (cache.size() >= CACHE_LIMIT) cache.clear();
            hit = parse(text);
            cache.put(text, hit);
        }
        return hit;
    }

    private Read parse(String text) {
        String s = text.strip();
        LocalDate t = pattern != null ? withPattern(s) : date(auto.parse(s));
        if (t == null && pattern != null && ISO.matcher(s).matches()) t = date(auto.parse(s));
        if (t != null) return Read.of(t);
        if (impossible(s)) return Read.failed(RejectReason.IMPOSSIBLE_DATE, "'" + s + "' bestaat niet in de kalender");
        return Read.failed(RejectReason.UNREADABLE_DATE, "'" + s + "'" + (pattern != null ? " past niet bij het datumformaat " + pattern : ""));
    }

    private static LocalDate date(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }

    /**
     * The configured pattern, resolved STRICTLY: java.time's default (SMART) would quietly turn
     * 31-02-2024 into 29-02-2024. STRICT wants the proleptic year 'u' instead of year-of-era 'y'.
     */
    private LocalDate withPattern(String s) {
        try {
            TemporalAccessor t = formatter().parse(s);
            return LocalDate.from(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private DateTimeFormatter formatter() {
        if (strict == null) {
            StringBuilder b = new StringBuilder();
            boolean quoted = false;
            for (char c : pattern.toCharArray()) {
                if (c == '\'') quoted = !quoted;
                b.append(!quoted && c == 'y' ? 'u' : c);
            }
            strict = DateTimeFormatter.ofPattern(b.toString()).withResolverStyle(ResolverStyle.STRICT);
        }
        return strict;
    }

    /** Shaped like a date, but no reading of its parts (day-month or month-day, ISO) is a real day. */
    static boolean impossible(String s) {
        Matcher m = DATE_SHAPE.matcher(s);
        if (!m.matches()) return false;
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2)), c = Integer.parseInt(m.group(3));
        if (m.group(1).length() == 4) return !valid(a, b, c);
        int year = m.group(3).length() == 2 ? 2000 + c : c;
        if (m.group(3).length() != 4 && m.group(3).length() != 2) return false;
        return !valid(year, b, a) && !valid(year, a, b);
    }

    private static boolean valid(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
