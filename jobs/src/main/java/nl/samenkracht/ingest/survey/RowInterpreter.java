package nl.samenkracht.ingest.survey;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.SchoolYear;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Turns one raw row of an export into a submission (pseudonymised respondent, wave, school
 * year, location, group and the answers as numbers), or a reject with its reason, plus one
 * issue per cell that could not be read. Runs on the executors, one call per row; raw
 * identifiers never leave this function.
 *
 * <p>Input columns: {@code c0 … c(width-1)}, {@code _corrupt_record}, {@code _idx} (0-based
 * record index) and {@code _row} (the row number a user sees).
 */
public final class RowInterpreter implements FlatMapFunction<Row, Row> {
    private final SurveyFilePlan plan;
    private final Pseudonymizer pseudonymizer;

    public RowInterpreter(SurveyFilePlan plan, Pseudonymizer pseudonymizer) {
        this.plan = plan;
        this.pseudonymizer = pseudonymizer;
    }

    @Override
    public Iterator<Row> call(Row raw) {
        long idx = raw.getLong(plan.width() + 1);
        if (idx < plan.headerRows()) return List.<Row>of().iterator();
        int row = plan.userRow(idx, raw.getLong(plan.width() + 2));
        List<Row> out = new ArrayList<>(2);
        String[] cells = new String[plan.width()];
        for (int i = 0; i < cells.length; i++) cells[i] = raw.isNullAt(i) ? null : raw.getString(i);
        String corrupt = raw.isNullAt(plan.width()) ? null : raw.getString(plan.width());
        if (corrupt != null) {
            int fields = FieldCounter.count(corrupt, plan);
            long breaks = corrupt.chars().filter(ch -> ch == '\n').count();
            // A text record over several lines that does not fit: most often a quote too many or too few.
            String lines = breaks == 0 || plan.leadingColumns() > 0 ? "" : "; het record loopt over " + (breaks + 1)
                    + " regels: staat er een aanhalingsteken (\") te veel of te weinig?";
            out.add(reject(row, "rij past niet bij de kop", null,
                    fields + " velden, de kop heeft er " + plan.width() + lines));
            return out.iterator();
        }
        String respondentRaw = plan.respondentColumn() >= 0 ? cells[plan.respondentColumn()] : null;
        boolean anonymous = plan.respondentColumn() < 0;
        if (!anonymous && (respondentRaw == null || respondentRaw.isBlank())) {
            out.add(reject(row, "geen respondent", header(plan.respondentColumn()), "lege cel"));
            return out.iterator();
        }
        LocalDateTime submitted = null;
        if (plan.submittedAtColumn() >= 0) {
            String t = cells[plan.submittedAtColumn()];
            // Only orders duplicate submissions; unreadable, it falls back to the row order.
            submitted = plan.dates().parse(t);
        }
        String schoolYear = schoolYear(cells, row, out);
        if (schoolYear == null) return out.iterator();
        String wave = plan.wave().valueIn(cells);
        if (wave == null) {
            out.add(reject(row, "geen meting", header(plan.wave().column()), "lege cel"));
            return out.iterator();
        }
        String given = plan.location().isAbsent() ? "Onbekend" : plan.location().valueIn(cells);
        String location = given;
        if (location == null) {
            out.add(reject(row, "geen locatie", header(plan.location().column()), "lege cel"));
            return out.iterator();
        }
        if (!plan.knownLocations().isEmpty()) {
            // The study's own spelling wins: "akker" typed in a text field is location Akker.
            String known = plan.knownLocations().stream().filter(l -> l.equalsIgnoreCase(given)).findFirst().orElse(null);
            if (known == null) {
                out.add(reject(row, "onbekende locatie", header(plan.location().column()),
                        "'" + location + "'" + nl.samenkracht.config.DidYouMean.hint(location, plan.knownLocations())));
                return out.iterator();
            }
            location = known;
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
                    issues.add(issue(row, schoolYear, item.header(), "'" + text.strip() + "' staat niet op antwoordschaal "
                            + item.scale().id() + "; behandeld als ontbrekend"));
                }
            }
        }
        if (answered == 0) {
            // Say why when answers were there but none could be read.
            String detail = issues.isEmpty() ? "geen enkel item beantwoord"
                    : "geen geldig antwoord; onleesbaar: " + String.join("; ", issues.stream().limit(5)
                    .map(i -> i.getString(14) + ": " + i.getString(15)).toList());
            out.add(reject(row, "geen antwoorden", null, detail));
            return out.iterator();
        }
        String respondent = anonymous
                ? "anon-" + plan.surveyId() + "-" + plan.fileLabel().hashCode() + "-" + row
                : pseudonymizer.pseudonym("r", respondentRaw);
        out.add(RowFactory.create("submission", plan.surveyId(), plan.instrumentId(), plan.fileLabel(), row,
                respondent, anonymous, submitted == null ? null : submitted.toString(), schoolYear, wave, location,
                group, scala.jdk.javaapi.CollectionConverters.asScala(answers).toSeq(), null, null, null));
        out.addAll(issues);
        return out.iterator();
    }

    private String schoolYear(String[] cells, int row, List<Row> out) {
        AttributePlan sy = plan.schoolYear();
        if (sy.fromDate()) {
            String t = cells[sy.column()];
            LocalDateTime d = plan.dates().parse(t);
            if (d == null) {
                out.add(reject(row, t == null || t.isBlank() ? "geen datum" : "onleesbare datum", sy.header(),
                        t == null ? "lege cel" : "'" + t + "'"));
                return null;
            }
            return SchoolYear.of(d.toLocalDate());
        }
        String v = sy.valueIn(cells);
        String parsed = SchoolYear.parse(v);
        if (parsed == null) out.add(reject(row, "ongeldig schooljaar", sy.header(), v == null ? "lege cel" : "'" + v + "'"));
        return parsed;
    }

    private String header(int column) {
        return column >= 0 ? plan.header().get(column) : null;
    }

    private Row reject(int row, String reason, String column, String detail) {
        return RowFactory.create("reject", plan.surveyId(), plan.instrumentId(), plan.fileLabel(), row,
                null, false, null, null, null, null, null, null, reason, column, detail);
    }

    private Row issue(int row, String schoolYear, String column, String detail) {
        return RowFactory.create("issue", plan.surveyId(), plan.instrumentId(), plan.fileLabel(), row,
                null, false, null, schoolYear, null, null, null, null, "onbekend antwoord", column, detail);
    }
}
