package nl.samenkracht.indicators.contacts;

import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.report.tables.ContactTables;

import nl.samenkracht.ingest.contacts.ContactData;
import nl.samenkracht.ingest.contacts.ContactOptions;
import nl.samenkracht.model.SchoolYear;
import nl.samenkracht.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Contact indicators on a tiny hand-built school year 2024-2025 (default options: startgesprek
 * before 1 October for parents, buddygesprek within 7 days of the start date for new colleagues,
 * first 6 weeks from 1 August = 1 August up to, not including, 12 September; quarters aug-okt,
 * nov-jan, feb-apr, mei-jul). Every expected value is worked out by hand below.
 *
 * <pre>
 * Parents' roster: Akker/1A P1 P2 P3 P4 P5, Akker/1B P6, Beek/2A P7 P8. PX is not on it.
 * P1 30-09 startgesprek (in time: before 01-10), 15-11 tien, 10-02 informeel, 20-05 informeel
 *    → 4 contacts, all four quarters; gaps 46, 87, 99 → longest 99; first contact positief
 * P2 01-10 startgesprek ON the deadline (too late), 02-10 huisbezoek → 2; gap 1; first positief
 * P3 05-09 informeel (zorg; in the first weeks), 02-10 startgesprek (late) → 2; gap 27; first zorg
 * P4 nothing → 0
 * P5 26-08 startgesprek (no tone) and 26-08 informeel, same day, startgesprek logged first
 *    → 2, in time, first weeks; gap 0; first contact has no tone → not in n_first
 * P6 20-01 telefonisch → 1; only nov-jan; first neutraal
 * P7 10-09 startgesprek (in time, first weeks), 01-12, 01-03, 01-06 → 4, all quarters;
 *    gaps 82, 90, 92 → 92; first positief
 * P8 nothing. PX 15-09 informeel (on_roster = false): counts for tone etc., never for reach.
 * Last parent contact 01-06-2025, so all four quarters have begun: all required.
 * </pre>
 */
class ContactIndicatorsTest {
    private static ContactResults results;

