package nl.samenkracht.ingest.frontend;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SourceFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

/**
 * The one row accounting of every source: from a tally (one row per record, or per cell issue,
 * with its {@link RowKind}), one small aggregation gives per file how many records were read,
 * accepted, rejected (by reason) and incomplete (by reason) and how many cells had an issue (by
 * reason), with {@code read = accepted + rejected + incomplete} checked.
 */
public final class RowAccounting {
    private RowAccounting() {}

    /** One counted thing: {@code weight} records (or cells) of a kind and reason in a file. */
    public record Count(String source, String file, RowKind kind, RejectReason reason, long weight) {}

    /**
     * The columns of a tally: {@code source}, {@code file}, {@code kind} (a {@link RowKind#code()}),
     * {@code reason} (a {@link RejectReason#code()}, null for accepted rows) and {@code weight} (a number).
     */
    public static Dataset<Row> tally(Dataset<Row> rows, Column source, Column kind, Column reason, Column weight) {
        return rows.select(source.as("source"), col("file"), kind.as("kind"), reason.as("reason"), weight.cast("long").as("weight"));
    }

    /** Aggregates a tally (one Spark job) and accounts for every file, also those with no rows. */
    public static List<RowAccount> count(Dataset<Row> tally, List<SourceFile> files) {
        List<Count> counts = new ArrayList<>();
        for (Row r : tally.groupBy("source", "file", "kind", "reason").agg(sum("weight").as("n")).collectAsList())
            counts.add(new Count(r.getString(0), r.getString(1), RowKind.of(r.getInt(2)), r.isNullAt(3) ? null : RejectReason.of(r.getString(3)),
                    r.isNullAt(4) ? 0 : r.getLong(4)));
        return accounts(counts, files);
    }

    /** The accounts of files (in their order) from counts collected any way. */
    public static List<RowAccount> accounts(List<Count> counts, List<SourceFile> files) {
        Map<String, Account> byFile = new LinkedHashMap<>();
        for (SourceFile f : files) byFile.putIfAbsent(f.source() + "|" + f.file(), new Account(f.source(), f.file()));
        for (Count c : counts) {
            Account a = byFile.get(c.source() + "|" + c.file());
            if (a == null) throw new IllegalStateException("rows counted for a file that was not opened: " + c.file());
            a.add(c);
        }
        List<RowAccount> out = new ArrayList<>();
        for (Account a : byFile.values()) out.add(a.toAccount());
        return out;
    }

    private static final class Account {
        private final String source;
        private final String file;
        private long accepted, rejected, cells, skipped, incomplete;
        private final Map<RejectReason, Long> rejects = new EnumMap<>(RejectReason.class);
        private final Map<RejectReason, Long> skips = new EnumMap<>(RejectReason.class);
        private final Map<RejectReason, Long> issues = new EnumMap<>(RejectReason.class);
        private final Map<RejectReason, Long> incompletes = new EnumMap<>(RejectReason.class);

        Account(String source, String file) {
            this.source = source;
            this.file = file;
        }

        void add(Count c) {
            switch (c.kind()) {
                case ACCEPTED -> accepted += c.weight();
                case REJECTED, DUPLICATE -> {
                    rejected += c.weight();
                    rejects.merge(reason(c), c.weight(), Long::sum);
                }
                case CELL_ISSUE -> {
                    cells += c.weight();
                    issues.merge(reason(c), c.weight(), Long::sum);
                }
                case SKIPPED -> {
                    skipped += c.weight();
                    skips.merge(reason(c), c.weight(), Long::sum);
                }
                case INCOMPLETE -> {
                    incomplete += c.weight();
                    incompletes.merge(reason(c), c.weight(), Long::sum);
                }
            }
        }

        private static RejectReason reason(Count c) {
            if (c.reason() == null) throw new IllegalStateException(c.kind() + " without a reason in " + c.file());
            return c.reason();
        }

        RowAccount toAccount() {
            return new RowAccount(source, file, accepted + rejected + incomplete, accepted, rejected, rejects, cells, issues, skipped, skips,
                    incomplete, incompletes);
        }
    }
}
