package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.DidYouMean;
import nl.samenkracht.model.SchoolYear;
import nl.samenkracht.privacy.Pseudonymizer;
import nl.samenkracht.ingest.frontend.RawRecord;
import nl.samenkracht.ingest.frontend.RecordInterpreter;
import nl.samenkracht.ingest.frontend.RowKind;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one raw roster row into a roster entry (pseudonymised with the same key and prefix as the
 * logs, so the two link) or a row reject. The school year comes from its column, else from the
 * start date; without either column the entry applies to every school year. A start date that
 * cannot be read is a cell issue (the entry stays, without start date) unless the school year
 * depends on it.
 */
final class RosterRowInterpreter implements RecordInterpreter<RosterFilePlan> {
    private final Pseudonymizer pseudonymizer;
    private transient RosterFilePlan plan;
    private transient int cCounterpart, cLocation, cClass, cYear, cStart;
    private transient Cells.Pseudonyms pseudonyms;

    RosterRowInterpreter(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    @Override
    public void begin(RosterFilePlan plan) {
        this.plan = plan;
        cCounterpart = plan.column("counterpart");
        cLocation = plan.column("location");
        cClass = plan.column("class");
        cYear = plan.column("school_year");
        cStart = plan.column("start_date");
    }

    @Override
    public void interpret(RawRecord record, RosterFilePlan plan, List<Row> out) {
        Row r = interpret(record, plan);
        if (r != null) out.add(r);
    }

    private Row interpret(RawRecord record, RosterFilePlan plan) {
        int row = record.row();
        if (!record.fits())
            return reject(row, null, RejectReason.FIELD_COUNT, null, record.fields() + " velden, de kop heeft er " + plan.width());
        String[] cells = Cells.read(record);
        String counterpart = Cells.at(cells, cCounterpart);
        if (counterpart == null)
            return reject(row, null, ContactVocabulary.noCounterpart(plan.kind()), header(cCounterpart), "lege cel");
        String location = Cells.at(cells, cLocation);
        if (location != null && !plan.knownLocations().isEmpty() && !plan.knownLocations().contains(location))
            return reject(row, null, RejectReason.UNKNOWN_LOCATION, header(cLocation),
                    "'" + location + "'" + DidYouMean.hint(location, plan.knownLocations()));

        List<Row> issues = new ArrayList<>(0);
        LocalDate start = null;
        if (cStart >= 0) {
            DateReader.Read d = plan.dates().read(cells[cStart]);
            if (d.date() != null) start = d.date();
            else if (cYear < 0) return reject(row, null, d.reason().ofStartDate(), header(cStart),
                    d.detail() + "; het schooljaar volgt uit de startdatum");
            else issues.add(Cells.issue(d.reason().ofStartDate(), header(cStart),
                    d.detail() + "; telt niet mee voor deadlines vanaf de startdatum"));
        }
        String year = null;
        if (cYear >= 0) {
            String text = cells[cYear];
            year = SchoolYear.parse(text);
            if (year == null) return reject(row, null, RejectReason.INVALID_SCHOOL_YEAR, header(cYear), text == null ? "lege cel" : "'" + text + "'");
        } else if (start != null) {
            year = SchoolYear.of(start);
        }
        if (year != null && !plan.schoolYears().isEmpty() && !plan.schoolYears().contains(year))
            return reject(row, year, RejectReason.SCHOOL_YEAR_OUTSIDE_STUDY, cYear >= 0 ? header(cYear) : header(cStart),
                    year + " hoort niet bij " + String.join(", ", plan.schoolYears()) + "; niet gebruikt");
        if (pseudonyms == null) pseudonyms = new Cells.Pseudonyms(pseudonymizer);
        return RowFactory.create(RowKind.ACCEPTED.code(), plan.rosterId(), plan.kind(), plan.fileLabel(), row, year,
                pseudonyms.of(ContactRowInterpreter.COUNTERPART_PREFIX, counterpart), location, Cells.at(cells, cClass),
                start == null ? null : start.toString(), null, null, null, issues.isEmpty() ? null : Cells.seq(issues));
    }

    private String header(int column) {
        return column < 0 ? null : plan.header().get(column);
    }

    @Override
    public void skip(RawRecord record, RosterFilePlan plan, RejectReason reason, List<Row> out) {
        out.add(RecordInterpreter.withKind(reject(record.row(), null, reason, null, null), RowKind.SKIPPED));
    }

    private Row reject(int row, String schoolYear, RejectReason reason, String column, String detail) {
        return RowFactory.create(RowKind.REJECTED.code(), plan.rosterId(), plan.kind(), plan.fileLabel(), row, schoolYear, null, null, null,
                null, reason.code(), column, detail, null);
    }

}