    @BeforeAll
    static void compute() {
        SparkSession spark = SharedSpark.get();
        List<Row> contacts = new ArrayList<>();
        int[] row = {1};
        // kind, date, location, class, counterpart, type, channel, initiator, tone, child, attendance, collective, on_roster
        class Add {
            void c(String kind, String date, String loc, String cls, String cp, String type, String channel, String initiator,
                   String tone, Boolean child, Integer attendance, boolean collective, Boolean onRoster) {
                LocalDate d = LocalDate.parse(date);
                contacts.add(RowFactory.create(SchoolYear.of(d), d, kind, loc, cls, cp, "m-staff", type, channel, initiator, tone,
                        child, attendance, collective, onRoster, "log", "log.csv", ++row[0]));
            }

            void p(String date, String loc, String cls, String cp, String type, String channel, String initiator, String tone,
                   Boolean child) {
                c("ouder", date, loc, cls, cp, type, channel, initiator, tone, child, null, false, !cp.equals("PX"));
            }
        }
        Add a = new Add();
        a.p("2024-09-30", "Akker", "1A", "P1", "startgesprek", "mondeling", "school", "positief", true);
        a.p("2024-11-15", "Akker", "1A", "P1", "tienminutengesprek", "mondeling", "school", "neutraal", false);
        a.p("2025-02-10", "Akker", "1A", "P1", "informeel", "digitaal", "ander", "positief", null);
        a.p("2025-05-20", "Akker", "1A", "P1", "informeel", "telefoon", "ander", "zorg", null);
        a.p("2024-10-01", "Akker", "1A", "P2", "startgesprek", "mondeling", "school", "positief", null);
        a.p("2024-10-02", "Akker", "1A", "P2", "huisbezoek", "mondeling", "school", "positief", true);
        a.p("2024-10-02", "Akker", "1A", "P3", "startgesprek", "mondeling", "school", "neutraal", null);
        a.p("2024-09-05", "Akker", "1A", "P3", "informeel", null, "ander", "zorg", null);
        a.p("2024-08-26", "Akker", "1A", "P5", "startgesprek", "mondeling", "school", null, true);
        a.p("2024-08-26", "Akker", "1A", "P5", "informeel", "mondeling", null, "positief", null);
        a.p("2025-01-20", "Akker", "1B", "P6", "telefonisch_contact", "telefoon", "school", "neutraal", false);
        a.p("2024-09-10", "Beek", "2A", "P7", "startgesprek", "mondeling", "school", "positief", true);
        a.p("2024-12-01", "Beek", "2A", "P7", "tienminutengesprek", "mondeling", "school", "positief", false);
        a.p("2025-03-01", "Beek", "2A", "P7", "informeel", "digitaal", "ander", "positief", null);
        a.p("2025-06-01", "Beek", "2A", "P7", "informeel", "schriftelijk", "ander", "positief", null);
        a.p("2024-09-15", "Akker", "1A", "PX", "informeel", "mondeling", "school", "positief", false);
        a.c("ouder", "2024-09-20", "Akker", null, null, "ouderavond", null, null, null, null, 30, true, null);
        a.c("ouder", "2024-10-15", "Akker", null, null, "koffieochtend", null, null, null, null, null, true, null);
        a.c("ouder", "2025-02-12", "Beek", null, null, "ouderavond", null, null, null, null, 12, true, null);
        // New colleagues (Duin, no classes). Deadline: start + 7 days, exclusive.
        a.c("nieuwe_collega", "2024-08-25", "Duin", null, "N1", "buddygesprek", null, null, null, null, null, false, true);
        a.c("nieuwe_collega", "2025-01-13", "Duin", null, "N2", "buddygesprek", null, null, null, null, null, false, true);
        a.c("nieuwe_collega", "2025-01-10", "Duin", null, "N3", "buddygesprek", null, null, null, null, null, false, true);
        a.c("nieuwe_collega", "2024-09-01", "Duin", null, "N4", "buddygesprek", null, null, null, null, null, false, true);

        List<Row> roster = new ArrayList<>();
        String[][] parents = {{"Akker", "1A", "P1"}, {"Akker", "1A", "P2"}, {"Akker", "1A", "P3"}, {"Akker", "1A", "P4"},
                {"Akker", "1A", "P5"}, {"Akker", "1B", "P6"}, {"Beek", "2A", "P7"}, {"Beek", "2A", "P8"}};
        for (String[] p : parents)
            roster.add(RowFactory.create("ouder", "2024-2025", p[2], p[0], p[1], null, "leerlingen", "l.csv", ++row[0]));
        Object[][] colleagues = {{"N1", LocalDate.of(2024, 8, 19)}, {"N2", LocalDate.of(2025, 1, 6)}, {"N3", LocalDate.of(2025, 1, 6)},
                {"N4", null}};
        for (Object[] c : colleagues)
            roster.add(RowFactory.create("nieuwe_collega", "2024-2025", c[0], "Duin", null, c[1], "nieuw", "n.csv", ++row[0]));

        Dataset<Row> contactDs = spark.createDataFrame(contacts, nl.samenkracht.canonical.CanonicalTable.CONTACTS.schema());
        Dataset<Row> rosterDs = spark.createDataFrame(roster, nl.samenkracht.canonical.CanonicalTable.ROSTER.schema());
        ContactData data = new ContactData(contactDs, rosterDs, null, List.of(), List.of(), List.of());
        results = ContactIndicators.compute(spark, data, ContactOptions.DEFAULT);
    }

    private static int find(Table t, String kind, String location, String cls, String... more) {
        int hit = -1;
        outer:
        for (int i = 0; i < t.rowCount(); i++) {
            if (!t.stringColumn("kind").get(i).equals(kind) || !t.stringColumn("location").get(i).equals(location)
                    || !t.stringColumn("class").get(i).equals(cls)) continue;
            for (int k = 0; k < more.length; k += 2)
                if (!String.valueOf(t.column(more[k]).get(i)).equals(more[k + 1])) continue outer;
            assertEquals(-1, hit, "more than one row for " + kind + "/" + location + "/" + cls);
            hit = i;
        }
        assertTrue(hit >= 0, "no row for " + kind + "/" + location + "/" + cls + " " + String.join(",", more));
        return hit;
    }

