package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.StudyConfig;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.testing.SharedSpark;
import nl.samenkracht.testing.StudyFixture;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Contact-log and roster ingest on Spark. Every expected value is read off the hand-written
 * input in the same test (row numbers as a spreadsheet shows them: the header is row 1).
 */
class ContactIngestTest {
    @TempDir
    Path dir;

    private static final String PARENTS = """
            contacts:
              options:
                school_years: ["2024-2025"]
              rosters:
                - id: leerlingen
                  kind: ouder
                  files: [exports/leerlingen.csv]
                  columns: {counterpart: Leerlingnummer, location: Locatie, class: Klas, school_year: Schooljaar}
              logs:
                - id: ouders
                  kind: ouder
                  files: [exports/contacten.csv]
                  date_format: dd-MM-yyyy
                  columns: {date: Datum, counterpart: Leerling, staff: Medewerker, location: Locatie, class: Klas,
                            type: Soort, channel: Kanaal, initiator: Initiatief, tone: Toon, child_present: Kind aanwezig,
                            attendance: Aanwezigen}
                  values:
                    type: {Startgesprek: startgesprek, Telefoongesprek: telefonisch_contact, Informeel: informeel,
                           Ouderavond: ouderavond}
                    channel: {Persoonlijk: mondeling}
                    initiator: {School: school, Ouder: ander}
                    tone: {Positief: positief, Zorgen: zorg}
                    child_present: {Ja: ja, Nee: nee}
            """;

    // Dutch Excel CSV: ';', Windows-1252 (the é of Hélène is one byte), dd-mm-jjjj.
    private static final String LOG = """
            Datum;Leerling;Medewerker;Locatie;Klas;Soort;Kanaal;Initiatief;Toon;Kind aanwezig;Aanwezigen
            02-09-2024;L1;Hélène;Akker;1A;Startgesprek;Persoonlijk;School;Positief;Ja;
            31-02-2024;L2;Hélène;Akker;1A;Startgesprek;Persoonlijk;School;Positief;Ja;
            gisteren;L2;Hélène;Akker;1A;Startgesprek;Persoonlijk;School;Positief;Ja;
            03-09-2024;L2;Hélène;Akker;1A;Kletspraatje;Persoonlijk;School;Positief;Ja;
            04-09-2024;L2;Hélène;Akker;1A;Telefoongesprek;Postduif;Ouder;Zorgen;Nee;
            02-09-2024;L1;Hélène;Akker;1A;Startgesprek;Persoonlijk;School;Positief;Ja;
            05-09-2024;L9;Hélène;Akker;1A;Informeel;Persoonlijk;School;Positief;Nee;
            10-09-2024;;Hélène;Akker;;Ouderavond;;;;;23
            12-03-2012;L1;Hélène;Akker;1A;Informeel;Persoonlijk;School;Positief;Nee;
            06-09-2024;L3;Hélène;Akker;1A;startgesprek;mondeling;school;neutraal;ja;
            07-09-2024;;Hélène;Akker;1A;Informeel;Persoonlijk;School;Positief;Nee;
            08-09-2024;L1;Hélène
            09-09-2024;L3;Hélène;Zee;1A;Informeel;Persoonlijk;School;Positief;Nee;
            09-09-2024;L3;Hélène;;;Informeel;Persoonlijk;School;Positief;Misschien;
            10-09-2024;L3;Hélène;Akker;1A;Informeel;Persoonlijk;School;Positief;Nee;;extra
            """;

    // UTF-8 with BOM and ',' - the roster comes from another system than the log.
    private static final String ROSTER = "\uFEFF" + """
            Schooljaar,Locatie,Klas,Leerlingnummer
            2024-2025,Akker,1A,L1
            2024-2025,Akker,1A,L2
            2024-2025,Akker,1B,L3
            2024-2025,Akker,1A,L1
            2023-2024,Akker,1A,L4
            2024-2025,Akker,1A,
            """;

