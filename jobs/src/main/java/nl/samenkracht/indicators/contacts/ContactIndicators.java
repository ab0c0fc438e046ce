package nl.samenkracht.indicators.contacts;

import nl.samenkracht.indicators.FusedCollect;
import nl.samenkracht.ingest.contacts.ContactData;
import nl.samenkracht.ingest.contacts.ContactOptions;
import nl.samenkracht.ingest.contacts.ContactVocabulary;
import nl.samenkracht.ingest.contacts.DeadlineRule;
import nl.samenkracht.ingest.contacts.Period;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import scala.jdk.javaapi.CollectionConverters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.not;

/**
 * Contact indicators per school year × counterpart kind × location × class, with the totals per
 * location ("Alle klassen") and for the board ("Alle locaties"), in three Spark aggregations
 * with grouping sets; only their small results are collected, together with the survey results
 * in one action ({@link FusedCollect}).
 *
 * <p><b>Roster-based</b> (denominator: everyone on the kind's roster for that year; contacts with
 * counterparts that are not on it never count; grouped by the roster's location and class):
 * reach before each deadline, reach in the first weeks, reach at all, home-visit reach (parents),
 * reach per period; contacts per counterpart (mean, median, p90 — over the roster, so a
 * counterpart never contacted counts as 0 — and the share never contacted); the share whose first
 * contact of the year was positive; the share reached in every period and the median over
 * counterparts of their longest gap between consecutive contacts. Without a roster for a kind,
 * there are no roster-based rows for it (the ingest warns).
 *
 * <p><b>Contact-based</b> (denominator: individual contacts with the attribute recorded,
 * including counterparts missing from the roster; grouped by the contact's location and class):
 * shares positive / neutral / concern, initiated by the other side, child present, channel mix,
 * contacts per month.
 *
 * <p><b>Collective activities</b> (ouderavond, koffieochtend, inloop by default): number of
 * activities and attendance; the caveat that attendance is no measure of involvement (seed 004) is the reading
 * note of that table in {@code report.tables.ContactTables}.
 *
 * <p>Quantiles are R's type 7 (Spark's exact {@code percentile}): h = (n − 1)p, linear
 * interpolation between the order statistics around h.
 */
public final class ContactIndicators {
    public static final String ALL_LOCATIONS = "Alle locaties";
    public static final String ALL_CLASSES = "Alle klassen";
    public static final String NO_CLASS = "(geen klas)";
    public static final String ANY_TYPE = "any";

    private ContactIndicators() {}

    /** As {@link #compute(Request)}, with its own Spark action. */
    public static ContactResults compute(SparkSession spark, ContactData data, ContactOptions options) {
        FusedCollect fused = new FusedCollect();
        Request request = request(fused, data, options);
        fused.collect();
        return compute(request);
    }

    /** The three aggregations, to be collected with the rest of the run's results in one action. */
    public record Request(FusedCollect.Part perCounterpart, FusedCollect.Part perContact, FusedCollect.Part collective,
                          List<Map.Entry<String, DeadlineRule>> rules, List<Period> periods, ContactOptions options) {}

    public static Request request(FusedCollect fused, ContactData data, ContactOptions options) {
        nl.samenkracht.canonical.CanonicalTable.CONTACTS.require(data.contacts(), "contact indicators");
        nl.samenkracht.canonical.CanonicalTable.ROSTER.require(data.roster(), "contact indicators");
        List<Map.Entry<String, DeadlineRule>> rules = new ArrayList<>(options.deadlines().entrySet());
        List<Period> periods = options.periods().stream().map(Period::parse).toList();
        Dataset<Row> contacts = data.contacts();
        Dataset<Row> individual = contacts.filter(not(col("collective")));
        Dataset<Row> counterparts = CounterpartMeasures.build(individual, data.roster(), rules, periods, options, contactFiles(data));
        return new Request(fused.add(perCounterpart(counterparts, rules.size(), periods.size())),
                fused.add(perContact(individual)), fused.add(collective(contacts.filter(col("collective")))),
                rules, periods, options);
    }