    private static void reach(String kind, String loc, String cls, String indicator, String type, int n, int reached) {
        Table t = ContactTables.reach(results);
        int i = find(t, kind, loc, cls, "indicator", indicator, "contact_type", type);
        assertEquals(n, t.intColumn("n").get(i), indicator + " n " + loc + "/" + cls);
        assertEquals(reached, t.intColumn("reached").get(i), indicator + " reached " + loc + "/" + cls);
        if (n > 0) assertEquals((double) reached / n, t.doubleColumn("share").get(i), 1e-12);
        else assertTrue(t.doubleColumn("share").isMissing(i));
    }

    @Test
    void startgesprekBeforeTheDeadlineCountsOnlyContactsBeforeOneOctober() {
        // In time: P1 (30-09) and P5 (26-08); P2 on 01-10 and P3 on 02-10 are too late.
        reach("ouder", "Akker", "1A", "reach_before_deadline", "startgesprek", 5, 2);
        reach("ouder", "Akker", "1B", "reach_before_deadline", "startgesprek", 1, 0);
        reach("ouder", "Akker", "Alle klassen", "reach_before_deadline", "startgesprek", 6, 2);
        reach("ouder", "Beek", "2A", "reach_before_deadline", "startgesprek", 2, 1);
        reach("ouder", "Alle locaties", "Alle klassen", "reach_before_deadline", "startgesprek", 8, 3);
        int i = find(ContactTables.reach(results), "ouder", "Alle locaties", "Alle klassen", "indicator", "reach_before_deadline");
        assertEquals("<10-01", ContactTables.reach(results).stringColumn("window").get(i));
    }

    @Test
    void firstWeeksAnyContactAndHomeVisits() {
        // First weeks [01-08, 12-09): P3 05-09, P5 26-08, P7 10-09. Any contact: all but P4 and P8.
        reach("ouder", "Akker", "1A", "reach_first_weeks", "any", 5, 2);
        reach("ouder", "Alle locaties", "Alle klassen", "reach_first_weeks", "any", 8, 3);
        reach("ouder", "Alle locaties", "Alle klassen", "reach_any", "any", 8, 6);
        reach("ouder", "Akker", "Alle klassen", "reach_huisbezoek", "huisbezoek", 6, 1);
        reach("ouder", "Beek", "Alle klassen", "reach_huisbezoek", "huisbezoek", 2, 0);
        // Quarters at board level: aug-okt P1 P2 P3 P5 P7; nov-jan P1 P6 P7; feb-apr P1 P7; mei-jul P1 P7.
        Table t = ContactTables.reach(results);
        int[] expected = {5, 3, 2, 2};
        String[] labels = {"aug-okt", "nov-jan", "feb-apr", "mei-jul"};
        for (int k = 0; k < 4; k++) {
            int i = find(t, "ouder", "Alle locaties", "Alle klassen", "indicator", "reach_period", "window", labels[k]);
            assertEquals(8, t.intColumn("n").get(i));
            assertEquals(expected[k], t.intColumn("reached").get(i), labels[k]);
        }
    }

