package nl.samenkracht.ingest;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and time formats school exports use: ISO (2024-09-12T10:15), Dutch
 * (12-9-2024, 12-09-2024 10:15:03), Microsoft Forms (9/12/24 10:15:03, month first on an
 * English tenant), Google Forms (2024/09/12 10:15:03 AM CET) and Excel serial numbers (45547.43).
 * Day-month order of slash dates is decided once per column ({@link #detectOrder}), because a
 * single "3/4/2025" cannot tell. A configured java.time pattern overrides everything.
 */
public final class FlexibleDates implements Serializable {
    public enum Order { DAY_FIRST, MONTH_FIRST }

    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](.*))?$");
    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{2}|\\d{4})(?:[ T](.*))?$");
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp][Mm])?(?:\\s+[A-Za-z]{2,5}|\\s*[+-]\\d{2}:?\\d{2}|Z)?$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{5}(?:[.,]\\d+)?$");

    private final String pattern;
    private final Order slashOrder;
    private transient DateTimeFormatter formatter;

    public FlexibleDates(String configuredPattern, Order slashOrder) {
        this.pattern = configuredPattern == null || "auto".equalsIgnoreCase(configuredPattern) ? null : configuredPattern;
        this.slashOrder = slashOrder;
        if (pattern != null) DateTimeFormatter.ofPattern(pattern); // fail early on a bad pattern
    }

    /** Month first only when some value can only be read that way (second part above 12), or the export is English MS Forms. */
    public static Order detectOrder(Collection<String> values, Order fallback) {
        boolean dayFirstPossible = true;
        boolean monthFirstPossible = true;
        for (String v : values) {
            if (v == null) continue;
            Matcher m = DMY.matcher(v.strip());
            if (!m.matches() || !"/".equals(m.group(2))) continue;
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12) monthFirstPossible = false;
            if (b > 12) dayFirstPossible = false;
        }
        if (dayFirstPossible && !monthFirstPossible) return Order.DAY_FIRST;
        if (monthFirstPossible && !dayFirstPossible) return Order.MONTH_FIRST;
        return fallback;
    }

    /** @return the date-time, or null when the text is not a date (the caller rejects with a reason) */
    public LocalDateTime parse(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip();
        try {
            if (pattern != null) return parseWithPattern(s);
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) return at(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)), iso.group(4));
            Matcher dmy = DMY.matcher(s);
            if (dmy.matches()) {
                int year = num(dmy, 4);
                if (dmy.group(4).length() == 2) year += 2000;
                int first = num(dmy, 1);
                int second = num(dmy, 3);
                boolean monthFirst = "/".equals(dmy.group(2)) && slashOrder == Order.MONTH_FIRST;
                LocalDate d = monthFirst ? LocalDate.of(year, first, second) : LocalDate.of(year, second, first);
                return at(d, dmy.group(5));
            }
            if (SERIAL.matcher(s).matches()) {
                double serial = Double.parseDouble(s.replace(',', '.'));
                // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was.
                LocalDateTime base = LocalDateTime.of(1899, 12, 30, 0, 0);
                long seconds = Math.round((serial - Math.floor(serial)) * 86400);
                return base.plusDays((long) Math.floor(serial)).plusSeconds(seconds);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // 31-02-2025 and the like: impossible dates
        }
        return null;
    }

    private LocalDateTime parseWithPattern(String s) {
        if (formatter == null) formatter = DateTimeFormatter.ofPattern(pattern);
        try {
            return LocalDateTime.parse(s, formatter);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s, formatter).atStartOfDay();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static LocalDateTime at(LocalDate date, String time) {
        if (time == null || time.isBlank()) return date.atStartOfDay();
        Matcher t = TIME.matcher(time.strip());
        if (!t.matches()) return null;
        int hour = Integer.parseInt(t.group(1));
        String ampm = t.group(4);
        if (ampm != null) {
            boolean pm = ampm.equalsIgnoreCase("pm");
            if (hour == 12) hour = pm ? 12 : 0;
            else if (pm) hour += 12;
        }
        int sec = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        return date.atTime(LocalTime.of(hour, Integer.parseInt(t.group(2)), sec));
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
