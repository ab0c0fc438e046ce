package nl.samenkracht.ingest.frontend;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * What became of a record, or of one cell of a kept record. Interpreters write the kind as its
 * {@link #code()} in an integer column named {@value #COLUMN}; the row accounting counts by it.
 * Every record read is exactly one of {@link #ACCEPTED}, {@link #REJECTED}, {@link #DUPLICATE} or
 * {@link #INCOMPLETE} (a {@link #SKIPPED} record is not counted as read);
 * a {@link #CELL_ISSUE} is not a record but a problem with one cell of an accepted one.
 * New kinds are appended: the codes of the others must not change.
 */
public enum RowKind {
    /** A usable row: a submission, contact, roster entry or segment. */
    ACCEPTED,
    /** A row that cannot be used, with its reason. */
    REJECTED,
    /** A row that repeats another (a later submission wins; a repeated contact is dropped). Counts as rejected. */
    DUPLICATE,
    /** One cell of an accepted row could not be read; the row keeps its other values. */
    CELL_ISSUE,
    /**
     * A record that holds no data at all, counted apart and neither accepted nor rejected: an empty
     * row ({@code ;;;;;;;;}, as Excel leaves deleted rows) or the header repeated (two exports pasted
     * together). Its reason says which ({@link nl.samenkracht.canonical.RejectReason#EMPTY_ROW},
     * {@link nl.samenkracht.canonical.RejectReason#HEADER_ROW}).
     */
    SKIPPED,
    /**
     * A questionnaire submission that is not complete, counted apart and neither accepted nor rejected
     * (issue 15): the tool marks it unfinished ({@link nl.samenkracht.canonical.RejectReason#UNFINISHED}: LimeSurvey
     * without a submission date, Qualtrics with Finished = 0), or not one item was answered
     * ({@link nl.samenkracht.canonical.RejectReason#EMPTY_SUBMISSION}). Such a
     * row is normal in an export, not a bad row: it is reported as completion, is not analysed and does
     * not count towards {@code options.reject_threshold}. Part of {@code read}.
     */
    INCOMPLETE;

    public static final String COLUMN = "row_kind";

    public int code() {
        return ordinal();
    }

    public static RowKind of(int code) {
        return values()[code];
    }

    /** A record (not a cell) that is counted as rejected. */
    public boolean rejected() {
        return this == REJECTED || this == DUPLICATE;
    }

    public Column literal() {
        return lit(code());
    }

    /** {@code kind = this}, on the standard column. */
    public Column is() {
        return col(COLUMN).equalTo(code());
    }
}
