package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.privacy.Pseudonymizer;
import nl.samenkracht.ingest.frontend.RawRecord;
import nl.samenkracht.ingest.frontend.RecordInterpreter;
import nl.samenkracht.ingest.frontend.RowKind;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one raw row of a contact log into a canonical contact (dates read, labels mapped to
 * canonical values, counterpart and staff pseudonymised) or a row reject with a Dutch reason.
 * A kept row may carry cell issues (an unknown channel, tone, initiator or "kind aanwezig" value,
 * an unreadable count): that value then counts as not recorded. Raw identifiers never leave this
 * function. Input: a {@link RawRecord} from the front end.
 *
 * <p>Rejected: a row with a different number of fields than the header; no, an unreadable or an
 * impossible date; a date outside the study's school years; no or an unknown contact type; no
 * counterpart (except for a collective activity); an unknown location when the study lists its
 * locations.
 */
final class ContactRowInterpreter implements RecordInterpreter<ContactFilePlan> {
    static final String COUNTERPART_PREFIX = "o";
    static final String STAFF_PREFIX = "m";

    private final Pseudonymizer pseudonymizer;
    private transient ContactFilePlan plan;
    private transient int cDate, cCounterpart, cStaff, cLocation, cClass, cType, cChannel, cInitiator, cTone, cChild, cAttendance;
    private transient Cells.Pseudonyms pseudonyms;
    private transient Map<String, Cells.Labels> labels;

    ContactRowInterpreter(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    @Override
    public void begin(ContactFilePlan plan) {
        this.plan = plan;
        labels = null; // value mappings are per log
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
    public void interpret(RawRecord record, ContactFilePlan plan, List<Row> out) {
        Row r = interpret(record, plan);
        if (r != null) out.add(r);
    }

    private Row interpret(RawRecord record, ContactFilePlan plan) {
        int row = record.row();
        if (!record.fits())
            return reject(row, null, RejectReason.FIELD_COUNT, null, record.fields() + " velden, de kop heeft er " + plan.width());
        String[] cells = Cells.read(record);

        DateReader.Read d = plan.dates().read(Cells.at(cells, cDate));
        if (d.date() == null) return reject(row, null, d.reason(), header(cDate), d.detail());
        LocalDate date = d.date();
        String year = d.schoolYear();
        if (!plan.schoolYears().isEmpty() && !plan.schoolYears().contains(year))
            return reject(row, year, RejectReason.DATE_OUTSIDE_STUDY, header(cDate),
                    "'" + cells[cDate] + "' valt in " + year + "; het onderzoek gaat over " + String.join(", ", plan.schoolYears()));

        String typeText = Cells.at(cells, cType);
        if (typeText == null) return reject(row, year, RejectReason.NO_CONTACT_TYPE, header(cType), "lege cel");
        String type = labels("type").of(typeText);
        if (type == null)
            return reject(row, year, RejectReason.UNKNOWN_CONTACT_TYPE, header(cType), "'" + typeText + "' staat niet in values.type"
                    + " en is geen standaardsoort" + hint(typeText, "type"));
        boolean collective = plan.collectiveTypes().contains(type);

        String counterpartText = Cells.at(cells, cCounterpart);
        if (counterpartText == null && !collective)
            return reject(row, year, ContactVocabulary.noCounterpart(plan.kind()), header(cCounterpart), "lege cel");

        String location = Cells.at(cells, cLocation);
        if (location != null && !plan.knownLocations().isEmpty() && !plan.knownLocations().contains(location))
            return reject(row, year, RejectReason.UNKNOWN_LOCATION, header(cLocation),
                    "'" + location + "'" + DidYouMean.hint(location, plan.knownLocations()));

        List<Row> issues = new ArrayList<>(0);
        String channel = optional(cells, cChannel, "channel", RejectReason.UNKNOWN_CHANNEL, issues);
        String initiator = optional(cells, cInitiator, "initiator", RejectReason.UNKNOWN_INITIATOR, issues);
        String tone = optional(cells, cTone, "tone", RejectReason.UNKNOWN_TONE, issues);
        String child = optional(cells, cChild, "child_present", RejectReason.UNKNOWN_CHILD_PRESENT, issues);
        Integer attendance = attendance(cells, issues);

        Cells.Pseudonyms p = pseudonyms();
        // A collective activity has no individual counterpart: whoever is named is not kept.
        String counterpart = collective ? null : p.of(COUNTERPART_PREFIX, counterpartText);
        String staff = p.of(STAFF_PREFIX, Cells.at(cells, cStaff));
        return RowFactory.create(RowKind.ACCEPTED.code(), plan.logId(), plan.kind(), plan.fileLabel(), row, year, d.iso(),
                location, Cells.at(cells, cClass), counterpart, staff, type, channel, initiator, tone,
                child == null ? null : "ja".equals(child), attendance, collective, null, null, null,
                issues.isEmpty() ? null : Cells.seq(issues));
    }

    private String optional(String[] cells, int column, String logical, RejectReason reason, List<Row> issues) {
        String text = Cells.at(cells, column);
        if (text == null) return null;
        String v = labels(logical).of(text);
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
        issues.add(Cells.issue(RejectReason.INVALID_ATTENDANCE, header(cAttendance), "'" + text + "' is geen heel getal van 0 of meer"));
        return null;
    }

    private static String hint(String text, String logical) {
        String h = DidYouMean.hint(text, ContactVocabulary.MAPPED.get(logical));
        return h.isEmpty() ? " (" + String.join(", ", ContactVocabulary.MAPPED.get(logical)) + ")" : h;
    }

    private Cells.Labels labels(String logical) {
        if (labels == null) labels = new HashMap<>();
        return labels.computeIfAbsent(logical, l -> new Cells.Labels(plan.values().get(l), l));
    }

    private Cells.Pseudonyms pseudonyms() {
        if (pseudonyms == null) pseudonyms = new Cells.Pseudonyms(pseudonymizer);
        return pseudonyms;
    }

    private String header(int column) {
        return column < 0 ? null : plan.header().get(column);
    }

    @Override
    public void skip(RawRecord record, ContactFilePlan plan, RejectReason reason, List<Row> out) {
        out.add(RecordInterpreter.withKind(reject(record.row(), null, reason, null, null), RowKind.SKIPPED));
    }

    private Row reject(int row, String schoolYear, RejectReason reason, String column, String detail) {
        return RowFactory.create(RowKind.REJECTED.code(), plan.logId(), plan.kind(), plan.fileLabel(), row, schoolYear, null, null, null,
                null, null, null, null, null, null, null, null, null, reason.code(), column, detail, null);
    }

}
