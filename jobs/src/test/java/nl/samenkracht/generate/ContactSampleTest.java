package nl.samenkracht.generate;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.report.tables.ContactTables;

import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.indicators.contacts.ContactIndicators;
import nl.samenkracht.indicators.contacts.ContactResults;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.contacts.ContactData;
import nl.samenkracht.ingest.contacts.ContactIngest;
import nl.samenkracht.ingest.contacts.ContactsConfig;
import nl.samenkracht.ingest.contacts.ContactsYaml;
import nl.samenkracht.testing.SharedSpark;
import nl.samenkracht.testing.StudyFixture;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The sample contact logs run through ingest and indicators with the sample's YAML snippet, and
 * the figures planted by {@link ContactSampleGenerator} (its class comment; the constants are the
 * plan, not results) come out. Shares with a quota are checked as count == round(quota · n), n
 * being the denominator the pipeline reports.
 */
class ContactSampleTest {
    private static Path dir;
    private static ContactSampleGenerator generator;
    private static ContactData data;
    private static ContactResults results;

    @BeforeAll
    static void run() throws IOException {
        dir = Files.createTempDirectory("contact-sample");
        generator = new ContactSampleGenerator();
        generator.write(dir);
        ContactsConfig config = ContactsYaml.parse(ContactSampleGenerator.snippet(), "snippet");
        Study study = new Study(dir.resolve("study.yaml"), new StudyConfig(null, null, null, null, null,
                List.of("Akker", "Beek", "Duin", "Haven"), null, null, null, null, null, null));
        Path work = Files.createDirectories(dir.resolve(".work"));
        data = new ContactIngest(SharedSpark.get(), study, config, StudyFixture.TEST_KEY, work, study.config().locations()).ingest();
        results = ContactIndicators.compute(SharedSpark.get(), data, config.options());
    }