    @Test
    void newColleaguesFirstWeekIsMeasuredFromTheirOwnStartDate() {
        // N1 start 19-08-2024, buddy 25-08 (day 6: in); N2 start 06-01-2025, buddy 13-01 (day 7: the
        // deadline itself, too late); N3 buddy 10-01 (in); N4 has no start date: not measurable → n = 3.
        reach("nieuwe_collega", "Duin", "Alle klassen", "reach_before_deadline", "buddygesprek", 3, 2);
        reach("nieuwe_collega", "Alle locaties", "Alle klassen", "reach_before_deadline", "buddygesprek", 3, 2);
        int i = find(ContactTables.reach(results), "nieuwe_collega", "Duin", "Alle klassen", "indicator", "reach_before_deadline");
        assertEquals("start+7d", ContactTables.reach(results).stringColumn("window").get(i));
        // First 6 weeks from the start date (N4: from 01-08): all four reached.
        reach("nieuwe_collega", "Duin", "Alle klassen", "reach_first_weeks", "any", 4, 4);
        // The parents' startgesprek rule does not apply to new colleagues; no class rows (they have no class).
        for (int r = 0; r < ContactTables.reach(results).rowCount(); r++) {
            if (!ContactTables.reach(results).stringColumn("kind").get(r).equals("nieuwe_collega")) continue;
            assertNotEquals("startgesprek", ContactTables.reach(results).stringColumn("contact_type").get(r));
            assertEquals("Alle klassen", ContactTables.reach(results).stringColumn("class").get(r));
            assertNotEquals("reach_huisbezoek", ContactTables.reach(results).stringColumn("indicator").get(r));
        }
        // Last new-colleague contact 13-01-2025: aug-okt and nov-jan have begun. N2 and N3 started
        // 06-01, after aug-okt ended: only nov-jan is required of them (both reached: every period).
        // N1 and N4 need both and were reached only in aug-okt. → 2 of 4; at most 2 periods required.
        Table reg = ContactTables.regularity(results);
        int g = find(reg, "nieuwe_collega", "Duin", "Alle klassen");
        assertEquals(4, reg.intColumn("n").get(g));
        assertEquals(2, reg.intColumn("every_period").get(g));
        assertEquals(0.5, reg.doubleColumn("share_every_period").get(g), 1e-12);
        assertEquals(2, reg.intColumn("periods_required").get(g));
        // Per period: aug-okt required of N1, N4 (both reached); nov-jan of all four (N2, N3 reached);
        // feb-apr had not begun: required of no one, share empty.
        String[] labels = {"aug-okt", "nov-jan", "feb-apr"};
        int[][] nr = {{2, 2}, {4, 2}, {0, 0}};
        Table t = ContactTables.reach(results);
        for (int k = 0; k < 3; k++) {
            int p = find(t, "nieuwe_collega", "Duin", "Alle klassen", "indicator", "reach_period", "window", labels[k]);
            assertEquals(nr[k][0], t.intColumn("n").get(p), labels[k]);
            assertEquals(nr[k][1], t.intColumn("reached").get(p), labels[k]);
        }
        assertTrue(t.doubleColumn("share").isMissing(find(t, "nieuwe_collega", "Duin", "Alle klassen", "indicator", "reach_period",
                "window", "feb-apr")));
    }

    @Test
    void contactsPerCounterpartCountTheNeverContactedAsZero() {
        // Quantiles type 7 (R's default): h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
        // Akker/1A counts [0,2,2,2,4] (P4 never): mean 10/5 = 2; median 2; p90 h = 3.6 → 2 + 0.6·2 = 3.2.
        frequency("Akker", "1A", 5, 10, 1, 2.0, 2.0, 3.2);
        // Akker: [0,1,2,2,2,4]: mean 11/6; median (2+2)/2 = 2; h = 4.5 → 2 + 0.5·2 = 3.0.
        frequency("Akker", "Alle klassen", 6, 11, 1, 11.0 / 6, 2.0, 3.0);
        // Beek: [0,4]: mean 2; median 2; h = 0.9 → 0 + 0.9·4 = 3.6. PX's contact is not counted anywhere.
        frequency("Beek", "Alle klassen", 2, 4, 1, 2.0, 2.0, 3.6);
        // Board: [0,0,1,2,2,2,4,4]: mean 15/8; median 2; h = 6.3 → 4 + 0.3·0 = 4.
        frequency("Alle locaties", "Alle klassen", 8, 15, 2, 15.0 / 8, 2.0, 4.0);
    }

    private static void frequency(String loc, String cls, int n, long contacts, int never, double mean, double median, double p90) {
        Table t = ContactTables.frequency(results);
        int i = find(t, "ouder", loc, cls);
        assertEquals(n, t.intColumn("n").get(i));
        assertEquals(contacts, t.longColumn("contacts").get(i));
        assertEquals(never, t.intColumn("never").get(i));
        assertEquals((double) never / n, t.doubleColumn("share_never").get(i), 1e-12);
        assertEquals(mean, t.doubleColumn("mean").get(i), 1e-12);
        assertEquals(median, t.doubleColumn("median").get(i), 1e-12);
        assertEquals(p90, t.doubleColumn("p90").get(i), 1e-12);
    }

