package nl.samenkracht.indicators.contacts;

import nl.samenkracht.ingest.contacts.ContactOptions;
import nl.samenkracht.ingest.contacts.DeadlineRule;
import nl.samenkracht.ingest.contacts.Period;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import nl.samenkracht.ingest.contacts.ContactVocabulary;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.types.DataTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.*;

/**
 * One row per roster member × school year with what the contacts did for that counterpart:
 * number of contacts (0 for someone never contacted), reached before each deadline, in the first
 * weeks, by a home visit, in each period, tone of the first contact, longest gap. Built with one
 * aggregation over the contacts and one join back onto the roster, so the roster is the
 * denominator and contacts with counterparts that are not on it never count.
 *
 * <p>Only kind × school year combinations with at least one logged individual contact get rows:
 * a year the logs do not cover says nothing about reach.
 *
 * <p>Columns: kind, school_year, counterpart, location, class, start_date, last_date, n_contacts,
 * per deadline rule i {@code elig_i} (0/1: the rule can apply; a month-day deadline does not apply
 * to someone whose start date is on or after it, a days-after-start deadline needs a start date)
 * and {@code dl_i} (0/1 reached in time), {@code fw}, {@code hb}, per period k {@code req_k}
 * (0/1: the period had begun by the last logged contact of that kind and year and had not ended
 * before the counterpart's start date) and {@code p_k} (0/1 reached in it), {@code n_req},
 * {@code every} (0/1: reached in every required period, at least one required), first_tone,
 * longest_gap (days, null with fewer than two contacts).
 */
final class CounterpartMeasures {
    private CounterpartMeasures() {}

    static final String YEAR_START = "CAST(substr(school_year, 1, 4) AS INT)";

    static Dataset<Row> build(Dataset<Row> individual, Dataset<Row> roster, List<Map.Entry<String, DeadlineRule>> rules,
                              List<Period> periods, ContactOptions options, List<String> files) {
        Dataset<Row> last = individual.groupBy("kind", "school_year").agg(max("date").as("last_date"));
        Dataset<Row> rosterY = roster.select("kind", "school_year", "counterpart", "location", "class", "start_date")
                .join(broadcast(last), seq("kind", "school_year"));
        // Everything per counterpart is one hash aggregation of fixed-width values, so that each task
        // adds up its own contacts before the shuffle and nothing is sorted. Two measures depend on the
        // order of the contacts, and are made order-free: the tone of the first contact is the tone of
        // the smallest (day, file, row) packed into one long (see FirstContact), and the longest gap
        // comes from the set of contact days of the school year, a bitmap of SchoolDays.WORDS longs.
        // (Before, a window over all contacts shuffled and sorted every row by counterpart and date.)
        Dataset<Row> joined = individual.select("kind", "school_year", "counterpart", "date", "type", "tone", "file", "row")
                .join(broadcast(rosterY.select("kind", "school_year", "counterpart", "start_date")),
                        seq("kind", "school_year", "counterpart"))
                .withColumn("_day", expr(SchoolDays.DAY));

        List<Column> aggs = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String type = rules.get(i).getKey();
            aggs.add(expr("max(CASE WHEN type = '" + type + "' AND date < " + deadline(rules.get(i).getValue())
                    + " THEN 1 ELSE 0 END)").as("dl_" + i));
        }
        String from = "coalesce(start_date, " + monthDayIn(options.firstWeeksStart()) + ")";
        aggs.add(expr("max(CASE WHEN date >= " + from + " AND date < date_add(" + from + ", " + 7 * options.firstWeeks()
                + ") THEN 1 ELSE 0 END)").as("fw"));
        aggs.add(expr("max(CASE WHEN type = 'huisbezoek' THEN 1 ELSE 0 END)").as("hb"));
        for (int k = 0; k < periods.size(); k++) {
            String months = periods.get(k).months().stream().map(String::valueOf).collect(Collectors.joining(", "));
            aggs.add(expr("max(CASE WHEN month(date) IN (" + months + ") THEN 1 ELSE 0 END)").as("p_" + k));
        }
        aggs.add(min(FirstContact.key(files)).as("_first"));
        for (int w = 0; w < SchoolDays.WORDS; w++) aggs.add(expr(SchoolDays.word(w)).as("_days_" + w));
        Column[] days = new Column[SchoolDays.WORDS];
        String[] dayNames = new String[SchoolDays.WORDS];
        for (int w = 0; w < SchoolDays.WORDS; w++) days[w] = col(dayNames[w] = "_days_" + w);
        Dataset<Row> perCounterpart = joined.groupBy("kind", "school_year", "counterpart")
                .agg(count(lit(1)).as("n_contacts"), aggs.toArray(new Column[0]))
                .withColumn("first_tone", FirstContact.tone(col("_first")))
                .withColumn("longest_gap", SchoolDays.longestGap(col("n_contacts"), days))
                .drop("_first").drop(dayNames);

