package nl.samenkracht.indicators.contacts;

import nl.samenkracht.ingest.contacts.ContactOptions;
import nl.samenkracht.ingest.contacts.DeadlineRule;
import nl.samenkracht.ingest.contacts.Period;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

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
                              List<Period> periods, ContactOptions options) {
        Dataset<Row> last = individual.groupBy("kind", "school_year").agg(max("date").as("last_date"));
        Dataset<Row> rosterY = roster.select("kind", "school_year", "counterpart", "location", "class", "start_date")
                .join(broadcast(last), seq("kind", "school_year"));
        // Gap to the previous contact of the same counterpart (one shuffle of these few columns by
        // counterpart and a sort within partitions); everything per counterpart is then one hash
        // aggregation of declarative functions on the same partitioning.
        WindowSpec byDate = Window.partitionBy("kind", "school_year", "counterpart").orderBy("date");
        Dataset<Row> joined = individual.select("kind", "school_year", "counterpart", "date", "type", "tone", "file", "row")
                .join(broadcast(rosterY.select("kind", "school_year", "counterpart", "start_date")),
                        seq("kind", "school_year", "counterpart"))
                .withColumn("gap", datediff(col("date"), lag(col("date"), 1).over(byDate)));

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
        // The first contact of the year by date; same-day contacts in the order they were logged.
        aggs.add(min(struct(col("date"), col("file"), col("row"), col("tone"))).getField("tone").as("first_tone"));
        aggs.add(max("gap").as("longest_gap"));
        Dataset<Row> perCounterpart = joined.groupBy("kind", "school_year", "counterpart")
                .agg(count(lit(1)).as("n_contacts"), aggs.toArray(new Column[0]));

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

    static scala.collection.immutable.Seq<String> seq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }
}