    private static void tone(String kind, String loc, String cls, String indicator, int n, int count) {
        Table t = ContactTables.tone(results);
        int i = find(t, kind, loc, cls, "indicator", indicator);
        assertEquals(n, t.intColumn("n").get(i), indicator + " n " + loc + "/" + cls);
        assertEquals(count, t.intColumn("count").get(i), indicator + " count " + loc + "/" + cls);
    }

    @Test
    void firstContactPositiveIsAboutTheEarliestContactOnTheRoster() {
        // First contacts: P1 positief, P2 positief, P3 zorg (05-09 before its startgesprek), P5 none
        // (its first, the startgesprek logged first that day, has no tone), P6 neutraal, P7 positief.
        tone("ouder", "Akker", "1A", "share_first_positive", 3, 2);
        tone("ouder", "Akker", "Alle klassen", "share_first_positive", 4, 2);
        tone("ouder", "Alle locaties", "Alle klassen", "share_first_positive", 5, 3);
    }

    @Test
    void contactLevelSharesIncludeCounterpartsMissingFromTheRoster() {
        // Akker/1A: 11 contacts (PX's included), 10 with a tone: positief 6, neutraal 2, zorg 2;
        // initiator known 10, ander 3; child known 5, present 3.
        tone("ouder", "Akker", "1A", "share_positive", 10, 6);
        tone("ouder", "Akker", "1A", "share_neutral", 10, 2);
        tone("ouder", "Akker", "1A", "share_concern", 10, 2);
        tone("ouder", "Akker", "1A", "share_initiated_by_other", 10, 3);
        tone("ouder", "Akker", "1A", "share_child_present", 5, 3);
        // Board: tone 15 (positief 10), initiator 15 (ander 5), child 8 (present 4).
        tone("ouder", "Alle locaties", "Alle klassen", "share_positive", 15, 10);
        tone("ouder", "Alle locaties", "Alle klassen", "share_initiated_by_other", 15, 5);
        tone("ouder", "Alle locaties", "Alle klassen", "share_child_present", 8, 4);
        // Channels, board: 15 known. mondeling: P1 2, P2 2, P3 1 (its informeel has none), P5 2, P7 2,
        // PX 1 = 10; telefoon P1, P6 = 2; digitaal P1, P7 = 2; schriftelijk P7 = 1.
        Table c = ContactTables.channels(results);
        String[] channels = {"mondeling", "telefoon", "digitaal", "schriftelijk"};
        int[] counts = {10, 2, 2, 1};
        for (int k = 0; k < 4; k++) {
            int i = find(c, "ouder", "Alle locaties", "Alle klassen", "channel", channels[k]);
            assertEquals(15, c.intColumn("n").get(i));
            assertEquals(counts[k], c.intColumn("count").get(i));
            assertEquals(counts[k] / 15.0, c.doubleColumn("share").get(i), 1e-12);
        }
        // Beek/2A has no telephone contact: the channel still has a row, with 0.
        int i = find(c, "ouder", "Beek", "2A", "channel", "telefoon");
        assertEquals(0, c.intColumn("count").get(i));
        // Rhythm: Akker in August = P5's two contacts of 26-08.
        Table r = ContactTables.rhythm(results);
        int m = find(r, "ouder", "Akker", "Alle klassen", "month", "8");
        assertEquals(2, r.intColumn("n").get(m));
    }

    @Test
    void regularityEveryPeriodAndLongestGap() {
        // Every quarter: Akker/1A only P1 (1 of 5); Beek P7 (1 of 2); board 2 of 8.
        // Longest gaps: P1 99, P2 1, P3 27, P5 0 (same day), P7 92; P6 has one contact (no gap).
        // Akker/1A median of [0,1,27,99] = 14; board median of [0,1,27,92,99] = 27.
        regularity("Akker", "1A", 5, 1, 4, 14.0);
        regularity("Akker", "1B", 1, 0, 0, Double.NaN);
        regularity("Beek", "Alle klassen", 2, 1, 1, 92.0);
        regularity("Alle locaties", "Alle klassen", 8, 2, 5, 27.0);
    }

