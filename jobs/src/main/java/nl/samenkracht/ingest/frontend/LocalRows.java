package nl.samenkracht.ingest.frontend;

import nl.samenkracht.canonical.RejectReason;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The front end's record steps on the driver, without a SparkSession: the records of one opened and
 * planned export are read with the parser and options of the Spark read ({@link FrontEnd#readLocal}),
 * numbered as a spreadsheet shows them, checked by the same no-data rule ({@link RowRules}) and handed
 * to the source's own {@link RecordInterpreter}. For {@code validate}, which says what a run would do
 * with every row but must not start Spark; the rows it gets are the rows a run's interpreter makes
 * (a {@link Row} is a plain value, no session needed).
 */
public final class LocalRows {
    private LocalRows() {}

    /** Every record of {@code file} after its header records, interpreted; each output row to {@code sink}. */
    public static <P> void interpret(Planned<P> file, RecordInterpreter<P> interpreter, Consumer<Row> sink) {
        Export e = file.export();
        int width = e.width();
        int[] read = file.columns().stream().filter(i -> i >= 0 && i < width).mapToInt(Integer::intValue).sorted().toArray();
        String[] header = e.header().toArray(new String[0]);
        List<Row> buffer = new ArrayList<>(4);
        interpreter.begin(file.plan());
        FrontEnd.readLocal(e, file.headerRecords(), (row, fields) -> {
            boolean fits = fields.length == width;
            // as the Spark read gives them: only the read columns, an empty cell null
            String[] cells = new String[width];
            for (int c : read) if (c < fields.length && fields[c] != null && !fields[c].isEmpty()) cells[c] = fields[c];
            int breaks = 0;
            if (!fits) for (String f : fields) if (f != null) breaks += (int) f.chars().filter(ch -> ch == '\n').count();
            RawRecord rec = new RawRecord(row, cells, fits ? -1 : fields.length, breaks, width);
            RejectReason skip = RowRules.noData(cells, read, header, fits, !fits && RowRules.allBlank(fields));
            buffer.clear();
            if (skip != null) interpreter.skip(rec, file.plan(), skip, buffer);
            else interpreter.interpret(rec, file.plan(), buffer);
            buffer.forEach(sink);
        });
    }
}