        Dataset<Row> full = rosterY.join(perCounterpart, seq("kind", "school_year", "counterpart"), "left")
                .withColumn("n_contacts", coalesce(col("n_contacts"), lit(0L)))
                .withColumn("fw", coalesce(col("fw"), lit(0)))
                .withColumn("hb", coalesce(col("hb"), lit(0)));
        for (int i = 0; i < rules.size(); i++) {
            DeadlineRule r = rules.get(i).getValue();
            String elig = r.monthDay() != null ? "start_date IS NULL OR start_date < " + deadline(r) : "start_date IS NOT NULL";
            full = full.withColumn("elig_" + i, expr("CASE WHEN " + elig + " THEN 1 ELSE 0 END"))
                    .withColumn("dl_" + i, coalesce(col("dl_" + i), lit(0)).multiply(col("elig_" + i)));
        }
        List<String> required = new ArrayList<>();
        List<String> met = new ArrayList<>();
        for (int k = 0; k < periods.size(); k++) {
            Period p = periods.get(k);
            String start = "make_date(" + YEAR_START + " + " + (p.months().get(0) >= 8 ? 0 : 1) + ", " + p.months().get(0) + ", 1)";
            String end = "last_day(make_date(" + YEAR_START + " + " + (p.months().get(p.months().size() - 1) >= 8 ? 0 : 1) + ", "
                    + p.months().get(p.months().size() - 1) + ", 1))";
            full = full.withColumn("p_" + k, coalesce(col("p_" + k), lit(0)))
                    .withColumn("req_" + k, expr("CASE WHEN " + start + " <= last_date AND (start_date IS NULL OR " + end
                            + " >= start_date) THEN 1 ELSE 0 END"));
            required.add("req_" + k);
            met.add("(req_" + k + " = 0 OR p_" + k + " = 1)");
        }
        return full.withColumn("n_req", expr(String.join(" + ", required)))
                .withColumn("every", expr("CASE WHEN n_req > 0 AND " + String.join(" AND ", met) + " THEN 1 ELSE 0 END"));
    }

    /** The deadline date of a rule as a SQL expression over school_year and start_date. */
    static String deadline(DeadlineRule r) {
        return r.monthDay() != null ? monthDayIn(r.monthDay()) : "date_add(start_date, " + r.daysAfterStart() + ")";
    }

    /** A MM-dd in the school year of the row: August–December in its first calendar year, January–July in the second. */
    static String monthDayIn(String md) {
        int m = Integer.parseInt(md.substring(0, 2));
        int d = Integer.parseInt(md.substring(3, 5));
        return "make_date(" + YEAR_START + " + " + (m >= 8 ? 0 : 1) + ", " + m + ", " + d + ")";
    }

    /**
     * The first contact of a counterpart in a school year, by date, then file, then row (the order the
     * contacts were logged in), as one long whose minimum is that contact: day of the school year
     * (9 bits) · rank of the file among the logs in Spark's string order (20 bits) · row (32 bits) ·
     * tone (2 bits: 0 none, else 1 + its index in {@link ContactVocabulary#TONES}). A min of a struct
     * would do the same, but a struct buffer rules out the hash aggregation.
     */
    static final class FirstContact {
        private FirstContact() {}

        static Column key(List<String> files) {
            List<String> sorted = new ArrayList<>(files);
            // Spark orders strings by their UTF-8 bytes, unsigned
            sorted.sort((a, b) -> java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    b.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (sorted.size() >= 1 << 20) throw new IllegalArgumentException("more than 2^20 contact files");
            Column rank = raise_error(concat(lit("a contact of an unknown file: "), col("file"))).cast("long");
            for (int i = sorted.size() - 1; i >= 0; i--) rank = when(col("file").equalTo(sorted.get(i)), lit((long) i)).otherwise(rank);
            Column tone = lit(0L);
            for (int i = ContactVocabulary.TONES.size() - 1; i >= 0; i--)
                tone = when(col("tone").equalTo(ContactVocabulary.TONES.get(i)), lit(i + 1L)).otherwise(tone);
            return col("_day").cast("long").multiply(1L << 54).plus(rank.multiply(1L << 34))
                    .plus(col("row").cast("long").multiply(4L)).plus(tone);
        }

        /** The tone of the contact a {@link #key} stands for (null: none recorded). */
        static Column tone(Column key) {
            Column code = key.bitwiseAND(3L);
            Column out = lit(null).cast("string");
            for (int i = ContactVocabulary.TONES.size() - 1; i >= 0; i--)
                out = when(code.equalTo(i + 1L), lit(ContactVocabulary.TONES.get(i))).otherwise(out);
            return out;
        }
    }

    /**
     * The days of a school year (1 August = day 0, at most 366 days) on which a counterpart had a contact,
     * as a bitmap of {@link #WORDS} longs, each the bit_or of its days; and the longest gap between
     * consecutive contacts read from it: the largest distance between consecutive days, 0 when all
     * contacts (two or more) fell on one day, null for a single contact. The same as the largest
     * difference between a contact's date and the one before it in date order.
     */
    static final class SchoolDays {
        static final int WORDS = 6;
        static final String DAY = "datediff(date, make_date(" + YEAR_START + ", 8, 1))";

        private SchoolDays() {}

        static String word(int w) {
            return "bit_or(CASE WHEN _day >= " + 64 * w + " AND _day < " + 64 * (w + 1) + " THEN shiftleft(1L, _day - " + 64 * w
                    + ") ELSE 0L END)";
        }

        static Column longestGap(Column contacts, Column[] words) {
            Column[] in = new Column[words.length + 1];
            in[0] = contacts;
            System.arraycopy(words, 0, in, 1, words.length);
            return udf(new Gap(), DataTypes.IntegerType).apply(in);
        }

        /** (contacts, word 0 … word 5) → longest gap in days. */
        static final class Gap implements UDF7<Long, Long, Long, Long, Long, Long, Long, Integer> {
            @Override
            public Integer call(Long contacts, Long w0, Long w1, Long w2, Long w3, Long w4, Long w5) {
                if (contacts == null || contacts < 2) return null;
                return longest(new long[]{w0, w1, w2, w3, w4, w5});
            }
        }

        static int longest(long[] words) {
            int previous = -1, longest = 0;
            for (int w = 0; w < words.length; w++) {
                long bits = words[w];
                while (bits != 0) {
                    int day = 64 * w + Long.numberOfTrailingZeros(bits);
                    if (previous >= 0) longest = Math.max(longest, day - previous);
                    previous = day;
                    bits &= bits - 1;
                }
            }
            return longest;
        }
    }

    static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }
}
