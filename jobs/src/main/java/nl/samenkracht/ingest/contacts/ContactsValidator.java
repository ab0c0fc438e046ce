package nl.samenkracht.ingest.contacts;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.model.SchoolYear;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@code contacts:} section of study.yaml before any file is opened; every message
 * names the file and the YAML path (contacts.logs[0].values.type …) and, where it helps, the
 * closest allowed value.
 */
public final class ContactsValidator {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    static final Set<String> FORMATS = Set.of("auto", "csv", "xlsx");

    private ContactsValidator() {}

    /** @param file the study file, for messages */
    public static void validate(ContactsConfig c, String file) {
        String at0 = file + ": contacts";
        Set<String> logIds = new HashSet<>();
        for (int i = 0; i < c.logs().size(); i++) {
            ContactLogConfig l = c.logs().get(i);
            String at = at0 + ".logs[" + i + "]" + (l.id() == null ? "" : " (" + l.id() + ")");
            checkId(at, l.id(), logIds, "log");
            checkSource(at, l.files(), l.format(), l.kind());
            checkColumns(at, l.columns(), ContactVocabulary.LOG_COLUMNS, ContactVocabulary.REQUIRED_LOG_COLUMNS);
            for (Map.Entry<String, Map<String, String>> e : l.values().entrySet()) {
                List<String> allowed = ContactVocabulary.MAPPED.get(e.getKey());
                if (allowed == null)
                    throw new ConfigException(at + ".values: '" + e.getKey() + "' has no value mapping" + DidYouMean.hint(e.getKey(),
                            ContactVocabulary.MAPPED.keySet()) + "; mappable: " + String.join(", ", ContactVocabulary.MAPPED.keySet().stream().sorted().toList()));
                if (e.getValue() == null) continue;
                for (Map.Entry<String, String> m : e.getValue().entrySet()) {
                    if (m.getValue() == null || !allowed.contains(m.getValue()))
                        throw new ConfigException(at + ".values." + e.getKey() + ": '" + m.getKey() + "' maps to '" + m.getValue()
                                + "', which is not a canonical " + e.getKey() + DidYouMean.hint(String.valueOf(m.getValue()), allowed)
                                + "; allowed: " + String.join(", ", allowed));
                }
            }
            checkDateFormat(at + ".date_format", l.dateFormat());
        }
        Set<String> rosterIds = new HashSet<>();
        for (int i = 0; i < c.rosters().size(); i++) {
            RosterConfig r = c.rosters().get(i);
            String at = at0 + ".rosters[" + i + "]" + (r.id() == null ? "" : " (" + r.id() + ")");
            checkId(at, r.id(), rosterIds, "roster");
            checkSource(at, r.files(), r.format(), r.kind());
            checkColumns(at, r.columns(), ContactVocabulary.ROSTER_COLUMNS, List.of("counterpart"));
            checkDateFormat(at + ".date_format", r.dateFormat());
        }
        options(c.options(), at0 + ".options");
    }

    static void options(ContactOptions o, String at) {
        for (Map.Entry<String, DeadlineRule> e : o.deadlines().entrySet()) {
            String dat = at + ".deadlines." + e.getKey();
            if (!ContactVocabulary.TYPES.contains(e.getKey()))
                throw new ConfigException(dat + ": '" + e.getKey() + "' is not a contact type" + DidYouMean.hint(e.getKey(), ContactVocabulary.TYPES)
                        + "; types: " + String.join(", ", ContactVocabulary.TYPES));
            DeadlineRule r = e.getValue();
            if (r == null || (r.monthDay() == null) == (r.daysAfterStart() == null))
                throw new ConfigException(dat + ": give exactly one of month_day (e.g. \"10-01\") or days_after_start (e.g. 7)");
            if (r.monthDay() != null) monthDay(dat + ".month_day", r.monthDay());
            if (r.daysAfterStart() != null && r.daysAfterStart() < 1)
                throw new ConfigException(dat + ".days_after_start must be at least 1, got " + r.daysAfterStart());
            for (String k : r.kinds()) kind(dat + ".kinds", k);
        }
        if (o.firstWeeks() < 1 || o.firstWeeks() > 52)
            throw new ConfigException(at + ".first_weeks must be between 1 and 52, got " + o.firstWeeks());
        monthDay(at + ".first_weeks_start", o.firstWeeksStart());
        if (o.periods().isEmpty()) throw new ConfigException(at + ".periods: give at least one period (e.g. aug-okt)");
        Map<Integer, String> taken = new HashMap<>();
        for (String p : o.periods()) {
            Period period;
            try {
                period = Period.parse(p);
            } catch (ConfigException e) {
                throw new ConfigException(at + ".periods: " + e.getMessage());
            }
            for (int m : period.months()) {
                String before = taken.put(m, p);
                if (before != null) throw new ConfigException(at + ".periods: '" + p + "' overlaps '" + before + "'");
            }
        }
        for (String t : o.collectiveTypes()) {
            if (!ContactVocabulary.TYPES.contains(t))
                throw new ConfigException(at + ".collective_types: '" + t + "' is not a contact type" + DidYouMean.hint(t, ContactVocabulary.TYPES));
        }
        for (String y : o.schoolYears()) {
            String parsed = SchoolYear.parse(y);
            if (parsed == null || !parsed.equals(y))
                throw new ConfigException(at + ".school_years: '" + y + "' is not a school year written as 2024-2025"
                        + (parsed != null ? " (write '" + parsed + "')" : ""));
        }
    }