    private static int row(Table t, String year, String kind, String loc, String cls, String... more) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (!t.stringColumn("school_year").get(i).equals(year) || !t.stringColumn("kind").get(i).equals(kind)
                    || !t.stringColumn("location").get(i).equals(loc) || !t.stringColumn("class").get(i).equals(cls)) continue;
            boolean ok = true;
            for (int k = 0; k < more.length; k += 2) ok &= String.valueOf(t.column(more[k]).get(i)).equals(more[k + 1]);
            if (ok) return i;
        }
        throw new AssertionError("no row " + year + " " + kind + " " + loc + " " + cls + " " + Arrays.toString(more));
    }

    private static int[] reach(String year, String kind, String loc, String indicator, String type) {
        Table t = ContactTables.reach(results);
        int i = row(t, year, kind, loc, "Alle klassen", "indicator", indicator, "contact_type", type);
        return new int[]{t.intColumn("n").get(i), t.intColumn("reached").get(i)};
    }

    @Test
    void parentReachFiguresAreThePlantedOnes() {
        for (int y = 0; y < 3; y++) {
            String year = ContactSampleGenerator.YEARS.get(y);
            assertArrayEquals(new int[]{160, ContactSampleGenerator.STARTGESPREK_IN_TIME[y]},
                    reach(year, "ouder", "Alle locaties", "reach_before_deadline", "startgesprek"), year);
            assertArrayEquals(new int[]{160, ContactSampleGenerator.FIRST_WEEKS[y]},
                    reach(year, "ouder", "Alle locaties", "reach_first_weeks", "any"), year);
            assertArrayEquals(new int[]{160, 160 - ContactSampleGenerator.NEVER_CONTACTED[y]},
                    reach(year, "ouder", "Alle locaties", "reach_any", "any"), year);
            Table f = ContactTables.frequency(results);
            assertEquals(ContactSampleGenerator.NEVER_CONTACTED[y], f.intColumn("never").get(row(f, year, "ouder", "Alle locaties", "Alle klassen")));
            Table r = ContactTables.regularity(results);
            int i = row(r, year, "ouder", "Alle locaties", "Alle klassen");
            assertEquals(160, r.intColumn("n").get(i));
            assertEquals(ContactSampleGenerator.EVERY_PERIOD[y], r.intColumn("every_period").get(i), year);
            for (Map.Entry<String, Integer> hv : ContactSampleGenerator.HOME_VISITS.entrySet()) {
                int size = Arrays.stream(ContactSampleGenerator.CLASS_SIZES.get(hv.getKey())).sum();
                assertArrayEquals(new int[]{size, hv.getValue()}, reach(year, "ouder", hv.getKey(), "reach_huisbezoek", "huisbezoek"),
                        year + " " + hv.getKey());
            }
        }
        // The story the directie sees: startgesprek in time 70% → 85% → 95%.
        assertEquals(0.70, 112 / 160.0, 1e-12);
    }

    private static int[] tone(String year, String indicator) {
        Table t = ContactTables.tone(results);
        int i = row(t, year, "ouder", "Alle locaties", "Alle klassen", "indicator", indicator);
        return new int[]{t.intColumn("n").get(i), t.intColumn("count").get(i)};
    }

    @Test
    void parentToneInitiativeAndChildQuotasAreExact() {
        for (int y = 0; y < 3; y++) {
            String year = ContactSampleGenerator.YEARS.get(y);
            int[] pos = tone(year, "share_positive");
            assertEquals(Math.round(ContactSampleGenerator.SHARE_POSITIVE[y] * pos[0]), pos[1], year);
            int[] first = tone(year, "share_first_positive");
            assertEquals(160 - ContactSampleGenerator.NEVER_CONTACTED[y], first[0], "every reached pupil's first contact has a tone");
            assertEquals(Math.round(ContactSampleGenerator.FIRST_POSITIVE[y] * first[0]), first[1], year);
            int[] other = tone(year, "share_initiated_by_other");
            assertEquals(pos[0], other[0], "every individual contact has an initiator");
            assertEquals(Math.round(ContactSampleGenerator.INITIATED_BY_PARENT[y] * other[0]), other[1], year);
            int[] child = tone(year, "share_child_present");
            assertEquals(Math.round(ContactSampleGenerator.CHILD_PRESENT[y] * child[0]), child[1], year);
            Table c = ContactTables.collective(results);
            assertEquals(28, c.intColumn("n").get(row(c, year, "ouder", "Alle locaties", "Alle klassen", "contact_type", "alle")),
                    "7 activities at each of 4 locations");
        }
    }

    @Test
    void newColleaguesAndPartners() {
        for (int y = 0; y < 2; y++) {
            String year = ContactSampleGenerator.BUDDY_YEARS.get(y);
            assertArrayEquals(new int[]{22, ContactSampleGenerator.BUDDY_FIRST_WEEK[y]},
                    reach(year, "nieuwe_collega", "Alle locaties", "reach_before_deadline", "buddygesprek"), year);
            Table r = ContactTables.regularity(results);
            int i = row(r, year, "nieuwe_collega", "Alle locaties", "Alle klassen");
            assertEquals(ContactSampleGenerator.BUDDY_EVERY_PERIOD[y], r.intColumn("every_period").get(i), year);
            assertEquals(2, reach(year, "nieuwe_collega", "Haven", "reach_before_deadline", "buddygesprek")[0],
                    "Haven has 2 new colleagues a year: a figure for suppression to hide");
        }
        assertArrayEquals(new int[]{12, 11}, reach("2022-2023", "partner", "Alle locaties", "reach_any", "any"));
        assertArrayEquals(new int[]{12, 12}, reach("2023-2024", "partner", "Alle locaties", "reach_any", "any"));
        assertArrayEquals(new int[]{12, 12}, reach("2024-2025", "partner", "Alle locaties", "reach_any", "any"));
    }

    @Test
    void blemishesAreRejectedOrFlaggedWhereTheGeneratorPutThem() {
        Map<String, RowAccount> acc = data.accounts().stream().collect(Collectors.toMap(RowAccount::file, a -> a));
        RowAccount parents = acc.get("exports/" + ContactSampleGenerator.PARENT_LOG);
        assertEquals(Map.of(RejectReason.IMPOSSIBLE_DATE, 1L, RejectReason.DATE_OUTSIDE_STUDY, 1L, RejectReason.DUPLICATE_ROW, 1L),
                parents.rejectsByReason());
        assertEquals(3, parents.cellIssues(), "Fax, and pupil 199999 twice");
        for (RowAccount a : data.accounts()) {
            assertEquals(a.read(), a.accepted() + a.rejected());
            if (a != parents) assertEquals(0, a.rejected(), a.file());
        }
        Map<Integer, String> rejects = data.rejects().filter(col("file").equalTo("exports/" + ContactSampleGenerator.PARENT_LOG))
                .collectAsList().stream().collect(Collectors.toMap(r -> r.<Integer>getAs("row"), r -> r.<String>getAs("reason")));
        Map<Integer, String> planted = generator.blemishes().stream().collect(Collectors.toMap(Blemish::row, Blemish::what));
        assertEquals(planted.keySet(), rejects.keySet());
        planted.forEach((row, what) -> {
            String reason = rejects.get(row);
            if (what.startsWith("impossible")) assertEquals(RejectReason.IMPOSSIBLE_DATE.code(), reason);
            else if (what.startsWith("date 15-06-2012")) assertEquals(RejectReason.DATE_OUTSIDE_STUDY.code(), reason);
            else if (what.startsWith("exact copy")) assertEquals(RejectReason.DUPLICATE_ROW.code(), reason);
            else if (what.startsWith("unknown channel")) assertEquals(RejectReason.UNKNOWN_CHANNEL.code(), reason);
            else assertEquals(RejectReason.NOT_ON_ROSTER.code(), reason);
        });
        assertEquals(1, data.warnings().size(), data.warnings().toString());
        assertTrue(data.warnings().get(0).contains("2 contacts whose counterparts are not on the roster of kind 'ouder'"));
    }

    @Test
    void evidenceCoversEveryContactRefForEveryYear() {
        List<EvidenceValue> ev = results.evidence();
        for (String year : ContactSampleGenerator.YEARS) {
            long refs = ev.stream().filter(r -> r.schoolYear().equals(year) && r.location().equals("Alle locaties"))
                    .map(r -> r.ref()).distinct().count();
            assertEquals(8, refs, year);
        }
        EvidenceValue start = ev.stream().filter(r -> r.ref().equals("contact:reach_startgesprek") && r.schoolYear().equals("2024-2025")
                && r.location().equals("Alle locaties")).findFirst().orElseThrow();
        assertEquals(152 / 160.0, start.value(), 1e-12);
    }

    /** docs/sample-contacts-snippet.yaml is the generator's snippet; the committed exports are a fresh generation. */
    @Test
    void committedSnippetAndExportsEqualAFreshGeneration() throws IOException {
        Path root = SampleExports.repoRoot();
        assertEquals(ContactSampleGenerator.snippet(), Files.readString(root.resolve("docs/sample-contacts-snippet.yaml")));
        for (String f : List.of(ContactSampleGenerator.PARENT_LOG, ContactSampleGenerator.PUPIL_ROSTER, ContactSampleGenerator.NEW_COLLEAGUES,
                ContactSampleGenerator.PARTNER_LOG, ContactSampleGenerator.PARTNERS))
            assertEquals(-1L, Files.mismatch(dir.resolve("exports").resolve(f), root.resolve("data-samples/exports").resolve(f)), f);
        try (InputStream a = Files.newInputStream(dir.resolve("exports").resolve(ContactSampleGenerator.BUDDY_LOG));
             InputStream b = Files.newInputStream(root.resolve("data-samples/exports").resolve(ContactSampleGenerator.BUDDY_LOG))) {
            Map<String, byte[]> x = ReproducibleZip.entries(a), y = ReproducibleZip.entries(b);
            assertEquals(x.keySet(), y.keySet());
            for (String k : x.keySet()) assertArrayEquals(x.get(k), y.get(k), k);
        }
    }
}
