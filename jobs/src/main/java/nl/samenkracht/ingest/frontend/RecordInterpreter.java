package nl.samenkracht.ingest.frontend;

import nl.samenkracht.canonical.RejectReason;
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

    /**
     * A record the front end recognised as no data ({@link RowKind#SKIPPED}, reason
     * {@link RejectReason#EMPTY_ROW} or {@link RejectReason#HEADER_ROW}): the interpreter emits one row of its
     * schema with that kind and reason, so the row accounting counts it (and nothing else uses it).
     * The default interprets the record as any other (a source that has not opted in keeps its old rules).
     */
    default void skip(RawRecord record, P plan, RejectReason reason, List<Row> out) {
        interpret(record, plan, out);
    }

    /** {@code row} with its kind (field 0, {@link RowKind#COLUMN}) replaced. */
    static Row withKind(Row row, RowKind kind) {
        Object[] v = new Object[row.length()];
        for (int i = 0; i < v.length; i++) v[i] = row.get(i);
        v[0] = kind.code();
        return org.apache.spark.sql.RowFactory.create(v);
    }
}