    private static void regularity(String loc, String cls, int n, int every, int nGap, double median) {
        Table t = ContactTables.regularity(results);
        int i = find(t, "ouder", loc, cls);
        assertEquals(n, t.intColumn("n").get(i));
        assertEquals(4, t.intColumn("periods_required").get(i));
        assertEquals(every, t.intColumn("every_period").get(i));
        assertEquals(nGap, t.intColumn("n_gap").get(i));
        if (Double.isNaN(median)) assertTrue(t.doubleColumn("median_longest_gap_days").isMissing(i));
        else assertEquals(median, t.doubleColumn("median_longest_gap_days").get(i), 1e-12);
    }

    @Test
    void collectiveActivitiesCountAndAttendance() {
        // Akker: an ouderavond (30 present) and a koffieochtend without a count; Beek: an ouderavond (12).
        Table t = ContactTables.collective(results);
        int i = find(t, "ouder", "Alle locaties", "Alle klassen", "contact_type", "ouderavond");
        assertEquals(2, t.intColumn("n").get(i));
        assertEquals(2, t.intColumn("with_count").get(i));
        assertEquals(42L, t.longColumn("attendance_total").get(i));
        assertEquals(21.0, t.doubleColumn("attendance_mean").get(i), 1e-12);
        int a = find(t, "ouder", "Akker", "Alle klassen", "contact_type", "alle");
        assertEquals(2, t.intColumn("n").get(a));
        assertEquals(1, t.intColumn("with_count").get(a));
        assertEquals(30L, t.longColumn("attendance_total").get(a));
        for (int r = 0; r < t.rowCount(); r++) assertEquals("Alle klassen", t.stringColumn("class").get(r), "no class: no class rows");
        // Seed 004: attendance is no measure of involvement; the sheet says so above the table.
        String note = ContactTables.reportTables(results).stream().filter(x -> x.id().equals("contacts_collective"))
                .findFirst().orElseThrow().note();
        assertTrue(note.contains("zegt op zichzelf weinig over ouderbetrokkenheid"), note);
    }

    @Test
    void evidenceRowsForCoverage() {
        List<EvidenceValue> ev = results.evidence();
        EvidenceValue start = ev.stream().filter(r -> r.ref().equals("contact:reach_startgesprek") && r.location().equals("Alle locaties"))
                .findFirst().orElseThrow();
        assertEquals("contact_indicator", start.kind());
        assertEquals("2024-2025", start.schoolYear());
        assertEquals(3.0 / 8, start.value(), 1e-12);
        assertEquals(8, start.n());
        EvidenceValue pos = ev.stream().filter(r -> r.ref().equals("contact:share_positive") && r.location().equals("Akker"))
                .findFirst().orElseThrow();
        assertEquals(6.0 / 11, pos.value(), 1e-12); // Akker: 1A 6 of 10 and 1B 0 of 1
        assertEquals(11, pos.n());
        EvidenceValue every = ev.stream().filter(r -> r.ref().equals("contact:share_reached_every_period") && r.location().equals("Alle locaties"))
                .findFirst().orElseThrow();
        assertEquals(2.0 / 8, every.value(), 1e-12);
        List<String> refs = ev.stream().map(r -> r.ref()).distinct().sorted().toList();
        assertEquals(List.of("contact:reach_first_weeks", "contact:reach_huisbezoek", "contact:reach_startgesprek",
                "contact:share_child_present", "contact:share_first_positive", "contact:share_initiated_by_other",
                "contact:share_positive", "contact:share_reached_every_period"), refs);
        assertTrue(ev.stream().allMatch(r -> r.kind().equals("contact_indicator")));
        assertTrue(ev.stream().noneMatch(r -> r.location().equals("Duin")), "evidence is about parents only");
    }
}
