package nl.samenkracht.indicators.interviews;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.report.tables.InterviewTables;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.InterviewConfig;
import nl.samenkracht.config.PrivacyConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.config.StudyInfo;
import nl.samenkracht.coverage.EvidenceValue;
import nl.samenkracht.coverage.EvidenceWaves;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.testing.SharedSpark;
import nl.samenkracht.testing.StudyFixture;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Interview indicators on a hand-built table of 14 coded segments (format "table"), every count
 * worked out by hand below.
 *
 * <pre>
 * row respondent code                              passage                    wave        location role
 *  2  Anna  Behoeften\Houvast                      "Ik zocht houvast."        voormeting  Akker   nieuw
 *  3  Anna  Ervaringen\In het diepe gegooid        "Ik zocht houvast."        voormeting  Akker   nieuw   (same passage as 2)
 *  4  Anna  Behoeften\Orde                         "Alles liep door elkaar."  voormeting  Akker   nieuw
 *  5  Bram  Behoeften\Houvast                      "Waar moest ik beginnen?"  voormeting  Akker   nieuw
 *  6  Bram  Behoeften\Houvast                      "Niemand zei wat."         voormeting  Akker   nieuw
 *  7  Bram  Ervaringen\In het diepe gegooid        "Diep, heel diep."         voormeting  Akker   nieuw
 *  8  Cor   Ervaringen\Buddy helpt                 "Mijn buddy hielp."        voormeting  Beek    buddy
 *  9  Dina  Behoeften\Orde                         "Orde, graag."             voormeting  Beek    nieuw
 * 10  (no respondent)                                                                              → reject "geen respondent"
 * 11  Anna  Ervaringen\Buddy helpt                 "Buddy!"                   nameting    Akker   nieuw
 * 12  Bram  Behoeften\Houvast                      "Nog steeds zoekend."      nameting    Akker   nieuw
 * 13  Dina  Ervaringen\Buddy helpt                 "Fijne buddy."             nameting    Beek    nieuw
 * 14  Eva   Behoeften\Orde                         location Zee (not in the study's locations) → reject "onbekende locatie"
 * 15  Eva   Behoeften\Orde                         no wave, none configured   → reject "geen meting"
 * </pre>
 * Read 14 = accepted 11 + rejected 3.
 */
class InterviewStageTest {
    static final String Y = "2024-2025";
    static final String CSV = """
            respondent;code;segment;wave;location;role
            Anna;Behoeften\\Houvast;Ik zocht houvast.;voormeting;Akker;nieuw
            Anna;Ervaringen\\In het diepe gegooid;Ik zocht houvast.;voormeting;Akker;nieuw
            Anna;Behoeften\\Orde;Alles liep door elkaar.;voormeting;Akker;nieuw
            Bram;Behoeften\\Houvast;Waar moest ik beginnen?;voormeting;Akker;nieuw
            Bram;Behoeften\\Houvast;Niemand zei wat.;voormeting;Akker;nieuw
            Bram;Ervaringen\\In het diepe gegooid;"Diep, heel diep.";voormeting;Akker;nieuw
            Cor;Ervaringen\\Buddy helpt;Mijn buddy hielp.;voormeting;Beek;buddy
            Dina;Behoeften\\Orde;Orde, graag.;voormeting;Beek;nieuw
            ;Behoeften\\Houvast;Zonder naam.;voormeting;Beek;nieuw
            Anna;Ervaringen\\Buddy helpt;Buddy!;nameting;Akker;nieuw
            Bram;Behoeften\\Houvast;Nog steeds zoekend.;nameting;Akker;nieuw
            Dina;Ervaringen\\Buddy helpt;Fijne buddy.;nameting;Beek;nieuw
            Eva;Behoeften\\Orde;Orde.;nameting;Zee;nieuw
            Eva;Behoeften\\Orde;Orde;;Beek;nieuw
            """;
    static final String HOU = "Behoeften\\Houvast";
    static final String ORDE = "Behoeften\\Orde";
    static final String DIEP = "Ervaringen\\In het diepe gegooid";
    static final String BUDDY = "Ervaringen\\Buddy helpt";
    static final EvidenceWaves WAVES = new EvidenceWaves(null, "voormeting", "nameting");

    @TempDir
    static Path dir;
    private static InterviewResults withText;

    static Study study(boolean freeText, InterviewConfig... interviews) throws IOException {
        Files.writeString(dir.resolve("interviews.csv"), CSV);
        StudyConfig c = new StudyConfig(1, new StudyInfo("t", "T", null, null, null), null,
                new PrivacyConfig(null, null, null, freeText), null, List.of("Akker", "Beek"), null, null, null,
                List.of(interviews), null, null);
        return new Study(dir.resolve("study.yaml"), c);
    }

    static InterviewConfig table(String id) {
        return new InterviewConfig(id, List.of("interviews.csv"), "table", null, null, null, null, null, Y, null, null);
    }

    /** The stage with free text on is run once for all tests (Spark jobs take seconds on 2 cores). */
    static synchronized InterviewResults run(boolean freeText) throws IOException {
        if (freeText && withText != null) return withText;
        InterviewResults r = InterviewStage.run(SharedSpark.get(), study(freeText, table("gesprekken")), List.of(table("gesprekken")), WAVES,
                StudyFixture.TEST_KEY);
        if (freeText) withText = r;
        return r;
    }

    /** (wave, role, code) → [segments, respondents, interviewed] and share, from tables/interview_codes. */
    static void assertCode(Table t, String wave, String role, String code, int level, long segments, long respondents,
                           long interviewed) {
        int found = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            if (!t.stringColumn("wave").get(i).equals(wave) || !t.stringColumn("role").get(i).equals(role)
                    || !t.stringColumn("code").get(i).equals(code)) continue;
            found++;
            String at = wave + "/" + role + "/" + code;
            assertEquals(Y, t.stringColumn("school_year").get(i), at);
            assertEquals(level, t.intColumn("level").get(i), at);
            assertEquals(segments, t.longColumn("segments").get(i), at + " segments");
            assertEquals(respondents, t.longColumn("respondents").get(i), at + " respondents");
            assertEquals(interviewed, t.longColumn("interviewed").get(i), at + " interviewed");
            assertEquals((double) respondents / interviewed, t.doubleColumn("share").get(i), 1e-12, at + " share");
        }
        assertEquals(1, found, wave + "/" + role + "/" + code + " rows");
    }

    @Test
    void codeFrequenciesAtEveryLevelWithZerosForCodesNobodyMentioned() throws IOException {
        Table codes = InterviewTables.codes(run(true));
        String all = InterviewStage.ALL_ROLES;
        // voormeting: Anna, Bram, Cor, Dina interviewed (4)
        assertCode(codes, "voormeting", all, "Behoeften", 1, 5, 3, 4);   // rows 2,4,5,6,9; Anna, Bram, Dina
        assertCode(codes, "voormeting", all, HOU, 2, 3, 2, 4);           // rows 2,5,6; Anna, Bram
        assertCode(codes, "voormeting", all, ORDE, 2, 2, 2, 4);          // rows 4,9; Anna, Dina
        assertCode(codes, "voormeting", all, "Ervaringen", 1, 3, 3, 4);  // rows 3,7,8; Anna, Bram, Cor
        assertCode(codes, "voormeting", all, DIEP, 2, 2, 2, 4);          // rows 3,7
        assertCode(codes, "voormeting", all, BUDDY, 2, 1, 1, 4);         // row 8
        // nameting: Anna, Bram, Dina (Eva's rows are rejected)
        assertCode(codes, "nameting", all, "Behoeften", 1, 1, 1, 3);     // row 12
        assertCode(codes, "nameting", all, HOU, 2, 1, 1, 3);
        assertCode(codes, "nameting", all, ORDE, 2, 0, 0, 3);            // nobody: 0, not missing
        assertCode(codes, "nameting", all, "Ervaringen", 1, 2, 2, 3);    // rows 11, 13
        assertCode(codes, "nameting", all, DIEP, 2, 0, 0, 3);
        assertCode(codes, "nameting", all, BUDDY, 2, 2, 2, 3);
        // by role, voormeting: nieuw = Anna, Bram, Dina (3); buddy = Cor (1)
        assertCode(codes, "voormeting", "nieuw", BUDDY, 2, 0, 0, 3);
        assertCode(codes, "voormeting", "buddy", BUDDY, 2, 1, 1, 1);
        assertCode(codes, "voormeting", "nieuw", HOU, 2, 3, 2, 3);
        // 2 waves × 6 codes × (Alle rollen + nieuw) + voormeting × 6 codes × buddy
        assertEquals(2 * 6 * 2 + 6, codes.rowCount());
        // order: Alle rollen first, then by code, voormeting before nameting
        assertEquals(List.of("voormeting", "nameting"), List.of(codes.stringColumn("wave").get(0), codes.stringColumn("wave").get(1)));
        assertEquals("Behoeften", codes.stringColumn("code").get(0));
    }

    @Test
    void evidenceIsTheNametingSharePerLocationAndOverall() throws IOException {
        List<EvidenceValue> ev = run(true).evidence();
        // nameting interviewed: Akker = Anna, Bram (2); Beek = Dina (1); all = 3
        Set<EvidenceValue> expected = new HashSet<>();
        for (String[] c : new String[][]{{"Behoeften", "1", "0", "1"}, {HOU, "1", "0", "1"}, {ORDE, "0", "0", "0"},
                {"Ervaringen", "1", "1", "2"}, {DIEP, "0", "0", "0"}, {BUDDY, "1", "1", "2"}}) {
            // c = code, mentions in Akker, in Beek, overall
            expected.add(new EvidenceValue("interview_code", "code:" + c[0], Y, "Akker", Integer.parseInt(c[1]) / 2.0, 2));
            expected.add(new EvidenceValue("interview_code", "code:" + c[0], Y, "Beek", Integer.parseInt(c[2]) / 1.0, 1));
            expected.add(new EvidenceValue("interview_code", "code:" + c[0], Y, EvidenceValue.ALL_LOCATIONS,
                    Integer.parseInt(c[3]) / 3.0, 3));
        }
        assertEquals(expected.size(), ev.size());
        for (EvidenceValue e : ev) {
            EvidenceValue match = expected.stream().filter(x -> x.ref().equals(e.ref()) && x.location().equals(e.location()))
                    .findFirst().orElseThrow(() -> new AssertionError("unexpected " + e));
            assertEquals(match.value(), e.value(), 1e-12, e.toString());
            assertEquals(match.n(), e.n(), e.toString());
            assertEquals(Y, e.schoolYear());
        }
        // a fixed wave overrides the default: voormeting, all locations, Houvast 2 of 4
        InterviewResults pre = InterviewStage.run(SharedSpark.get(), study(true, table("g")), List.of(table("g")),
                new EvidenceWaves("voormeting", "voormeting", "nameting"), StudyFixture.TEST_KEY);
        EvidenceValue hou = pre.evidence().stream().filter(x -> x.ref().equals("code:" + HOU)
                && x.location().equals(EvidenceValue.ALL_LOCATIONS)).findFirst().orElseThrow();
        assertEquals(0.5, hou.value(), 1e-12);
        assertEquals(4, hou.n());
    }

    @Test
    void cooccurrenceOnTheSamePassageAndTheSameRespondent() throws IOException {
        Table co = InterviewTables.cooccurrence(run(true));
        assertEquals(List.of("school_year", "wave", "code_a", "code_b", "same_segment", "same_respondent"), co.columnNames());
        // voormeting: Anna has Houvast, Orde, diepe (3 pairs), Bram Houvast + diepe; only row 2/3 share a passage.
        // nameting: nobody has two codes.
        List<String> got = new ArrayList<>();
        for (int i = 0; i < co.rowCount(); i++)
            got.add(co.stringColumn("wave").get(i) + "|" + co.stringColumn("code_a").get(i) + "|" + co.stringColumn("code_b").get(i)
                    + "|" + co.longColumn("same_segment").get(i) + "|" + co.longColumn("same_respondent").get(i));
        assertEquals(List.of(
                "voormeting|" + HOU + "|" + ORDE + "|0|1",
                "voormeting|" + HOU + "|" + DIEP + "|1|2",
                "voormeting|" + ORDE + "|" + DIEP + "|0|1"), got);
    }

    @Test
    void rowAccountingAndRejects() throws IOException {
        InterviewResults r = run(true);
        assertEquals(List.of(new RowAccount("interviews", "interviews.csv", 14, 11, 3,
                Map.of(RejectReason.NO_RESPONDENT, 1L, RejectReason.UNKNOWN_LOCATION, 1L, RejectReason.NO_WAVE, 1L), 0)), r.accounts());
        List<Row> rejects = r.rejects().orderBy("row").collectAsList();
        assertEquals(3, rejects.size());
        assertEquals(List.of(10, 14, 15), rejects.stream().map(x -> x.getInt(x.fieldIndex("row"))).toList());
        assertEquals(List.of(RejectReason.NO_RESPONDENT.code(), RejectReason.UNKNOWN_LOCATION.code(), RejectReason.NO_WAVE.code()),
                rejects.stream().map(x -> x.getString(x.fieldIndex("reason"))).toList());
        assertEquals("respondent", rejects.get(0).getString(rejects.get(0).fieldIndex("column")));
        assertTrue(rejects.get(1).getString(rejects.get(1).fieldIndex("detail")).contains("'Zee'"));
        for (Row x : rejects) {
            assertEquals("interviews", x.getString(x.fieldIndex("source")));
            assertEquals(Y, x.getString(x.fieldIndex("school_year")));
        }
        assertEquals(11, r.segments().count());
    }

    @Test
    void respondentsArePseudonymisedAndExamplesAreSpreadOverPeople() throws IOException {
        InterviewResults r = run(true);
        String anna = StudyFixture.TEST_KEY.pseudonym("i", "Anna");
        assertTrue(anna.startsWith("i-"));
        List<Row> segs = r.segments().collectAsList();
        Set<String> people = new HashSet<>();
        for (Row s : segs) people.add(s.getString(s.fieldIndex("respondent")));
        assertEquals(Set.of(anna, StudyFixture.TEST_KEY.pseudonym("i", "Bram"), StudyFixture.TEST_KEY.pseudonym("i", "Cor"),
                StudyFixture.TEST_KEY.pseudonym("i", "Dina")), people);

        Table ex = InterviewTables.examples(r);
        // voormeting Houvast: rows 2 (Anna), 5 and 6 (Bram): all three, and the first two are two different people
        List<Integer> rows = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (int i = 0; i < ex.rowCount(); i++) {
            if (ex.stringColumn("wave").get(i).equals("voormeting") && ex.stringColumn("code").get(i).equals(HOU)) {
                rows.add(ex.intColumn("row").get(i));
                who.add(ex.stringColumn("respondent").get(i));
            }
        }
        assertEquals(Set.of(2, 5, 6), new HashSet<>(rows));
        assertNotEquals(who.get(0), who.get(1));
        // up to 3 passages per (wave, full code): voormeting Houvast 3 (rows 2,5,6), diepe 2 (3,7), Orde 2 (4,9),
        // Buddy 1 (8); nameting Buddy 2 (11,13), Houvast 1 (12)
        assertEquals(3 + 2 + 2 + 1 + 2 + 1, ex.rowCount());
        // deterministic: a second run picks the same passages in the same order
        InterviewResults again = InterviewStage.run(SharedSpark.get(), study(true, table("g")), List.of(table("g")), WAVES,
                StudyFixture.TEST_KEY);
        assertEquals(ex.intColumn("row").asList(), InterviewTables.examples(again).intColumn("row").asList());
    }

    @Test
    void withoutFreeTextThereAreNoExamplesAndNoText() throws IOException {
        InterviewResults r = run(false);
        assertEquals(0, InterviewTables.examples(r).rowCount());
        assertEquals(0, r.segments().filter("text IS NOT NULL").count());
        assertEquals(11, r.segments().count());
    }

    @Test
    void noInterviewsGiveEmptyResults() throws IOException {
        InterviewResults r = InterviewStage.run(SharedSpark.get(), study(true), List.of(), WAVES, StudyFixture.TEST_KEY);
        assertTrue(r.isEmpty());
        assertEquals(List.of("school_year", "wave", "role", "level", "code", "segments", "respondents", "interviewed", "share"),
                InterviewTables.codes(r).columnNames());
        assertEquals(0, InterviewTables.codes(r).rowCount());
        assertEquals(List.of("school_year", "wave", "code_a", "code_b", "same_segment", "same_respondent"),
                InterviewTables.cooccurrence(r).columnNames());
        assertTrue(r.evidence().isEmpty());
        assertEquals(0, r.segments().count());
        assertEquals(0, r.rejects().count());
    }

    @Test
    void configProblemsAreNamed() throws IOException {
        InterviewConfig noYear = new InterviewConfig("g", List.of("interviews.csv"), "table", null, null, null, null, null,
                null, null, null);
        ConfigException e = assertThrows(ConfigException.class, () -> InterviewStage.validate(study(true, noYear), List.of(noYear)));
        assertTrue(e.getMessage().contains("interviews[0] (g): school_year is required"), e.getMessage());

        InterviewConfig badFormat = new InterviewConfig("g", List.of("interviews.csv"), "maxqdaa", null, null, null, null, null,
                Y, null, null);
        e = assertThrows(ConfigException.class, () -> InterviewStage.validate(study(true, badFormat), List.of(badFormat)));
        assertTrue(e.getMessage().contains("did you mean 'maxqda'"), e.getMessage());

        InterviewConfig badColumn = new InterviewConfig("g", List.of("interviews.csv"), "table", Map.of("segmnt", "tekst"), null,
                null, null, null, Y, null, null);
        e = assertThrows(ConfigException.class, () -> InterviewStage.validate(study(true, badColumn), List.of(badColumn)));
        assertTrue(e.getMessage().contains("unknown key 'segmnt' (did you mean 'segment'?)"), e.getMessage());

        InterviewConfig twice = table("h");
        e = assertThrows(ConfigException.class, () -> InterviewStage.run(SharedSpark.get(), study(true, table("g"), twice),
                List.of(table("g"), twice), WAVES, StudyFixture.TEST_KEY));
        assertTrue(e.getMessage().contains("already read by interviews 'g'"), e.getMessage());
    }
}
