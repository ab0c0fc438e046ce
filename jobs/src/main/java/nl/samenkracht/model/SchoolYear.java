package nl.samenkracht.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dutch school year "2024-2025", which starts on 1 August. */
public final class SchoolYear {
    private static final Pattern FORM = Pattern.compile("^(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})$");

    private SchoolYear() {}

    public static String of(LocalDate date) {
        int start = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** First day (1 August) of a school year label. */
    public static LocalDate start(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 8, 1);
    }

    /** Accepts "2024-2025", "2024/2025", "2024-25"; null when it is none of those. */
    public static String parse(String text) {
        if (text == null) return null;
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) return null;
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (m.group(2).length() == 2) end += (start / 100) * 100 + (start % 100 == 99 ? 100 : 0);
        return end == start + 1 ? start + "-" + end : null;
    }
}
