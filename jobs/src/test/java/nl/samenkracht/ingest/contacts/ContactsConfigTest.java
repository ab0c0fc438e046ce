package nl.samenkracht.ingest.contacts;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The contacts section of study.yaml: defaults, validation messages, periods and date reading. No Spark. */
class ContactsConfigTest {
    private static String log(String extra) {
        return """
                contacts:
                  logs:
                    - id: ouders
                      kind: ouder
                      files: [a.csv]
                      columns: {date: Datum, counterpart: Leerling, type: Soort}
                """ + extra;
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> ContactsYaml.parse(yaml, "study.yaml")).getMessage();
    }

    @Test
    void defaults() {
        ContactsConfig c = ContactsYaml.parse(log(""), "study.yaml");
        ContactOptions o = c.options();
        assertEquals(6, o.firstWeeks());
        assertEquals("08-01", o.firstWeeksStart());
        assertEquals(List.of("aug-okt", "nov-jan", "feb-apr", "mei-jul"), o.periods());
        assertEquals(List.of("ouderavond", "koffieochtend", "inloop"), o.collectiveTypes());
        assertEquals(List.of("startgesprek", "buddygesprek"), List.copyOf(o.deadlines().keySet()));
        assertEquals("10-01", o.deadlines().get("startgesprek").monthDay());
        assertEquals(List.of("ouder"), o.deadlines().get("startgesprek").kinds());
        assertEquals(7, o.deadlines().get("buddygesprek").daysAfterStart());
        assertTrue(o.schoolYears().isEmpty());
        ContactLogConfig l = c.logs().get(0);
        assertEquals("auto", l.format());
        assertEquals("auto", l.dateFormat());
        assertTrue(c.rosters().isEmpty());
        assertFalse(c.hasRoster("ouder"));
    }

    @Test
    void theSampleSnippetIsValid() {
        ContactsConfig c = ContactsYaml.parse(nl.samenkracht.generate.ContactSampleGenerator.snippet(), "snippet");
        assertEquals(3, c.logs().size());
        assertEquals(3, c.rosters().size());
        assertEquals("tienminutengesprek", c.logs().get(0).values().get("type").get("10-minutengesprek"));
    }

    @Test
    void clearMessages() {
        assertTrue(error(log("      values: {tone: {Zorgen: zorgen}}\n"))
                .contains("contacts.logs[0] (ouders).values.tone: 'Zorgen' maps to 'zorgen', which is not a canonical tone (did you mean 'zorg'?)"));
        assertTrue(error(log("").replace("kind: ouder", "kind: ouders")).contains("'ouders' is not a counterpart kind (did you mean 'ouder'?)"));
        assertTrue(error(log("").replace(", type: Soort", "")).contains("columns: 'type' is required"));
        assertTrue(error(log("").replace("type: Soort", "typ: Soort")).contains("unknown logical column 'typ' (did you mean 'type'?)"));
        assertTrue(error(log("      values: {kanaal: {a: mondeling}}\n")).contains("'kanaal' has no value mapping"));
        assertTrue(error(log("  options: {deadlines: {startgesprek: {month_day: \"10-01\", days_after_start: 3}}}\n"))
                .contains("give exactly one of month_day"));
        assertTrue(error(log("  options: {deadlines: {startgesprek: {month_day: \"10-1\"}}}\n")).contains("must be written MM-dd"));
        assertTrue(error(log("  options: {deadlines: {startgesprek: {month_day: \"02-29\"}}}\n")).contains("02-29 does not exist in every year"));
        assertTrue(error(log("  options: {deadlines: {startgesprrek: {days_after_start: 7}}}\n"))
                .contains("'startgesprrek' is not a contact type (did you mean 'startgesprek'?)"));
        assertTrue(error(log("  options: {periods: [aug-okt, okt-dec]}\n")).contains("'okt-dec' overlaps 'aug-okt'"));
        assertTrue(error(log("  options: {periods: [mei-aug]}\n")).contains("runs past the end of the school year"));
        assertTrue(error(log("  options: {school_years: [\"2024/25\"]}\n")).contains("(write '2024-2025')"));
        assertTrue(error(log("      date_format: dd-mm-jjjj\n")).contains("is not a valid date pattern"));
        assertTrue(error(log("      date_format: dd-mm-yyyy\n")).contains("has mm (minutes) but no MM (month)"));
        assertTrue(error(log("      colums: {}\n")).contains("colums"), "unknown keys are refused, never ignored");
    }

    @Test
    void periodsRunThroughTheSchoolYear() {
        Period p = Period.parse("nov-jan");
        assertEquals(List.of(11, 12, 1), p.months());
        assertEquals(LocalDate.of(2024, 11, 1), p.start(2024));
        assertEquals(LocalDate.of(2025, 1, 31), p.end(2024));
        assertEquals(List.of(9), Period.parse("September").months());
        assertEquals(LocalDate.of(2025, 2, 28), Period.parse("feb").end(2024));
        assertEquals(LocalDate.of(2024, 2, 29), Period.parse("feb").end(2023), "leap year");
    }

    @Test
    void datesTheDutchWayAndImpossibleOnes() {
        DateReader pattern = new DateReader("dd-MM-yyyy");
        assertEquals(LocalDate.of(2024, 9, 2), pattern.read("02-09-2024").date());
        assertEquals(LocalDate.of(2024, 9, 2), pattern.read("2024-09-02").date(), "an .xlsx date cell arrives as ISO text");
        // java.time's default resolver would make 29-02-2024 of this; the strict one refuses it.
        assertEquals(RejectReason.IMPOSSIBLE_DATE, pattern.read("31-02-2024").reason());
        assertEquals(RejectReason.UNREADABLE_DATE, pattern.read("9/30/2024").reason());
        assertEquals(RejectReason.NO_DATE, pattern.read(" ").reason());
        DateReader auto = new DateReader("auto");
        assertEquals(LocalDate.of(2024, 9, 2), auto.read("2-9-2024").date());
        assertEquals(LocalDate.of(2024, 9, 2), auto.read("02/09/2024").date(), "slash dates are day first");
        assertEquals(LocalDate.of(2024, 9, 2), auto.read("45537").date(), "Excel serial 45537 = 2024-09-02");
        assertEquals(RejectReason.IMPOSSIBLE_DATE, auto.read("30-02-2025").reason());
        assertEquals(RejectReason.UNREADABLE_DATE, auto.read("volgende week").reason());
    }
}
