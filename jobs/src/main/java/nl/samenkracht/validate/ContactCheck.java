package nl.samenkracht.validate;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.FlexibleDates;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.contacts.ContactLogConfig;
import nl.samenkracht.ingest.contacts.ContactVocabulary;
import nl.samenkracht.ingest.contacts.ContactsConfig;
import nl.samenkracht.ingest.contacts.RosterConfig;
import nl.samenkracht.inspect.ExportTable;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.SchoolYear;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks contact logs and rosters without Spark: files, every configured column (with did-you-mean),
 * then every row as the contact ingest reads it: dates (the configured pattern, strictly, or the usual
 * export formats), school years, contact types and the other mapped values (values: or a canonical
 * value), counterparts and locations.
 */
final class ContactCheck {
    private final Study study;
    private final ContactsConfig config;
    private final Findings findings;

    ContactCheck(Study study, ContactsConfig config, Findings findings) {
        this.study = study;
        this.config = config;
        this.findings = findings;
    }

    void check() {
        for (ContactLogConfig l : config.logs()) {
            String owner = "contacts '" + l.id() + "'";
            for (Path file : Sources.files(study, l.files(), owner, findings))
                guarded(file, label -> log(l, owner, file, label));
        }
        for (RosterConfig r : config.rosters()) {
            String owner = "roster '" + r.id() + "'";
            for (Path file : Sources.files(study, r.files(), owner, findings))
                guarded(file, label -> roster(r, owner, file, label));
        }
    }

    private void guarded(Path file, java.util.function.Consumer<String> check) {
        String label = study.dir().relativize(file).toString();
        try {
            check.accept(label);
        } catch (InputException e) {
            findings.input(label, e.getMessage());
        } catch (ConfigException e) {
            findings.config(label, e.getMessage());
        }
    }

    private void log(ContactLogConfig l, String owner, Path file, String label) {
        try (ExportTable t = ExportTable.open(study.dir(), file, l.format(), l.sheet(), l.csv())) {
            ExportTable.Record first = t.next();
            if (first == null) throw new InputException(label + ": the file is empty (no header)");
            List<String> header = SurveyCheckSupport.clean(first.cells());
            Columns cols = new Columns(label, owner, header, List.of(), findings);
            Map<String, Integer> at = columns(l.columns(), cols);
            RowTally tally = new RowTally();
            boolean ok = at != null;
            findings.file("contacts '" + l.id() + "'", label, "contact log (" + l.kind() + "), " + t.readAs() + ", " + header.size()
                    + " columns" + (ok ? "" : ", not read further"), ok ? tally : null);
            if (!ok) return;
            Dates dates = new Dates(l.dateFormat());
            Set<String> collective = Set.copyOf(config.options().collectiveTypes());
            List<String> years = config.options().schoolYears();
            List<String> locations = study.config().locations();
            ExportTable.Record r;
            while ((r = t.next()) != null) {
                if (r.isBlank()) {
                    tally.empty++;
                    continue;
                }
                tally.read++;
                String[] c = r.cells();
                int row = r.row();
                if (c.length != header.size()) {
                    tally.reject("row does not fit the header (" + c.length + " fields, the header has " + header.size() + ")", null, row);
                    continue;
                }
                String date = cell(c, at.get("date"));
                String dateWhy = dates.problem(date);
                if (dateWhy != null) {
                    tally.reject(dateWhy, cols.header(at.get("date")), row);
                    continue;
                }
                String year = SchoolYear.of(dates.read(date));
                if (!years.isEmpty() && !years.contains(year)) {
                    tally.reject("date outside contacts.options.school_years", cols.header(at.get("date")), row);
                    continue;
                }
                String typeText = cell(c, at.get("type"));
                if (typeText == null) {
                    tally.reject("no contact type", cols.header(at.get("type")), row);
                    continue;
                }
                String type = canonical(l.values().get("type"), "type", typeText);
                if (type == null) {
                    tally.reject("contact type neither in values.type nor a standard type", cols.header(at.get("type")), row);
                    continue;
                }
                if (cell(c, at.get("counterpart")) == null && !collective.contains(type)) {
                    tally.reject("no counterpart", cols.header(at.get("counterpart")), row);
                    continue;
                }
                String location = cell(c, at.getOrDefault("location", -1));
                if (location != null && !locations.isEmpty() && !locations.contains(location)) {
                    tally.reject("location not in the study's locations:", cols.header(at.get("location")), row);
                    continue;
                }
                for (String logical : List.of("channel", "initiator", "tone", "child_present")) {
                    Integer i = at.get(logical);
                    String text = cell(c, i == null ? -1 : i);
                    if (text != null && canonical(l.values().get(logical), logical, text) == null)
                        tally.cell("value neither in values." + logical + " nor a standard value", cols.header(i), row);
                }
                Integer a = at.get("attendance");
                String n = cell(c, a == null ? -1 : a);
                if (n != null && !n.replace(".", "").replace(" ", "").matches("\\d+"))
                    tally.cell("attendance is not a whole number", cols.header(a), row);
            }
        }
    }

