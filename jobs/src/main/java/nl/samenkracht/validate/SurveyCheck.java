package nl.samenkracht.validate;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.InstrumentConfig;
import nl.samenkracht.config.ItemConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.config.ValueSource;
import nl.samenkracht.ingest.FlexibleDates;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.survey.ExportLayout;
import nl.samenkracht.inspect.ExportTable;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.SchoolYear;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks one survey export the way the ingest will read it, without Spark: the layout, every configured
 * column, then every row (respondent, dates, wave, location, group, answers on the scale). Counts what a
 * run would reject and which cells it would treat as missing.
 */
final class SurveyCheck {
    private final Study study;
    private final Map<String, AnswerScale> scales;
    private final Findings findings;

    SurveyCheck(Study study, Map<String, AnswerScale> scales, Findings findings) {
        this.study = study;
        this.scales = scales;
        this.findings = findings;
    }

    /** An item's column and how to read it. */
    private record Item(int column, String header, AnswerScale scale, boolean open) {}

    void check(SurveyConfig s) {
        String owner = "survey '" + s.id() + "'";
        for (Path file : Sources.files(study, s.files(), "surveys '" + s.id() + "'", findings)) {
            String label = study.dir().relativize(file).toString();
            try {
                checkFile(s, owner, file, label);
            } catch (InputException e) {
                findings.input(label, e.getMessage());
            } catch (ConfigException e) {
                findings.config(label, e.getMessage());
            }
        }
    }

    private void checkFile(SurveyConfig s, String owner, Path file, String label) {
        List<String[]> head = new ArrayList<>();
        ExportLayout layout;
        try (ExportTable t = ExportTable.open(study.dir(), file, s.format(), s.sheet(), s.csv())) {
            ExportTable.Record first = t.next();
            if (first == null) throw new InputException(label + ": the file is empty (no header)");
            List<String> header = clean(first.cells());
            layout = ExportLayout.forFormat(s.format(), header);
            int headerRows = layout.headerRows;
            List<ExportTable.Record> extraHeader = new ArrayList<>();
            for (int i = 1; i < headerRows; i++) {
                ExportTable.Record r = t.next();
                if (r != null) extraHeader.add(r);
            }
            boolean qualtrics = layout == ExportLayout.QUALTRICS || layout == ExportLayout.QUALTRICS_LEGACY;
            List<String> alternative = qualtrics && !extraHeader.isEmpty() ? clean(extraHeader.get(0).cells()) : List.of();
            Columns cols = new Columns(label, owner, header, alternative, findings);
            Plan plan = plan(s, cols, layout, file.getFileName().toString(), label);
            RowTally tally = new RowTally();
            findings.file("surveys '" + s.id() + "'", label, layout.label + " (recognised layout), " + t.readAs() + ", "
                    + header.size() + " columns" + (plan == null ? ", not read further" : ""), plan == null ? null : tally);
            if (plan == null) return;
            List<ExportTable.Record> buffered = new ArrayList<>();
            FlexibleDates dates = plan.dateColumn < 0 ? null : dates(s, layout, t, plan.dateColumn, buffered);
            for (ExportTable.Record r : buffered) row(r, plan, dates, header.size(), tally);
            ExportTable.Record r;
            while ((r = t.next()) != null) row(r, plan, dates, header.size(), tally);
        }
    }

    /** Everything found in the header; null when a configured column is missing (the rows are then not read). */
    private record Plan(int respondent, int dateColumn, boolean yearFromDate, ValueSource schoolYear, int yearColumn,
                        String fixedYear, ValueSource wave, int waveColumn, String fixedWave, ValueSource location,
                        int locationColumn, ValueSource group, int groupColumn, List<Item> items, Set<String> locations,
                        List<String> header) {
        String name(int column) {
            return column >= 0 && column < header.size() ? header.get(column) : null;
        }
    }

    private Plan plan(SurveyConfig s, Columns cols, ExportLayout layout, String fileName, String label) {
        InstrumentConfig instrument = study.config().instrument(s.instrument());
        boolean ok = true;
        int respondent = -1;
        if (s.respondent() != null) {
            respondent = cols.required(s.respondent(), "respondent");
            ok &= respondent >= 0;
        }
        int submitted = s.submittedAt() != null ? cols.required(s.submittedAt(), "submitted_at") : -1;
        ok &= s.submittedAt() == null || submitted >= 0;
        List<Item> items = new ArrayList<>();
        for (ItemConfig it : instrument.items()) {
            String role = "item " + it.id();
            int c = it.column() != null ? cols.required(it.column(), role) : cols.byPattern(it.pattern(), role);
            ok &= c >= 0;
            String scaleId = it.answerScale() != null ? it.answerScale() : instrument.answerScale();
            items.add(new Item(c, cols.header(c), it.isOpen() ? null : scales.get(scaleId), it.isOpen()));
        }
        int[] year = attribute(s.schoolYear(), "school_year", cols, fileName, label);
        int[] wave = attribute(s.wave(), "wave", cols, fileName, label);
        int[] location = attribute(s.location(), "location", cols, fileName, label);
        int[] group = attribute(s.group(), "group", cols, fileName, label);
        ok &= year[1] + wave[1] + location[1] + group[1] == 4;
        if (!ok) return null;
        boolean fromDate = s.schoolYear() != null && s.schoolYear().fromDate() != null;
        int dateColumn = fromDate ? year[0] : -1;
        Set<String> locations = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        locations.addAll(study.config().locations());
        return new Plan(respondent, dateColumn, fromDate, s.schoolYear(), year[0], fixed(s.schoolYear(), fileName),
                s.wave(), wave[0], fixed(s.wave(), fileName), s.location(), location[0], s.group(), group[0], items,
                locations, cols.headerList());
    }

