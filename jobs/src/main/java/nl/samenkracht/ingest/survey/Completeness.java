package nl.samenkracht.ingest.survey;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RowKind;

/**
 * Whether a questionnaire submission is complete (issue 15). An empty or unfinished submission is
 * normal in an export, not a bad row: it is counted as {@link RowKind#INCOMPLETE}, not rejected and
 * not analysed. The one statement of the rule, for the run's row interpreter and for {@code validate}.
 */
public final class Completeness {
    private Completeness() {}

    /**
     * Why a record is an incomplete submission, or null when it is complete: {@link RejectReason#EMPTY_SUBMISSION}
     * when no item cell holds anything (whatever the tool says), {@link RejectReason#UNFINISHED} when the tool
     * marks it unfinished in its completion column ({@link ExportLayout.Completion}).
     *
     * @param itemColumns      the item columns of the record (open items too: an open answer is an answer)
     * @param completionColumn the layout's completion column, or -1
     */
    public static RejectReason incompleteReason(String[] cells, int[] itemColumns, ExportLayout.Completion completion, int completionColumn) {
        boolean anyItem = false;
        for (int c : itemColumns) {
            String text = c < cells.length ? cells[c] : null;
            if (text != null && !text.isBlank()) {
                anyItem = true;
                break;
            }
        }
        if (!anyItem) return RejectReason.EMPTY_SUBMISSION;
        if (completionColumn >= 0 && completionColumn < cells.length && completion.unfinished(cells[completionColumn]))
            return RejectReason.UNFINISHED;
        return null;
    }
}