    /** The labels of the contact files (the {@code file} column): the run's sources, or the files of the contacts themselves. */
    private static List<String> contactFiles(ContactData data) {
        List<String> files = data.sources().stream()
                .filter(f -> nl.samenkracht.ingest.frontend.Source.CONTACTS.label().equals(f.source())).map(f -> f.file()).toList();
        if (!files.isEmpty()) return files;
        // contacts made without a run's sources (tests, the benchmark's own data): one small query
        return data.contacts().select("file").distinct().collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    public static ContactResults compute(Request request) {
        List<Map.Entry<String, DeadlineRule>> rules = request.rules();
        List<Period> periods = request.periods();
        ContactOptions options = request.options();
        List<Row> perCounterpart = request.perCounterpart().rows();
        List<Row> perContact = request.perContact().rows();
        List<Row> collective = request.collective().rows();

        String fwWindow = options.firstWeeks() + "w";
        List<Object[]> reach = new ArrayList<>(), frequency = new ArrayList<>(), tone = new ArrayList<>(),
                channels = new ArrayList<>(), regularity = new ArrayList<>(), coll = new ArrayList<>(), rhythm = new ArrayList<>();

        Function<Row, String> none = r -> "";
        Set<String> classes = GroupLabels.withClasses(perCounterpart, none);
        for (Row r : perCounterpart) {
            String cls = GroupLabels.clazz(r, classes, none);
            if (cls == null) continue;
            String year = r.getAs("school_year"), kind = r.getAs("kind"), loc = GroupLabels.location(r);
            int n = num(r, "n");
            for (int i = 0; i < rules.size(); i++) {
                DeadlineRule rule = rules.get(i).getValue();
                if (!rule.appliesTo(kind)) continue;
                reach.add(reachRow(year, kind, loc, cls, "reach_before_deadline", rules.get(i).getKey(), rule.window(),
                        num(r, "elig_" + i), num(r, "dl_" + i)));
            }
            reach.add(reachRow(year, kind, loc, cls, "reach_first_weeks", ANY_TYPE, fwWindow, n, num(r, "fw")));
            reach.add(reachRow(year, kind, loc, cls, "reach_any", ANY_TYPE, "year", n, n - num(r, "never")));
            if (ContactVocabulary.KIND_PARENT.equals(kind))
                reach.add(reachRow(year, kind, loc, cls, "reach_huisbezoek", "huisbezoek", "year", n, num(r, "hb")));
            for (int k = 0; k < periods.size(); k++)
                reach.add(reachRow(year, kind, loc, cls, "reach_period", ANY_TYPE, periods.get(k).label(),
                        num(r, "req_" + k), num(r, "reach_" + k)));
            frequency.add(new Object[]{year, kind, loc, cls, n, r.<Number>getAs("contacts").longValue(), num(r, "never"),
                    share(num(r, "never"), n), dbl(r, "mean"), dbl(r, "median"), dbl(r, "p90")});
            tone.add(countRow(year, kind, loc, cls, "share_first_positive", num(r, "n_first"), num(r, "first_positive")));
            int nRegular = num(r, "n_regular");
            regularity.add(new Object[]{year, kind, loc, cls, nRegular, r.getAs("periods_required") == null ? 0 : num(r, "periods_required"),
                    num(r, "every"), share(num(r, "every"), nRegular), num(r, "n_gap"), dbl(r, "median_gap")});
        }

        List<Row> byGroup = new ArrayList<>();
        for (Row r : perContact) {
            if (r.<Number>getAs("g_mon").intValue() == 0) {
                if (r.<Number>getAs("g_class").intValue() == 1)
                    rhythm.add(new Object[]{r.getAs("school_year"), r.getAs("kind"), GroupLabels.location(r), ALL_CLASSES,
                            r.<Number>getAs("mon").intValue(), num(r, "n_contacts")});
            } else {
                byGroup.add(r);
            }
        }
        Set<String> contactClasses = GroupLabels.withClasses(byGroup, none);
        for (Row r : byGroup) {
            String cls = GroupLabels.clazz(r, contactClasses, none);
            if (cls == null) continue;
            String year = r.getAs("school_year"), kind = r.getAs("kind"), loc = GroupLabels.location(r);
            int nTone = num(r, "n_tone");
            tone.add(countRow(year, kind, loc, cls, "share_positive", nTone, num(r, "positive")));
            tone.add(countRow(year, kind, loc, cls, "share_neutral", nTone, num(r, "neutral")));
            tone.add(countRow(year, kind, loc, cls, "share_concern", nTone, num(r, "concern")));
            tone.add(countRow(year, kind, loc, cls, "share_initiated_by_other", num(r, "n_initiator"), num(r, "other")));
            tone.add(countRow(year, kind, loc, cls, "share_child_present", num(r, "n_child"), num(r, "child")));
            int nChannel = num(r, "n_channel");
            for (int k = 0; k < ContactVocabulary.CHANNELS.size(); k++)
                channels.add(new Object[]{year, kind, loc, cls, ContactVocabulary.CHANNELS.get(k), nChannel, num(r, "ch_" + k),
                        share(num(r, "ch_" + k), nChannel)});
        }

        Function<Row, String> type = r -> r.<Number>getAs("g_type").intValue() == 1 ? "*" : r.getAs("type");
        Set<String> collClasses = GroupLabels.withClasses(collective, type);
        for (Row r : collective) {
            String cls = GroupLabels.clazz(r, collClasses, type);
            if (cls == null) continue;
            coll.add(new Object[]{r.getAs("school_year"), r.getAs("kind"), GroupLabels.location(r), cls,
                    r.<Number>getAs("g_type").intValue() == 1 ? "alle" : r.getAs("type"), num(r, "activities"),
                    num(r, "with_count"), r.getAs("attendance_total") == null ? null : r.<Number>getAs("attendance_total").longValue(),
                    dbl(r, "attendance_mean")});
        }

        // Within a group: tone indicators in a fixed order, collective types in vocabulary order with
        // the total last, months in school-year order (August first).
        List<String> toneOrder = List.of("share_positive", "share_neutral", "share_concern", "share_first_positive",
                "share_initiated_by_other", "share_child_present");
        tone.sort(Comparator.comparingInt(v -> toneOrder.indexOf((String) v[4])));
        coll.sort(Comparator.comparingInt(v -> "alle".equals(v[4]) ? Integer.MAX_VALUE : ContactVocabulary.TYPES.indexOf((String) v[4])));
        rhythm.sort(Comparator.comparingInt(v -> Period.schoolYearIndex((Integer) v[4])));
        List<ContactResults.Reach> reachRows = sorted(reach).stream().map(v -> new ContactResults.Reach(group(v), (String) v[4],
                (String) v[5], (String) v[6], (Integer) v[7], (Integer) v[8], (Double) v[9])).toList();
        List<ContactResults.Tone> toneRows = sorted(tone).stream().map(v -> new ContactResults.Tone(group(v), (String) v[4],
                (Integer) v[5], (Integer) v[6], (Double) v[7])).toList();
        List<ContactResults.Regularity> regularityRows = sorted(regularity).stream().map(v -> new ContactResults.Regularity(
                group(v), (Integer) v[4], (Integer) v[5], (Integer) v[6], (Double) v[7], (Integer) v[8], (Double) v[9])).toList();
        return new ContactResults(reachRows,
                sorted(frequency).stream().map(v -> new ContactResults.Frequency(group(v), (Integer) v[4], (Long) v[5],
                        (Integer) v[6], (Double) v[7], (Double) v[8], (Double) v[9], (Double) v[10])).toList(),
                toneRows,
                sorted(channels).stream().map(v -> new ContactResults.Channel(group(v), (String) v[4], (Integer) v[5],
                        (Integer) v[6], (Double) v[7])).toList(),
                regularityRows,
                sorted(coll).stream().map(v -> new ContactResults.Collective(group(v), (String) v[4], (Integer) v[5],
                        (Integer) v[6], (Long) v[7], (Double) v[8])).toList(),
                sorted(rhythm).stream().map(v -> new ContactResults.Rhythm(group(v), (Integer) v[4], (Integer) v[5])).toList(),
                Evidence.from(reachRows, toneRows, regularityRows));
    }

    // ---- aggregations --------------------------------------------------------------------------

    /** Roster-based measures per school year × kind, with grouping sets (location, class), (location), (). */
    static Dataset<Row> perCounterpart(Dataset<Row> counterparts, int rules, int periods) {
        List<String> aggs = new ArrayList<>(List.of("grouping(location) AS g_loc", "grouping(`class`) AS g_class",
                "count(1) AS n", "sum(n_contacts) AS contacts", "avg(n_contacts) AS mean",
                "percentile(n_contacts, 0.5) AS median", "percentile(n_contacts, 0.9) AS p90",
                "sum(CASE WHEN n_contacts = 0 THEN 1 ELSE 0 END) AS never",
                "sum(fw) AS fw", "sum(hb) AS hb",
                "sum(CASE WHEN n_req > 0 THEN 1 ELSE 0 END) AS n_regular", "sum(every) AS every",
                "max(n_req) AS periods_required",
                "count(first_tone) AS n_first", "sum(CASE WHEN first_tone = 'positief' THEN 1 ELSE 0 END) AS first_positive",
                "count(longest_gap) AS n_gap", "percentile(longest_gap, 0.5) AS median_gap"));
        for (int i = 0; i < rules; i++) {
            aggs.add("sum(elig_" + i + ") AS elig_" + i);
            aggs.add("sum(dl_" + i + ") AS dl_" + i);
        }
        for (int k = 0; k < periods; k++) {
            aggs.add("sum(req_" + k + ") AS req_" + k);
            aggs.add("sum(req_" + k + " * p_" + k + ") AS reach_" + k);
        }
        return groupingSets(counterparts, List.of("school_year", "kind", "location", "class"),
                List.of(List.of("location", "class"), List.of("location"), List.of()), aggs);
    }

    /**
     * Two levels: one plain aggregation of the contacts per school year × kind × location × class ×
     * month (counts only, so they add up), then the grouping sets over those few thousand rows
     * instead of expanding every contact five times.
     */
    static Dataset<Row> perContact(Dataset<Row> individual) {
        List<String> inner = new ArrayList<>(List.of("count(1) AS n_contacts",
                "count(tone) AS n_tone", "sum(CASE WHEN tone = 'positief' THEN 1 ELSE 0 END) AS positive",
                "sum(CASE WHEN tone = 'neutraal' THEN 1 ELSE 0 END) AS neutral",
                "sum(CASE WHEN tone = 'zorg' THEN 1 ELSE 0 END) AS concern",
                "count(initiator) AS n_initiator", "sum(CASE WHEN initiator = 'ander' THEN 1 ELSE 0 END) AS other",
                "count(child_present) AS n_child", "sum(CASE WHEN child_present THEN 1 ELSE 0 END) AS child",
                "count(channel) AS n_channel"));
        List<String> outer = new ArrayList<>(List.of("grouping(location) AS g_loc", "grouping(`class`) AS g_class",
                "grouping(mon) AS g_mon", "sum(n_contacts) AS n_contacts", "sum(n_tone) AS n_tone",
                "sum(positive) AS positive", "sum(neutral) AS neutral", "sum(concern) AS concern",
                "sum(n_initiator) AS n_initiator", "sum(other) AS other", "sum(n_child) AS n_child",
                "sum(child) AS child", "sum(n_channel) AS n_channel"));
        for (int k = 0; k < ContactVocabulary.CHANNELS.size(); k++) {
            inner.add("sum(CASE WHEN channel = '" + ContactVocabulary.CHANNELS.get(k) + "' THEN 1 ELSE 0 END) AS ch_" + k);
            outer.add("sum(ch_" + k + ") AS ch_" + k);
        }
        Dataset<Row> monthly = individual.groupBy(col("school_year"), col("kind"), col("location"), col("class"),
                month(col("date")).as("mon")).agg(first(inner), rest(inner));
        return groupingSets(monthly, List.of("school_year", "kind", "location", "class", "mon"),
                List.of(List.of("location", "class"), List.of("location"), List.of(), List.of("location", "mon"),
                        List.of("mon")), outer);
    }

    static Dataset<Row> collective(Dataset<Row> collective) {
        return groupingSets(collective, List.of("school_year", "kind", "location", "class", "type"),
                List.of(List.of("location", "class", "type"), List.of("location", "type"), List.of("type"),
                        List.of("location", "class"), List.of("location"), List.of()),
                List.of("grouping(location) AS g_loc", "grouping(`class`) AS g_class", "grouping(type) AS g_type",
                        "count(1) AS activities", "count(attendance) AS with_count",
                        "sum(attendance) AS attendance_total", "avg(attendance) AS attendance_mean"));
    }

    /**
     * GROUP BY school_year, kind, GROUPING SETS (sets): the first two columns are in every set.
     * Output: the columns, then the aggregates, as the SQL it replaces (no temporary view, so no
     * extra SQL execution, and safe next to other stages running at once).
     */
    private static Dataset<Row> groupingSets(Dataset<Row> in, List<String> columns, List<List<String>> sets, List<String> aggs) {
        List<scala.collection.immutable.Seq<Column>> seqs = new ArrayList<>();
        for (List<String> set : sets) {
            List<Column> cs = new ArrayList<>(List.of(col("school_year"), col("kind")));
            for (String c : set) cs.add(col(c));
            seqs.add(CollectionConverters.asScala(cs).toList());
        }
        Column[] cols = columns.stream().map(c -> col(c)).toArray(Column[]::new);
        return in.groupingSets(CollectionConverters.asScala(seqs).toList(), cols).agg(first(aggs), rest(aggs));
    }

    private static Column first(List<String> exprs) {
        return expr(exprs.get(0));
    }

    private static Column[] rest(List<String> exprs) {
        return exprs.subList(1, exprs.size()).stream().map(e -> expr(e)).toArray(Column[]::new);
    }

    // ---- rows ---------------------------------------------------------------------------------

    /** Sorted by group (stable: the order within a group is kept). */
    private static List<Object[]> sorted(List<Object[]> values) {
        values.sort(GroupLabels.ORDER);
        return values;
    }

    private static ContactResults.Group group(Object[] v) {
        return new ContactResults.Group((String) v[0], (String) v[1], (String) v[2], (String) v[3]);
    }

    private static Object[] reachRow(String year, String kind, String loc, String cls, String indicator, String type,
                                     String window, int n, int reached) {
        return new Object[]{year, kind, loc, cls, indicator, type, window, n, reached, share(reached, n)};
    }

    private static Object[] countRow(String year, String kind, String loc, String cls, String indicator, int n, int count) {
        return new Object[]{year, kind, loc, cls, indicator, n, count, share(count, n)};
    }

    static Double share(int count, int n) {
        return n > 0 ? (double) count / n : null;
    }

    private static int num(Row r, String field) {
        Object v = r.getAs(field);
        return v == null ? 0 : ((Number) v).intValue();
    }

    private static Double dbl(Row r, String field) {
        Object v = r.getAs(field);
        return v == null ? null : ((Number) v).doubleValue();
    }
}