    private void roster(RosterConfig r, String owner, Path file, String label) {
        try (ExportTable t = ExportTable.open(study.dir(), file, r.format(), r.sheet(), r.csv())) {
            ExportTable.Record first = t.next();
            if (first == null) throw new InputException(label + ": the file is empty (no header)");
            List<String> header = SurveyCheckSupport.clean(first.cells());
            Columns cols = new Columns(label, owner, header, List.of(), findings);
            Map<String, Integer> at = columns(r.columns(), cols);
            RowTally tally = new RowTally();
            boolean ok = at != null;
            findings.file("rosters '" + r.id() + "'", label, "roster (" + r.kind() + "), " + t.readAs() + ", " + header.size()
                    + " columns" + (ok ? "" : ", not read further"), ok ? tally : null);
            if (!ok) return;
            Dates dates = new Dates(r.dateFormat());
            List<String> years = config.options().schoolYears();
            List<String> locations = study.config().locations();
            ExportTable.Record rec;
            while ((rec = t.next()) != null) {
                if (rec.isBlank()) {
                    tally.empty++;
                    continue;
                }
                tally.read++;
                String[] c = rec.cells();
                int row = rec.row();
                if (c.length != header.size()) {
                    tally.reject("row does not fit the header (" + c.length + " fields, the header has " + header.size() + ")", null, row);
                    continue;
                }
                if (cell(c, at.get("counterpart")) == null) {
                    tally.reject("no counterpart", cols.header(at.get("counterpart")), row);
                    continue;
                }
                String location = cell(c, at.getOrDefault("location", -1));
                if (location != null && !locations.isEmpty() && !locations.contains(location)) {
                    tally.reject("location not in the study's locations:", cols.header(at.get("location")), row);
                    continue;
                }
                int cStart = at.getOrDefault("start_date", -1);
                int cYear = at.getOrDefault("school_year", -1);
                String year = null;
                if (cStart >= 0) {
                    String why = dates.problem(cell(c, cStart));
                    if (why != null && cYear < 0) {
                        tally.reject(why.replace("date", "start date"), cols.header(cStart), row);
                        continue;
                    }
                    if (why != null) tally.cell(why.replace("date", "start date"), cols.header(cStart), row);
                    else year = SchoolYear.of(dates.read(cell(c, cStart)));
                }
                if (cYear >= 0) {
                    year = SchoolYear.parse(cell(c, cYear));
                    if (year == null) {
                        tally.reject("invalid school year", cols.header(cYear), row);
                        continue;
                    }
                }
                if (year != null && !years.isEmpty() && !years.contains(year))
                    tally.reject("school year outside contacts.options.school_years (not used)", cols.header(cYear >= 0 ? cYear : cStart), row);
            }
        }
    }

    /** Logical column → index; null when one is missing (each recorded). */
    private static Map<String, Integer> columns(Map<String, String> configured, Columns cols) {
        Map<String, Integer> at = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, String> e : configured.entrySet()) {
            int i = cols.required(e.getValue(), "columns." + e.getKey());
            ok &= i >= 0;
            at.put(e.getKey(), i);
        }
        return ok ? at : null;
    }

    private static String cell(String[] c, int i) {
        if (i < 0 || i >= c.length || c[i] == null) return null;
        String s = c[i].strip();
        return s.isEmpty() ? null : s;
    }

    /** The canonical value of a label: mapped in values:, or itself canonical; null when neither. */
    static String canonical(Map<String, String> mapping, String logical, String text) {
        String n = AnswerScale.normalise(text);
        if (mapping != null)
            for (Map.Entry<String, String> e : mapping.entrySet()) if (AnswerScale.normalise(e.getKey()).equals(n)) return e.getValue();
        String asValue = n.replace(' ', '_');
        for (String c : ContactVocabulary.MAPPED.get(logical)) if (c.equals(asValue)) return c;
        return null;
    }

    /** Dates as the contact ingest reads them: a configured pattern strictly (ISO also accepted), else the export formats. */
    static final class Dates {
        private final DateTimeFormatter strict;
        private final FlexibleDates auto = new FlexibleDates(null, FlexibleDates.Order.DAY_FIRST);
        private final Map<String, LocalDate> cache = new HashMap<>();

        Dates(String pattern) {
            if (pattern == null || "auto".equalsIgnoreCase(pattern)) {
                strict = null;
            } else {
                StringBuilder b = new StringBuilder();
                boolean quoted = false;
                for (char ch : pattern.toCharArray()) {
                    if (ch == '\'') quoted = !quoted;
                    b.append(!quoted && ch == 'y' ? 'u' : ch);
                }
                strict = DateTimeFormatter.ofPattern(b.toString()).withResolverStyle(ResolverStyle.STRICT);
            }
        }

        LocalDate read(String text) {
            if (text == null) return null;
            return cache.computeIfAbsent(text, this::parse);
        }

        private LocalDate parse(String text) {
            String s = text.strip();
            if (strict != null) {
                try {
                    return LocalDate.from(strict.parse(s));
                } catch (DateTimeException e) {
                    if (!s.matches("^\\d{4}-\\d{2}-\\d{2}(T.*)?$")) return null;
                }
            }
            LocalDateTime t = auto.parse(s);
            return t == null ? null : t.toLocalDate();
        }

        /** Null when the text is a date, else why not (English). */
        String problem(String text) {
            if (text == null || text.isBlank()) return "no date";
            return read(text) == null ? "unreadable or impossible date" : null;
        }
    }
}
