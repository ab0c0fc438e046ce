package nl.samenkracht.ingest.survey;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RowKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completion of one instrument × school year × wave × location (issue 15): how many questionnaires
 * were opened (a record in the export that is a submission at all), how many were finished and
 * used, how many left unfinished with some answers, how many with none. Rejected rows (no
 * respondent, an impossible date …) and earlier submissions replaced by a later one are not
 * counted here; they are in the row accounting. Null school year, wave or location: the
 * incomplete row did not say (an unfinished submission has no submission date, a later page
 * may ask the location).
 */
public record SurveyCompletion(String instrument, String schoolYear, String wave, String location,
                               long complete, long unfinished, long empty) {
    /** Records in the export that are a submission: finished, unfinished or empty. */
    public long started() {
        return complete + unfinished + empty;
    }

    /** Share of the opened questionnaires with at least one answer. */
    public double responseRate() {
        return started() == 0 ? Double.NaN : (double) (complete + unfinished) / started();
    }

    /** Share of the opened questionnaires that were finished (and are analysed). */
    public double completionRate() {
        return started() == 0 ? Double.NaN : (double) complete / started();
    }

    /** The same cell with {@code n} more rows of a kind and reason; rows that are not submissions (rejects) add nothing. */
    SurveyCompletion plus(RowKind kind, RejectReason reason, long n) {
        if (kind == RowKind.ACCEPTED) return new SurveyCompletion(instrument, schoolYear, wave, location, complete + n, unfinished, empty);
        if (kind != RowKind.INCOMPLETE) return this;
        return reason == RejectReason.EMPTY_SUBMISSION
                ? new SurveyCompletion(instrument, schoolYear, wave, location, complete, unfinished, empty + n)
                : new SurveyCompletion(instrument, schoolYear, wave, location, complete, unfinished + n, empty);
    }

    /** The counts of both cells under this one's key (a total over locations). */
    public SurveyCompletion plus(SurveyCompletion other) {
        return new SurveyCompletion(instrument, schoolYear, wave, location, complete + other.complete, unfinished + other.unfinished,
                empty + other.empty);
    }

    /** One counted group of interpreted survey rows: its key, row kind, reason and number. */
    record Count(String instrument, String schoolYear, String wave, String location, RowKind kind, RejectReason reason, long n) {}

    /** Adds up the counts of finished (accepted) and incomplete rows per cell, sorted (nulls last). */
    static List<SurveyCompletion> of(List<Count> counts) {
        Map<List<String>, SurveyCompletion> cells = new TreeMap<>(KEY_ORDER);
        for (Count c : counts) {
            if (c.kind() != RowKind.ACCEPTED && c.kind() != RowKind.INCOMPLETE) continue;
            cells.compute(java.util.Arrays.asList(c.instrument(), c.schoolYear(), c.wave(), c.location()),
                    (k, cell) -> (cell == null ? new SurveyCompletion(k.get(0), k.get(1), k.get(2), k.get(3), 0, 0, 0) : cell)
                            .plus(c.kind(), c.reason(), c.n()));
        }
        return new ArrayList<>(cells.values());
    }

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = NULLS_LAST.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return 0;
    };

}
