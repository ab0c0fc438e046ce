package nl.samenkracht.ingest;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.survey.SurveyData;
import nl.samenkracht.testing.StudyFixture;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Survey ingest on Spark against the CSV traps of docs/architecture.md ("Everything is read as text"). Every expected value below is read
 * off the hand-written input in the same test.
 */
class SurveyIngestTest {
    @TempDir
    Path dir;

    private static final String GOOGLE = """
              - id: g
                instrument: q
                files: ["exports/*.csv"]
                respondent: E-mailadres
                wave: {from_file_name: {voor: voormeting, na: nameting}}
                school_year: {from_date: Tijdstempel}
                location: {column: Locatie}
            """;

    @Test
    void googleFormsCsvWithEveryTrapIsAccountedRowByRow() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        // Row numbers as a spreadsheet shows them (header = row 1). Row 2 holds a quoted line break,
        // row 4 an unknown label, row 5 too few fields, row 6 too many, row 7 an impossible date.
        fx.file("exports/voor.csv", """
                Tijdstempel,E-mailadres,Locatie,Vraag A,Vraag B,Opmerking
                12-9-2024 10:00:00,a@x.nl,Akker,Mee eens,Mee oneens,"regel 1
                regel 2"
                13-9-2024 10:00:00,b@x.nl,Akker,Helemaal mee eens,Neutraal,
                13-9-2024 11:00:00,c@x.nl,Beek,Heel erg eens,Neutraal,
                14-9-2024 10:00:00,d@x.nl,Beek,Neutraal
                14-9-2024 10:00:00,e@x.nl,Beek,Neutraal,Neutraal,,extra
                31-02-2025 10:00:00,f@x.nl,Beek,Neutraal,Neutraal,
                """);
        // Nameting: A@x.nl with other case and a trailing space is the same person as a@x.nl;
        // b@x.nl submitted twice (row 3 and row 5, same time): the later row counts.
        fx.file("exports/na.csv", """
                Tijdstempel,E-mailadres,Locatie,Vraag A,Vraag B,Opmerking
                12-5-2025 10:00:00,A@x.nl ,Akker,Helemaal mee eens,Helemaal mee oneens,
                13-5-2025 10:00:00,b@x.nl,Akker,Helemaal mee eens,Weet ik niet,=cmd
                13-5-2025 09:00:00,g@x.nl,Akker,,,
                13-5-2025 10:00:00,b@x.nl,Akker,Mee eens,Mee eens,later
                """);
        Study study = fx.study(StudyFixture.oneInstrument(GOOGLE));
        SurveyData data = fx.ingest(study);

        Map<String, RowAccount> acc = data.accounts().stream().collect(Collectors.toMap(RowAccount::file, a -> a));
        RowAccount voor = acc.get("exports/voor.csv");
        assertEquals(6, voor.read());
        assertEquals(3, voor.accepted());
        assertEquals(3, voor.rejected());
        assertEquals(Map.of(RejectReason.FIELD_COUNT, 2L, RejectReason.UNREADABLE_DATE, 1L), voor.rejectsByReason());
        assertEquals(1, voor.cellIssues(), "'Heel erg eens' is not on the scale");
        RowAccount na = acc.get("exports/na.csv");
        assertEquals(4, na.read());
        assertEquals(2, na.accepted());
        // g@x.nl sent the form without answering anything: an empty submission, counted apart (issue 15).
        assertEquals(Map.of(RejectReason.DUPLICATE_SUBMISSION, 1L), na.rejectsByReason());
        assertEquals(1, na.incomplete());
        assertEquals(Map.of(RejectReason.EMPTY_SUBMISSION, 1L), na.incompleteByReason());

        List<Row> rejects = data.rejects().orderBy("file", "row").collectAsList();
        assertTrue(rejects.stream().anyMatch(r -> r.getString(1).equals("exports/voor.csv") && r.getInt(2) == 5
                && r.getString(6).equals("4 velden, de kop heeft er 6")), rejects.toString());
        assertTrue(rejects.stream().anyMatch(r -> r.getInt(2) == 6 && r.getString(6).equals("7 velden, de kop heeft er 6")));
        assertTrue(rejects.stream().anyMatch(r -> r.getInt(2) == 4 && "Vraag A".equals(r.getString(5)) && r.getString(3).equals("cell")));
        assertTrue(rejects.stream().anyMatch(r -> r.getString(1).equals("exports/na.csv") && r.getInt(2) == 3
                && r.getString(4).equals(RejectReason.DUPLICATE_SUBMISSION.code())), "the earlier of b's two submissions is rejected");

        // The multi-line answer stayed one answer; the formula-like text is kept as data here (CSV output neutralises it).
        List<String> open = data.openAnswers().orderBy("text").select("text").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertEquals(List.of("later", "regel 1\nregel 2"), open);

