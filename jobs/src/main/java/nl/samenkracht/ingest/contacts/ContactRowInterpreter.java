package nl.samenkracht.ingest.contacts;

import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.model.SchoolYear;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Turns one raw row of a contact log into a canonical contact (dates read, labels mapped to
 * canonical values, counterpart and staff pseudonymised) or a row reject with a Dutch reason.
 * A kept row may carry cell issues (an unknown channel, tone, initiator or "kind aanwezig" value,
 * an unreadable count): that value then counts as not recorded. Raw identifiers never leave this
 * function. Input columns as {@link RawExport#rows()}.
 *
 * <p>Rejected: a row with a different number of fields than the header; no, an unreadable or an
 * impossible date; a date outside the study's school years; no or an unknown contact type; no
 * counterpart (except for a collective activity); an unknown location when the study lists its
 * locations.
 */
final class ContactRowInterpreter implements FlatMapFunction<Row, Row> {
    static final String COUNTERPART_PREFIX = "o";
    static final String STAFF_PREFIX = "m";

    private final ContactFilePlan plan;
    private final Pseudonymizer pseudonymizer;
    private final int cDate, cCounterpart, cStaff, cLocation, cClass, cType, cChannel, cInitiator, cTone, cChild, cAttendance;
    private transient Cells.Pseudonyms pseudonyms;

    ContactRowInterpreter(ContactFilePlan plan, Pseudonymizer pseudonymizer) {
        this.plan = plan;
        this.pseudonymizer = pseudonymizer;
        cDate = plan.column("date");
        cCounterpart = plan.column("counterpart");
        cStaff = plan.column("staff");
        cLocation = plan.column("location");
        cClass = plan.column("class");
        cType = plan.column("type");
        cChannel = plan.column("channel");
        cInitiator = plan.column("initiator");
        cTone = plan.column("tone");
        cChild = plan.column("child_present");
        cAttendance = plan.column("attendance");
    }

    @Override
    public Iterator<Row> call(Row raw) {
        int width = plan.width();
        long idx = raw.getLong(width + 1);
        if (idx < 1) return Collections.emptyIterator(); // the header
        int row = (int) raw.getLong(width + 2);
        if (!raw.isNullAt(width)) {
            int fields = Cells.fields(raw.getString(width), plan.delimiter(), plan.leadingColumns());
            return one(reject(row, null, "rij past niet bij de kop", null, fields + " velden, de kop heeft er " + width));
        }
        String[] cells = Cells.read(raw, width, plan.windows1252());

        DateReader.Read d = plan.dates().read(Cells.at(cells, cDate));
        if (d.date() == null) return one(reject(row, null, d.reason(), header(cDate), d.detail()));
        LocalDate date = d.date();
        String year = SchoolYear.of(date);
        if (!plan.schoolYears().isEmpty() && !plan.schoolYears().contains(year))
            return one(reject(row, year, "datum buiten de schooljaren van het onderzoek", header(cDate),
                    "'" + cells[cDate] + "' valt in " + year + "; het onderzoek gaat over " + String.join(", ", plan.schoolYears())));

        String typeText = Cells.at(cells, cType);
        if (typeText == null) return one(reject(row, year, "geen soort contact", header(cType), "lege cel"));
        String type = Cells.mapped(plan.values().get("type"), "type", typeText);
        if (type == null)
            return one(reject(row, year, "onbekende soort contact", header(cType), "'" + typeText + "' staat niet in values.type"
                    + " en is geen standaardsoort" + hint(typeText, "type")));
        boolean collective = plan.collectiveTypes().contains(type);

        String counterpartText = Cells.at(cells, cCounterpart);
        if (counterpartText == null && !collective)
            return one(reject(row, year, "geen " + ContactVocabulary.counterpartLabel(plan.kind()), header(cCounterpart), "lege cel"));

        String location = Cells.at(cells, cLocation);
        if (location != null && !plan.knownLocations().isEmpty() && !plan.knownLocations().contains(location))
            return one(reject(row, year, "onbekende locatie", header(cLocation),
                    "'" + location + "'" + DidYouMean.hint(location, plan.knownLocations())));

        List<Row> issues = new ArrayList<>(0);
        String channel = optional(cells, cChannel, "channel", "onbekend kanaal", issues);
        String initiator = optional(cells, cInitiator, "initiator", "onbekend initiatief", issues);
        String tone = optional(cells, cTone, "tone", "onbekende toon", issues);
        String child = optional(cells, cChild, "child_present", "onbekende waarde voor kind aanwezig", issues);
        Integer attendance = attendance(cells, issues);

        Cells.Pseudonyms p = pseudonyms();
        // A collective activity has no individual counterpart: whoever is named is not kept.
        String counterpart = collective ? null : p.of(COUNTERPART_PREFIX, counterpartText);
        String staff = p.of(STAFF_PREFIX, Cells.at(cells, cStaff));
        return one(RowFactory.create("contact", plan.logId(), plan.kind(), plan.fileLabel(), row, year, date.toString(),
                location, Cells.at(cells, cClass), counterpart, staff, type, channel, initiator, tone,
                child == null ? null : "ja".equals(child), attendance, collective, null, null, null,
                issues.isEmpty() ? null : Cells.seq(issues)));
    }

    private String optional(String[] cells, int column, String logical, String reason, List<Row> issues) {
        String text = Cells.at(cells, column);
        if (text == null) return null;
        String v = Cells.mapped(plan.values().get(logical), logical, text);
        if (v == null)
            issues.add(Cells.issue(reason, header(column), "'" + text + "' staat niet in values." + logical
                    + " en is geen standaardwaarde" + hint(text, logical) + "; telt als niet ingevuld"));
        return v;
    }

    private Integer attendance(String[] cells, List<Row> issues) {
        String text = Cells.at(cells, cAttendance);
        if (text == null) return null;
        try {
            int n = Integer.parseInt(text.replace(".", "").replace(" ", ""));
            if (n >= 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        issues.add(Cells.issue("ongeldig aantal aanwezigen", header(cAttendance), "'" + text + "' is geen heel getal van 0 of meer"));
        return null;
    }

    private static String hint(String text, String logical) {
        String h = DidYouMean.hint(text, ContactVocabulary.MAPPED.get(logical));
        return h.isEmpty() ? " (" + String.join(", ", ContactVocabulary.MAPPED.get(logical)) + ")" : h;
    }

    private Cells.Pseudonyms pseudonyms() {
        if (pseudonyms == null) pseudonyms = new Cells.Pseudonyms(pseudonymizer);
        return pseudonyms;
    }

    private String header(int column) {
        return column < 0 ? null : plan.header().get(column);
    }

    private Row reject(int row, String schoolYear, String reason, String column, String detail) {
        return RowFactory.create("reject", plan.logId(), plan.kind(), plan.fileLabel(), row, schoolYear, null, null, null,
                null, null, null, null, null, null, null, null, null, reason, column, detail, null);
    }

    private static Iterator<Row> one(Row r) {
        return Collections.singletonList(r).iterator();
    }
}