    /** {column index or -1, ok}. */
    private int[] attribute(ValueSource v, String role, Columns cols, String fileName, String label) {
        if (v == null || v.value() != null) return new int[]{-1, 1};
        if (v.fromFileName() != null) {
            if (fixed(v, fileName) == null) {
                findings.config(label, role + ": the file name contains none of " + String.join(", ", v.fromFileName().keySet()));
                return new int[]{-1, 0};
            }
            return new int[]{-1, 1};
        }
        String column = v.column() != null ? v.column() : v.fromDate();
        int i = cols.required(column, role);
        return new int[]{i, i >= 0 ? 1 : 0};
    }

    private static String fixed(ValueSource v, String fileName) {
        if (v == null) return null;
        if (v.value() != null) return v.value();
        if (v.fromFileName() != null) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (var e : v.fromFileName().entrySet()) if (lower.contains(e.getKey().toLowerCase(Locale.ROOT))) return e.getValue();
        }
        return null;
    }

    /** The date reading the ingest uses: configured, else slash-date order detected from up to 5,000 values. */
    private static FlexibleDates dates(SurveyConfig s, ExportLayout layout, ExportTable t, int column, List<ExportTable.Record> buffered) {
        FlexibleDates.Order fallback = layout == ExportLayout.MSFORMS_EN ? FlexibleDates.Order.MONTH_FIRST : FlexibleDates.Order.DAY_FIRST;
        String configured = s.schoolYear() != null && s.schoolYear().dateFormat() != null ? s.schoolYear().dateFormat()
                : !"auto".equals(s.csv().dateFormat()) ? s.csv().dateFormat() : null;
        if (configured != null) return new FlexibleDates(configured, fallback);
        List<String> values = new ArrayList<>();
        ExportTable.Record r;
        while (values.size() < 5000 && buffered.size() < 20_000 && (r = t.next()) != null) {
            buffered.add(r);
            String v = r.cell(column);
            if (v != null && v.contains("/")) values.add(v);
        }
        return new FlexibleDates(null, FlexibleDates.detectOrder(values, fallback));
    }

    private static void row(ExportTable.Record r, Plan p, FlexibleDates dates, int width, RowTally tally) {
        if (r.isBlank()) {
            tally.empty++;
            return;
        }
        tally.read++;
        int row = r.row();
        String[] c = r.cells();
        if (c.length != width) {
            tally.reject("row does not fit the header (" + c.length + " fields, the header has " + width + ")", null, row);
            return;
        }
        if (p.respondent >= 0 && blank(c[p.respondent])) {
            tally.reject("no respondent", p.name(p.respondent), row);
            return;
        }
        if (p.yearFromDate) {
            String v = c[p.dateColumn];
            if (blank(v)) {
                tally.reject("no date", p.name(p.dateColumn), row);
                return;
            }
            if (dates.parse(v) == null) {
                tally.reject("unreadable date", p.name(p.dateColumn), row);
                return;
            }
        } else {
            String y = p.fixedYear != null ? p.fixedYear : p.yearColumn >= 0 ? mapped(c[p.yearColumn], p.schoolYear) : null;
            if (SchoolYear.parse(y) == null) {
                tally.reject("invalid school year", p.name(p.yearColumn), row);
                return;
            }
        }
        String wave = p.fixedWave != null ? p.fixedWave : p.waveColumn >= 0 ? mapped(c[p.waveColumn], p.wave) : null;
        if (wave == null) {
            tally.reject("no wave", p.name(p.waveColumn), row);
            return;
        }
        if (p.location != null) {
            String loc = p.location.value() != null ? p.location.value() : p.locationColumn >= 0 ? mapped(c[p.locationColumn], p.location) : null;
            if (loc == null) {
                tally.reject("no location", p.name(p.locationColumn), row);
                return;
            }
            if (!p.locations.isEmpty() && !p.locations.contains(loc)) {
                tally.reject("location not in the study's locations:", p.name(p.locationColumn), row);
                return;
            }
        }
        int answered = 0;
        for (Item it : p.items) {
            String text = c[it.column];
            if (it.open) {
                if (!blank(text)) answered++;
                continue;
            }
            AnswerScale.Lookup l = it.scale.lookup(text);
            if (l.kind() == AnswerScale.Kind.VALUE) answered++;
            else if (l.kind() == AnswerScale.Kind.UNKNOWN) tally.cell("answer not on scale " + it.scale.id(), it.header, row);
        }
        if (answered == 0) tally.reject("no answers", null, row);
    }

    private static String mapped(String raw, ValueSource v) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        for (var e : v.map().entrySet()) if (e.getKey().equalsIgnoreCase(s)) return e.getValue();
        return s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> clean(String[] rec) {
        List<String> out = new ArrayList<>();
        for (String c : rec) out.add(c == null ? "" : c.strip());
        return out;
    }
}
