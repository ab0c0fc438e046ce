package nl.samenkracht.ingest.survey;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.SchoolYear;
import nl.samenkracht.privacy.Pseudonymizer;
import nl.samenkracht.ingest.frontend.RawRecord;
import nl.samenkracht.ingest.frontend.RecordInterpreter;
import nl.samenkracht.ingest.frontend.RowKind;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one record of an export into a submission (pseudonymised respondent, wave, school
 * year, location, group and the answers as numbers), an incomplete submission (counted, not
 * analysed), or a reject with its reason, plus one issue per cell that could not be read. Runs on the executors, one call per record (the front
 * end numbers and decodes the records); raw identifiers never leave this function.
 */
public final class RowInterpreter implements RecordInterpreter<SurveyFilePlan> {
    private final Pseudonymizer pseudonymizer;

    public RowInterpreter(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    @Override
    public void interpret(RawRecord record, SurveyFilePlan plan, List<Row> out) {
        int row = record.row();
        String[] cells = record.cells();
        if (!record.fits()) {
            // A text record over several lines that does not fit: most often a quote too many or too few.
            String lines = record.lineBreaks() == 0 || !plan.multiLineHint() ? "" : "; het record loopt over " + (record.lineBreaks() + 1)
                    + " regels: staat er een aanhalingsteken (\") te veel of te weinig?";
            out.add(reject(plan, row, RejectReason.FIELD_COUNT, null,
                    record.fields() + " velden, de kop heeft er " + plan.width() + lines));
            return;
        }
        // Incomplete submissions first: they are normal in an export and may lack what a finished one
        // has (a submission date, a location asked on a later page), so no other rule rejects them.
        RejectReason incomplete = Completeness.incompleteReason(cells, plan.itemColumns(), plan.completion(), plan.completionColumn());
        if (incomplete != null) {
            out.add(incomplete(plan, row, cells, incomplete));
            return;
        }
        String respondentRaw = plan.respondentColumn() >= 0 ? cells[plan.respondentColumn()] : null;
        boolean anonymous = plan.respondentColumn() < 0;
        if (!anonymous && (respondentRaw == null || respondentRaw.isBlank())) {
            out.add(reject(plan, row, RejectReason.NO_RESPONDENT, header(plan, plan.respondentColumn()), "lege cel"));
            return;
        }
        LocalDateTime submitted = null;
        if (plan.submittedAtColumn() >= 0) {
            String t = cells[plan.submittedAtColumn()];
            // Only orders duplicate submissions; unreadable, it falls back to the row order.
            submitted = plan.dates().parse(t);
        }
        String schoolYear = schoolYear(plan, cells, row, out);
        if (schoolYear == null) return;
        String wave = plan.wave().valueIn(cells);
        if (wave == null) {
            out.add(reject(plan, row, RejectReason.NO_WAVE, header(plan, plan.wave().column()), "lege cel"));
            return;
        }
        String given = plan.location().isAbsent() ? "Onbekend" : plan.location().valueIn(cells);
        if (given == null) {
            out.add(reject(plan, row, RejectReason.NO_LOCATION, header(plan, plan.location().column()), "lege cel"));
            return;
        }
        String location = knownLocation(plan, given);
        if (location == null) {
            out.add(reject(plan, row, RejectReason.UNKNOWN_LOCATION, header(plan, plan.location().column()),
                    "'" + given + "'" + nl.samenkracht.config.DidYouMean.hint(given, plan.knownLocations())));
            return;
        }
        String group = plan.group().isAbsent() ? null : plan.group().valueIn(cells);

        List<Row> answers = new ArrayList<>(plan.items().size());
        int answered = 0;
        List<Row> issues = new ArrayList<>();
        for (ItemPlan item : plan.items()) {
            String text = cells[item.column()];
            if (item.open()) {
                // An open answer counts as answering (the row is accepted the same way whatever the
                // privacy setting), but its text is kept only when privacy.include_free_text allows,
                // and an open item never becomes a (null) Likert response.
                boolean has = text != null && !text.isBlank();
                if (has) answered++;
                if (has && plan.keepFreeText())
                    answers.add(RowFactory.create(item.itemId(), item.scaleId(), null, null, false, text.strip()));
                continue;
            }
            AnswerScale.Lookup lookup = item.scale().lookup(text);
            switch (lookup.kind()) {
                case VALUE -> {
                    answered++;
                    double score = item.reverse() ? item.scale().reverse(lookup.value()) : lookup.value();
                    answers.add(RowFactory.create(item.itemId(), item.scaleId(), lookup.value(), score, false, null));
                }
                case MISSING_LABEL -> answers.add(RowFactory.create(item.itemId(), item.scaleId(), null, null, true, null));
                case EMPTY -> answers.add(RowFactory.create(item.itemId(), item.scaleId(), null, null, false, null));
                case UNKNOWN -> {
                    answers.add(RowFactory.create(item.itemId(), item.scaleId(), null, null, false, null));
                    issues.add(issue(plan, row, schoolYear, item.header(), "'" + text.strip() + "' staat niet op antwoordschaal "
                            + item.scale().id() + "; behandeld als ontbrekend"));
                }
            }
        }
        if (answered == 0) {
            // Say why when answers were there but none could be read.
            String detail = issues.isEmpty() ? "geen enkel item beantwoord"
                    : "geen geldig antwoord; onleesbaar: " + String.join("; ", issues.stream().limit(5)
                    .map(i -> i.getString(14) + ": " + i.getString(15)).toList());
            out.add(reject(plan, row, RejectReason.NO_ANSWERS, null, detail));
            return;
        }
        String respondent = anonymous
                ? "anon-" + plan.surveyId() + "-" + plan.fileLabel().hashCode() + "-" + row
                : pseudonymizer.pseudonym("r", respondentRaw);
        out.add(RowFactory.create(RowKind.ACCEPTED.code(), plan.surveyId(), plan.instrumentId(), plan.fileLabel(), row,
                respondent, anonymous, submitted == null ? null : submitted.toString(), schoolYear, wave, location,
                group, scala.jdk.javaapi.CollectionConverters.asScala(answers).toSeq(), null, null, null));
        out.addAll(issues);
        return;
    }

    /**
     * An incomplete submission with what is known of its school year, wave and location (for the
     * completion table; null where the row does not say), no respondent and no answers.
     */
    private static Row incomplete(SurveyFilePlan plan, int row, String[] cells, RejectReason reason) {
        String location = plan.location().isAbsent() ? "Onbekend" : plan.location().valueIn(cells);
        return RowFactory.create(RowKind.INCOMPLETE.code(), plan.surveyId(), plan.instrumentId(), plan.fileLabel(), row,
                null, false, null, schoolYearIfKnown(plan, cells), plan.wave().valueIn(cells),
                location == null ? null : knownLocation(plan, location), null, null, reason.code(), null, null);
    }

    /** The school year of a row without rejecting it; an unfinished submission has no submission date, so its start date counts. */
    private static String schoolYearIfKnown(SurveyFilePlan plan, String[] cells) {
        AttributePlan sy = plan.schoolYear();
        if (!sy.fromDate()) return SchoolYear.parse(sy.valueIn(cells));
        LocalDateTime d = plan.dates().parse(cells[sy.column()]);
        if (d == null && plan.startedAtColumn() >= 0) d = plan.dates().parse(cells[plan.startedAtColumn()]);
        return d == null ? null : SchoolYear.of(d.toLocalDate());
    }

    /** The study's own spelling of a location ("akker" typed in a text field is Akker); null when the study does not know it. */
    private static String knownLocation(SurveyFilePlan plan, String given) {
        if (plan.knownLocations().isEmpty()) return given;
        return plan.knownLocations().stream().filter(l -> l.equalsIgnoreCase(given)).findFirst().orElse(null);
    }

    private static String schoolYear(SurveyFilePlan plan, String[] cells, int row, List<Row> out) {
        AttributePlan sy = plan.schoolYear();
        if (sy.fromDate()) {
            String t = cells[sy.column()];
            LocalDateTime d = plan.dates().parse(t);
            if (d == null) {
                out.add(reject(plan, row, t == null || t.isBlank() ? RejectReason.NO_DATE : RejectReason.UNREADABLE_DATE, sy.header(),
                        t == null ? "lege cel" : "'" + t + "'"));
                return null;
            }
            return SchoolYear.of(d.toLocalDate());
        }
        String v = sy.valueIn(cells);
        String parsed = SchoolYear.parse(v);
        if (parsed == null) out.add(reject(plan, row, RejectReason.INVALID_SCHOOL_YEAR, sy.header(), v == null ? "lege cel" : "'" + v + "'"));
        return parsed;
    }

    private static String header(SurveyFilePlan plan, int column) {
        return column >= 0 ? plan.header().get(column) : null;
    }

    @Override
    public void skip(RawRecord record, SurveyFilePlan plan, RejectReason reason, List<Row> out) {
        out.add(RecordInterpreter.withKind(reject(plan, record.row(), reason, null, null), RowKind.SKIPPED));
    }

    private static Row reject(SurveyFilePlan plan, int row, RejectReason reason, String column, String detail) {
        return RowFactory.create(RowKind.REJECTED.code(), plan.surveyId(), plan.instrumentId(), plan.fileLabel(), row,
                null, false, null, null, null, null, null, null, reason.code(), column, detail);
    }

    private static Row issue(SurveyFilePlan plan, int row, String schoolYear, String column, String detail) {
        return RowFactory.create(RowKind.CELL_ISSUE.code(), plan.surveyId(), plan.instrumentId(), plan.fileLabel(), row,
                null, false, null, schoolYear, null, null, null, null, RejectReason.UNKNOWN_ANSWER.code(), column, detail);
    }
}