    private static void checkId(String at, String id, Set<String> seen, String what) {
        if (id == null) throw new ConfigException(at + ": id is required");
        if (!SAFE_ID.matcher(id).matches())
            throw new ConfigException(at + ": id '" + id + "' may only hold letters, digits, '.', '-' and '_'");
        if (!seen.add(id)) throw new ConfigException(at + ": duplicate " + what + " id '" + id + "'");
    }

    private static void checkSource(String at, List<String> files, String format, String kind) {
        if (files.isEmpty()) throw new ConfigException(at + ": files is empty");
        if (!FORMATS.contains(format))
            throw new ConfigException(at + ": format '" + format + "' is not one of auto, csv, xlsx" + DidYouMean.hint(format, FORMATS));
        if (kind == null) throw new ConfigException(at + ": kind is required (" + String.join(", ", ContactVocabulary.KINDS) + ")");
        kind(at + ".kind", kind);
    }

    private static void kind(String at, String kind) {
        if (!ContactVocabulary.KINDS.contains(kind))
            throw new ConfigException(at + ": '" + kind + "' is not a counterpart kind" + DidYouMean.hint(kind, ContactVocabulary.KINDS)
                    + "; kinds: " + String.join(", ", ContactVocabulary.KINDS));
    }

    private static void checkColumns(String at, Map<String, String> columns, List<String> allowed, List<String> required) {
        for (String k : columns.keySet()) {
            if (!allowed.contains(k))
                throw new ConfigException(at + ".columns: unknown logical column '" + k + "'" + DidYouMean.hint(k, allowed)
                        + "; allowed: " + String.join(", ", allowed));
            if (columns.get(k) == null || columns.get(k).isBlank())
                throw new ConfigException(at + ".columns." + k + ": give the column header");
        }
        for (String r : required) {
            if (!columns.containsKey(r)) throw new ConfigException(at + ".columns: '" + r + "' is required (the header of the " + r + " column)");
        }
    }

    private static void checkDateFormat(String at, String pattern) {
        if (pattern == null || "auto".equalsIgnoreCase(pattern)) return;
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at + ": '" + pattern + "' is not a valid date pattern (e.g. dd-MM-yyyy): " + e.getMessage());
        }
        if (pattern.contains("m") && !pattern.contains("M"))
            throw new ConfigException(at + ": '" + pattern + "' has mm (minutes) but no MM (month); write e.g. dd-MM-yyyy");
    }

    static MonthDay monthDay(String at, String text) {
        if (text == null || !MONTH_DAY.matcher(text).matches())
            throw new ConfigException(at + ": '" + text + "' must be written MM-dd, e.g. \"10-01\" for 1 October (quote it in YAML)");
        MonthDay md;
        try {
            md = MonthDay.parse("--" + text);
        } catch (DateTimeParseException e) {
            throw new ConfigException(at + ": '" + text + "' is not a day of the year (MM-dd)");
        }
        if (md.getMonthValue() == 2 && md.getDayOfMonth() == 29)
            throw new ConfigException(at + ": 02-29 does not exist in every year; use 02-28 or 03-01");
        return md;
    }
}