        // Person a is linked across waves despite the different spelling of the e-mail address.
        List<Row> a = data.labelledResponses().filter(col("item").equalTo("a")).groupBy("respondent").count()
                .filter(col("count").equalTo(2)).collectAsList();
        assertEquals(2, a.size(), "a and b answered item a in both waves");
        // Reverse keying: a's nameting 'Helemaal mee oneens' (1) on reverse item b scores (1+5)-1 = 5.
        Row bOfA = data.labelledResponses().filter(col("item").equalTo("b").and(col("wave").equalTo("nameting"))
                .and(col("value").equalTo(1.0))).first();
        assertEquals(5.0, bOfA.getDouble(bOfA.fieldIndex("score")));
        assertEquals("2024-2025", bOfA.getString(bOfA.fieldIndex("school_year")));
        // No raw identifier anywhere in the canonical tables.
        String all = data.labelledResponses().collectAsList().toString() + data.rejects().collectAsList();
        assertFalse(all.contains("@x.nl"), all);
    }

    @Test
    void dutchExcelCsvInWindows1252WithSemicolonsAndGivenSchoolYear() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        fx.file("exports/ouders.csv", "Leerling;Locatie;Vraag A;Vraag B;Opmerking\n"
                + "Zoë;Beek;Helemaal mee eens;Neutraal;Prima, dank je\n"
                + "Ãdám;Beek;Mee oneens;Weet ik niet;\n", Charset.forName("windows-1252"));
        Study study = fx.study(StudyFixture.oneInstrument("""
                  - id: p
                    instrument: q
                    files: ["exports/ouders.csv"]
                    respondent: Leerling
                    wave: {value: voormeting}
                    school_year: {value: 2024-25}
                    location: {column: Locatie}
                """));
        SurveyData data = fx.ingest(study);
        RowAccount acc = data.accounts().get(0);
        assertEquals(2, acc.read());
        assertEquals(2, acc.accepted());
        assertEquals("windows-1252, delimiter ';', decimal comma", data.sources().get(0).dialect());
        assertEquals(5.0, data.labelledResponses().filter(col("item").equalTo("a")).orderBy(col("value").desc()).first().getAs("value"), 0);
        // 'Weet ik niet' is a missing label, not an unknown answer.
        assertEquals(1, data.labelledResponses().filter(col("missing_label")).count());
        assertEquals(0, data.rejects().count());
    }

    @Test
    void aMissingColumnIsAConfigErrorWithADidYouMean() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        fx.file("exports/voor.csv", "Tijdstempel,E-mailadres,Locatie,Vraag A,Vraag  b,Opmerking\n12-9-2024,a@x.nl,Akker,Eens,Eens,\n");
        fx.file("exports/na.csv", "Tijdstempel,E-mailadres,Locatie,Vraag A,Vraag B,Opmerking\n12-5-2025,a@x.nl,Akker,Eens,Eens,\n");
        Study study = fx.study(StudyFixture.oneInstrument(GOOGLE).replace("\"Vraag B\"", "\"Vraag C\""));
        var e = assertThrows(nl.samenkracht.config.ConfigException.class, () -> fx.ingest(study));
        assertTrue(e.getMessage().contains("column 'Vraag C' not found"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'Vraag A' or 'Vraag  b'") || e.getMessage().contains("did you mean"), e.getMessage());
        assertTrue(e.getMessage().startsWith("exports/"), "names the file: " + e.getMessage());
    }

    @Test
    void brokenFilesGiveOneClearMessage() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        String survey = """
                  - id: x
                    instrument: q
                    files: ["exports/FILE"]
                    wave: {value: voormeting}
                    school_year: {value: 2024-2025}
                """;
        fx.file("exports/empty.csv", "");
        assertMessage(fx, survey.replace("FILE", "empty.csv"), InputException.class, "the file is empty");
        fx.file("exports/headeronly.csv", "Vraag A,Vraag B,Opmerking\n");
        Study headerOnly = fx.study(StudyFixture.oneInstrument(survey.replace("FILE", "headeronly.csv")));
        SurveyData d = fx.ingest(headerOnly);
        assertEquals(0, d.accounts().get(0).read(), "a header without data reads zero rows, and says so");
        fx.file("exports/fake.xlsx", "Vraag A;Vraag B\nEens;Eens\n");
        assertMessage(fx, survey.replace("FILE", "fake.xlsx"), InputException.class, "not a workbook");
        assertMessage(fx, survey.replace("FILE", "missing.csv"), nl.samenkracht.config.ConfigException.class, "file not found");
        assertMessage(fx, survey.replace("exports/FILE", "../outside.csv"), nl.samenkracht.config.ConfigException.class, "outside the study folder");
    }

    private void assertMessage(StudyFixture fx, String survey, Class<? extends RuntimeException> type, String text) throws Exception {
        Study s = fx.study(StudyFixture.oneInstrument(survey));
        RuntimeException e = assertThrows(type, () -> fx.ingest(s));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }
}