    private Study study() {
        return new Study(dir.resolve("study.yaml"), new StudyConfig(null, null, null, null, null, null, null, null, null, null, null, null));
    }

    private ContactData ingest(String yaml, List<String> locations) throws Exception {
        ContactsConfig config = ContactsYaml.parse(yaml, "study.yaml");
        Path work = Files.createDirectories(dir.resolve(".work"));
        return new ContactIngest(SharedSpark.get(), study(), config, StudyFixture.TEST_KEY, work, locations).ingest();
    }

    @Test
    void dutchParentLogIsAccountedRowByRowWithDutchReasons() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        fx.file("exports/contacten.csv", LOG, Charset.forName("windows-1252"));
        fx.file("exports/leerlingen.csv", ROSTER);
        ContactData data = ingest(PARENTS, List.of("Akker", "Beek"));

        Map<String, RowAccount> acc = data.accounts().stream().collect(Collectors.toMap(RowAccount::file, a -> a));
        // Log rows 2-16 = 15 read. Rejected: 3 (31-02), 4 (gisteren), 5 (Kletspraatje), 7 (copy of 2),
        // 10 (2012 is outside 2024-2025), 12 (no pupil), 13 (3 fields), 14 (Zee), 16 (12 fields) = 9;
        // accepted 2, 6, 8, 9, 11, 15.
        RowAccount log = acc.get("exports/contacten.csv");
        assertEquals(15, log.read());
        assertEquals(6, log.accepted());
        assertEquals(9, log.rejected());
        assertEquals(Map.of(RejectReason.IMPOSSIBLE_DATE, 1L, RejectReason.UNREADABLE_DATE, 1L, RejectReason.UNKNOWN_CONTACT_TYPE, 1L,
                RejectReason.DUPLICATE_ROW, 1L, RejectReason.DATE_OUTSIDE_STUDY, 1L, RejectReason.NO_PUPIL_OR_PARENT, 1L,
                RejectReason.FIELD_COUNT, 2L, RejectReason.UNKNOWN_LOCATION, 1L), log.rejectsByReason());
        // Cell issues on kept rows: 6 (Postduif), 8 (L9 not on the roster), 15 (Misschien).
        assertEquals(3, log.cellIssues());
        // Roster rows 2-7: 5 repeats L1 for 2024-2025, 6 is 2023-2024 (outside the study), 7 has no pupil.
        RowAccount roster = acc.get("exports/leerlingen.csv");
        assertEquals(6, roster.read());
        assertEquals(3, roster.accepted());
        assertEquals(Map.of(RejectReason.DUPLICATE_ON_ROSTER, 1L, RejectReason.SCHOOL_YEAR_OUTSIDE_STUDY, 1L, RejectReason.NO_PUPIL_OR_PARENT, 1L),
                roster.rejectsByReason());
        assertEquals("rosters", roster.source());
        assertEquals("contacts", log.source());

