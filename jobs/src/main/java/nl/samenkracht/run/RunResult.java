package nl.samenkracht.run;

import java.nio.file.Path;

/**
 * Where a run wrote and how its rows were accounted for; the CLI turns it into an exit code.
 *
 * @param rowsRead the rows that count for {@code options.reject_threshold}: accepted + rejected (incomplete
 *                 questionnaire submissions are left out, see {@code RowKind.INCOMPLETE})
 */
public record RunResult(Path outputDir, long rowsRead, long rowsAccepted, long rowsRejected, boolean rejectsOverThreshold) {}
