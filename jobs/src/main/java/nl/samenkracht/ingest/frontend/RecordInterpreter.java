package nl.samenkracht.ingest.frontend;

import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.List;

/**
 * A source's row interpretation: turns one {@link RawRecord} into its output rows (an accepted
 * row, a reject with its reason, cell issues). Runs inside the Spark tasks, one copy per task, so
 * per-task caches may live in transient fields.
 *
 * @param <P> the per-file plan (built on the driver from study.yaml and the file's header)
 */
public interface RecordInterpreter<P> extends Serializable {
    /** Called when the records of another file begin. */
    default void begin(P plan) {}

    void interpret(RawRecord record, P plan, List<Row> out);
}
