package nl.samenkracht.canonical;

/**
 * rejects (data/rejects): every row (or cell) that could not be used, with why.
 *
 * @param source surveys | contacts | rosters | interviews
 * @param level  row | cell
 * @param reason a {@link RejectReason#code()} as ingest writes it; the run words it in Dutch
 *               ({@code report.RejectReasonText}) before the listing and {@code data/rejects}
 */
public record Reject(@Required String source, @Required String file, int row, @Required String level,
                     @Required String reason, String column, String detail, String schoolYear) {}
