package nl.samenkracht.ingest.frontend;

import java.util.Set;

/**
 * An opened export with what its source needs of it.
 *
 * @param headerRecords records at the top that are not data (the header; Qualtrics: 3)
 * @param columns       header positions the interpreter reads (only they are parsed into cells)
 * @param plan          the source's per-file plan
 */
public record Planned<P>(Export export, int headerRecords, Set<Integer> columns, P plan) {}
