package nl.samenkracht.ingest.survey;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.frontend.RowKind;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import nl.samenkracht.model.Schemas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * The one rule for a respondent who submitted a questionnaire more than once: per instrument × school year ×
 * wave × respondent the latest submission counts (latest {@code submitted_at}; without one, or on a tie, the
 * later file, then the later row); every earlier accepted one becomes a {@link RowKind#DUPLICATE}, rejected as
 * {@link #REASON}. A run applies it in Spark ({@link #kind()}), {@code validate} on the driver ({@link Local}),
 * over the interpreted rows of every file of the study ({@code model.Schemas.INTERPRETED}), so both count the
 * same rejects. The two are checked against each other row for row (DuplicatesTest).
 */
public final class Duplicates {
    /** The reject reason of a submission that a later one of the same respondent replaces. */
    public static final RejectReason REASON = RejectReason.DUPLICATE_SUBMISSION;
    /** The detail of such a reject in the rejects table. */
    static final String DETAIL = "respondent zat al in deze meting; de laatste inzending telt";

    private static final String[] KEY = {"instrument", "school_year", "wave", "respondent"};

    private Duplicates() {}

    /** The row kind with the rule applied: DUPLICATE for every accepted row a later submission replaces. */
    static Column kind() {
        WindowSpec perPerson = Window.partitionBy(Arrays.stream(KEY).map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
                .orderBy(col("submitted_at").desc_nulls_last(), col("file").desc(), col("row").desc());
        return when(RowKind.ACCEPTED.is().and(row_number().over(perPerson).gt(1)), RowKind.DUPLICATE.literal())
                .otherwise(col(RowKind.COLUMN));
    }

    /** A submission replaced by a later one: its file and row. */
    public record Replaced(String file, int row) {}

    /**
     * The rule on the driver: {@link #add} every interpreted row of every file (in any order), then
     * {@link #replaced()}. Keeps five short values per row, no answers.
     */
    public static final class Local {
        private record Entry(boolean accepted, String submittedAt, String file, int row) {}

        private final Map<List<String>, List<Entry>> byKey = new HashMap<>();
        private final int[] at = new int[KEY.length + 4];

        public Local() {
            StructType s = Schemas.INTERPRETED;
            for (int i = 0; i < KEY.length; i++) at[i] = s.fieldIndex(KEY[i]);
            at[KEY.length] = s.fieldIndex(RowKind.COLUMN);
            at[KEY.length + 1] = s.fieldIndex("submitted_at");
            at[KEY.length + 2] = s.fieldIndex("file");
            at[KEY.length + 3] = s.fieldIndex("row");
        }

        /** One interpreted row ({@code model.Schemas.INTERPRETED}). */
        public void add(Row r) {
            String[] key = new String[KEY.length];
            for (int i = 0; i < KEY.length; i++) key[i] = r.isNullAt(at[i]) ? null : r.getString(at[i]);
            boolean accepted = r.getInt(at[KEY.length]) == RowKind.ACCEPTED.code();
            String submitted = r.isNullAt(at[KEY.length + 1]) ? null : r.getString(at[KEY.length + 1]);
            byKey.computeIfAbsent(Arrays.asList(key), k -> new ArrayList<>())
                    .add(new Entry(accepted, submitted, r.getString(at[KEY.length + 2]), r.getInt(at[KEY.length + 3])));
        }

        /** Every accepted submission a later one replaces, as a run marks them. */
        public List<Replaced> replaced() {
            List<Replaced> out = new ArrayList<>();
            for (List<Entry> rows : byKey.values()) {
                if (rows.size() < 2) continue;
                rows.sort(LATEST_FIRST);
                for (Entry e : rows.subList(1, rows.size())) if (e.accepted()) out.add(new Replaced(e.file(), e.row()));
            }
            out.sort(Comparator.comparing(Replaced::file).thenComparingInt(Replaced::row));
            return out;
        }

        /** Spark's order: submitted_at descending with nulls last, then file and row descending; text compared as Spark does (by code point). */
        private static final Comparator<Entry> LATEST_FIRST = (a, b) -> {
            if (a.submittedAt() == null || b.submittedAt() == null) {
                if (a.submittedAt() != null) return -1;
                if (b.submittedAt() != null) return 1;
            } else {
                int c = byCodePoint(b.submittedAt(), a.submittedAt());
                if (c != 0) return c;
            }
            int c = byCodePoint(b.file(), a.file());
            return c != 0 ? c : Integer.compare(b.row(), a.row());
        };

        private static int byCodePoint(String a, String b) {
            int i = 0, j = 0;
            while (i < a.length() && j < b.length()) {
                int x = a.codePointAt(i), y = b.codePointAt(j);
                if (x != y) return Integer.compare(x, y);
                i += Character.charCount(x);
                j += Character.charCount(y);
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }
    }
}