        Map<Integer, org.apache.spark.sql.Row> byRow = data.contacts().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.<Integer>getAs("row"), r -> r));
        assertEquals(List.of(2, 6, 8, 9, 11, 15), byRow.keySet().stream().sorted().toList());
        String l1 = StudyFixture.TEST_KEY.pseudonym("o", "L1");
        String staff = StudyFixture.TEST_KEY.pseudonym("m", "Hélène");
        org.apache.spark.sql.Row r2 = byRow.get(2);
        assertEquals(l1, r2.getAs("counterpart"));
        assertEquals(staff, r2.getAs("staff"), "Windows-1252 é read as é: the same pseudonym as the UTF-8 text");
        assertEquals(LocalDate.of(2024, 9, 2), r2.getAs("date"));
        assertEquals("2024-2025", r2.getAs("school_year"));
        assertEquals("startgesprek", r2.getAs("type"));
        assertEquals("mondeling", r2.getAs("channel"));
        assertEquals(true, r2.getAs("child_present"));
        assertEquals(true, r2.getAs("on_roster"));
        assertEquals(false, r2.getAs("collective"));
        org.apache.spark.sql.Row r6 = byRow.get(6);
        assertEquals("telefonisch_contact", r6.getAs("type"));
        assertNull(r6.getAs("channel"), "Postduif is not a channel: not recorded");
        assertEquals("ander", r6.getAs("initiator"));
        assertEquals("zorg", r6.getAs("tone"));
        assertEquals(false, r6.getAs("child_present"));
        assertEquals(false, byRow.get(8).getAs("on_roster"));
        org.apache.spark.sql.Row r9 = byRow.get(9);
        assertEquals(true, r9.getAs("collective"));
        assertNull(r9.getAs("counterpart"));
        assertNull(r9.getAs("on_roster"));
        assertEquals(23, (int) r9.getAs("attendance"));
        org.apache.spark.sql.Row r11 = byRow.get(11);
        assertEquals("startgesprek", r11.getAs("type"), "canonical values need no mapping");
        assertEquals("neutraal", r11.getAs("tone"));
        assertEquals(true, r11.getAs("child_present"));
        org.apache.spark.sql.Row r15 = byRow.get(15);
        assertEquals("Akker", r15.getAs("location"), "an empty location is taken from the roster");
        assertEquals("1B", r15.getAs("class"), "an empty class is taken from the roster");
        assertNull(r15.getAs("child_present"));

        List<org.apache.spark.sql.Row> rosterRows = data.roster().collectAsList();
        assertEquals(3, rosterRows.size());
        assertTrue(rosterRows.stream().anyMatch(r -> l1.equals(r.getAs("counterpart")) && "1A".equals(r.getAs("class"))
                && (int) r.getAs("row") == 2), "the first listing of L1 stays");

        Map<String, org.apache.spark.sql.Row> rejects = data.rejects().filter(col("source").equalTo("contacts")).collectAsList()
                .stream().collect(Collectors.toMap(r -> r.getAs("row") + "/" + r.getAs("reason"), r -> r));
        assertEquals(12, rejects.size(), "9 row rejects and 3 cell notes");
        assertReject(rejects.get("3/IMPOSSIBLE_DATE"), "row", "Datum", "'31-02-2024' bestaat niet in de kalender");
        assertReject(rejects.get("4/UNREADABLE_DATE"), "row", "Datum", "'gisteren' past niet bij het datumformaat dd-MM-yyyy");
        assertEquals("Soort", rejects.get("5/UNKNOWN_CONTACT_TYPE").getAs("column"));
        assertReject(rejects.get("7/DUPLICATE_ROW"), "row", null, "zelfde als rij 2");
        assertEquals("2011-2012", rejects.get("10/DATE_OUTSIDE_STUDY").getAs("school_year"));
        assertReject(rejects.get("12/NO_PUPIL_OR_PARENT"), "row", "Leerling", "lege cel");
        assertReject(rejects.get("13/FIELD_COUNT"), "row", null, "3 velden, de kop heeft er 11");
        assertReject(rejects.get("16/FIELD_COUNT"), "row", null, "12 velden, de kop heeft er 11");
        assertReject(rejects.get("14/UNKNOWN_LOCATION"), "row", "Locatie", "'Zee' (did you mean 'Beek'?)");
        assertEquals("Kanaal", rejects.get("6/UNKNOWN_CHANNEL").getAs("column"));
        assertEquals("cell", rejects.get("6/UNKNOWN_CHANNEL").getAs("level"));
        assertReject(rejects.get("8/NOT_ON_ROSTER"), "cell", "Leerling",
                "deze leerling/ouder staat niet in de leerlingenlijst van 2024-2025; telt niet mee in het bereik");
        assertEquals("Kind aanwezig", rejects.get("15/UNKNOWN_CHILD_PRESENT").getAs("column"));
        assertEquals(List.of("exports/contacten.csv: 1 contact whose counterpart is not on the roster of kind 'ouder'; counted in the"
                + " contacts' characteristics, not in reach (cell issue 'ontbreekt in de lijst' in tables/rejects.csv)."), data.warnings());
        assertEquals(4, data.sources().size() + 2, "one log and one roster file");
    }

    private static void assertReject(org.apache.spark.sql.Row r, String level, String column, String detail) {
        assertNotNull(r);
        assertEquals(level, r.getAs("level"));
        assertEquals(column, r.getAs("column"));
        assertEquals(detail, r.getAs("detail"));
    }

    @Test
    void buddyLogFromXlsxWithDateCellsAndRosterYearFromStartDate() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(exports.resolve("buddy.xlsx"))) {
            Sheet s = wb.createSheet("Gesprekken");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            String[] head = {"Datum", "Nieuwe collega", "Buddy", "Locatie", "Soort"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
            // Sheet row 3 (index 2) is left empty: rejects must name the row Excel shows.
            Object[][] rows = {
                    {LocalDate.of(2024, 8, 21), "Sam", "Ria", "Duin", "Buddy"},
                    null,
                    {LocalDate.of(2025, 1, 9), "Noor", "Ria", "Duin", "Buddy"},
                    {"31-02-2025", "Noor", "Ria", "Duin", "Buddy"},
            };
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] == null) continue;
                Row r = s.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    Object v = rows[i][c];
                    if (v instanceof LocalDate d) {
                        r.createCell(c).setCellValue(d);
                        r.getCell(c).setCellStyle(date);
                    } else {
                        r.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
        }
        Files.writeString(exports.resolve("nieuw.csv"), "Naam;Locatie;Start\nSam;Duin;19-08-2024\nNoor;Duin;06-01-2025\nKim;Duin;\n");
        String yaml = """
                contacts:
                  rosters:
                    - {id: nieuw, kind: nieuwe_collega, files: [exports/nieuw.csv],
                       columns: {counterpart: Naam, location: Locatie, start_date: Start}}
                  logs:
                    - id: buddy
                      kind: nieuwe_collega
                      files: [exports/buddy.xlsx]
                      sheet: Gesprekken
                      columns: {date: Datum, counterpart: Nieuwe collega, staff: Buddy, location: Locatie, type: Soort}
                      values: {type: {Buddy: buddygesprek}}
                """;
        ContactData data = ingest(yaml, List.of());
        Map<String, RowAccount> acc = data.accounts().stream().collect(Collectors.toMap(RowAccount::file, a -> a));
        RowAccount log = acc.get("exports/buddy.xlsx");
        assertEquals(3, log.read(), "the empty sheet row is not a record");
        assertEquals(2, log.accepted());
        assertEquals(Map.of(RejectReason.IMPOSSIBLE_DATE, 1L), log.rejectsByReason());
        org.apache.spark.sql.Row reject = data.rejects().filter(col("source").equalTo("contacts")).collectAsList().get(0);
        assertEquals(5, (int) reject.getAs("row"), "sheet row 5 as Excel shows it");
        // Kim has no start date: without a school_year column the year comes from it, so the row is rejected.
        RowAccount roster = acc.get("exports/nieuw.csv");
        assertEquals(Map.of(RejectReason.NO_START_DATE, 1L), roster.rejectsByReason());
        Map<String, String> years = data.roster().collectAsList().stream().collect(Collectors.toMap(
                r -> r.getAs("counterpart"), r -> r.<String>getAs("school_year")));
        assertEquals("2024-2025", years.get(StudyFixture.TEST_KEY.pseudonym("o", "Sam")));
        assertEquals("2024-2025", years.get(StudyFixture.TEST_KEY.pseudonym("o", "Noor")), "January 2025 is in 2024-2025");
        List<LocalDate> dates = data.contacts().orderBy("row").collectAsList().stream().map(r -> r.<LocalDate>getAs("date")).toList();
        assertEquals(List.of(LocalDate.of(2024, 8, 21), LocalDate.of(2025, 1, 9)), dates);
        assertTrue(data.contacts().filter(col("on_roster").equalTo(false)).isEmpty());
        assertTrue(data.warnings().isEmpty(), data.warnings().toString());
    }

    @Test
    void aLogWithoutRosterWarnsThatReachCannotBeComputed() throws Exception {
        new StudyFixture(dir).file("exports/partners.csv", "Datum,Organisatie,Soort\n01-10-2024,Wijkteam Noord,overleg\n");
        String yaml = """
                contacts:
                  logs:
                    - {id: partners, kind: partner, files: [exports/partners.csv],
                       columns: {date: Datum, counterpart: Organisatie, type: Soort}}
                """;
        ContactData data = ingest(yaml, List.of());
        assertEquals(1, data.contacts().count());
        assertNull(data.contacts().first().getAs("on_roster"), "no roster: not checked, not flagged");
        assertEquals(1, data.warnings().size());
        assertTrue(data.warnings().get(0).startsWith("No roster for 'partner'"), data.warnings().get(0));
        assertTrue(data.warnings().get(0).contains("reach cannot be computed"));
    }

    @Test
    void severalFilesOfOneLogAreReadTogetherAndNumberedPerFile() throws Exception {
        StudyFixture fx = new StudyFixture(dir);
        // Small files: Spark packs them into one partition, one after the other.
        fx.file("exports/log_a.csv", "Datum;Leerling;Soort\n02-09-2024;L1;startgesprek\n03-09-2024;L2;startgesprek\n");
        fx.file("exports/log_b.csv", "Datum;Leerling;Soort\n04-09-2024;L3;informeel\n31-02-2024;L3;informeel\n05-09-2024;L4;informeel\n");
        fx.file("exports/log_c.csv", "Soort;Datum;Leerling\nstartgesprek;02-09-2024;L1\n");
        String yaml = """
                contacts:
                  logs:
                    - {id: ouders, kind: ouder, files: ["exports/log_*.csv"], columns: {date: Datum, counterpart: Leerling, type: Soort}}
                """;
        ContactData data = ingest(yaml, List.of());
        Map<String, RowAccount> acc = data.accounts().stream().collect(Collectors.toMap(RowAccount::file, a -> a));
        assertEquals(2, acc.get("exports/log_a.csv").read());
        assertEquals(3, acc.get("exports/log_b.csv").read());
        assertEquals(1, acc.get("exports/log_c.csv").read());
        List<org.apache.spark.sql.Row> rejects = data.rejects().orderBy("file", "row").collectAsList();
        assertEquals(2, rejects.size());
        // log_b row 3 is the impossible date; log_c (its columns in another order) row 2 repeats log_a row 2.
        assertEquals("exports/log_b.csv", rejects.get(0).getAs("file"));
        assertEquals(3, (int) rejects.get(0).getAs("row"));
        assertEquals(RejectReason.IMPOSSIBLE_DATE.code(), rejects.get(0).getAs("reason"));
        assertEquals("exports/log_c.csv", rejects.get(1).getAs("file"));
        assertEquals(2, (int) rejects.get(1).getAs("row"));
        assertEquals("zelfde als rij 2 in exports/log_a.csv", rejects.get(1).getAs("detail"));
        Map<String, Integer> rows = data.contacts().collectAsList().stream().collect(Collectors.toMap(
                r -> r.getAs("file") + ":" + r.getAs("row"), r -> 1));
        assertEquals(java.util.Set.of("exports/log_a.csv:2", "exports/log_a.csv:3", "exports/log_b.csv:2", "exports/log_b.csv:4"),
                rows.keySet());
        assertEquals(List.of("ouders"), data.contacts().select("log").distinct().collectAsList().stream().map(r -> r.getString(0)).toList());
    }
}
