package nl.samenkracht.report.audience;

import nl.samenkracht.comparison.ClassFigures;
import nl.samenkracht.comparison.ComparisonSettings;
import nl.samenkracht.comparison.Comparisons;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.indicators.contacts.ContactResults;
import nl.samenkracht.report.ReportWriter;
import nl.samenkracht.report.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static nl.samenkracht.report.audience.AudienceFixture.YEAR;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Classes inside locations (bestuur_klassen.csv), hand-worked. Home-visit reach of parents, latest year:
 * <pre>
 *   Akker: A1 6/12, A2 3/3 (under 5), A3 3/15, whole location 12/30
 *   Beek:  B1 10/20, B2 2/20, whole location 12/40
 * </pre>
 * Akker: A2 is "&lt; 5"; with the location total shown, A2 could be recovered as 12 − 6 − 3 = 3 of 30 − 12 − 15 = 3,
 * so the smallest other class, A1 (12), is hidden too ("x"): total minus what is shown then gives 9 of 15 (A1 and
 * A2 together), not A2's 3 of 3. Beek: B1 against the rest of Beek (B2): pooled 12/40, z = 2.760262, p = 0.005775
 * (Python math.erfc), Holm over Beek's two classes p_holm = 0.011551 for both: B1 hoger, B2 lager.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassLevelTest {
    private Path out;

    static List<ContactResults.Reach> reach() {
        Object[][] rows = {{"Akker", "A1", 12, 6}, {"Akker", "A2", 3, 3}, {"Akker", "A3", 15, 3}, {"Akker", "Alle klassen", 30, 12},
                {"Beek", "B1", 20, 10}, {"Beek", "B2", 20, 2}, {"Beek", "Alle klassen", 40, 12}, {"Alle locaties", "Alle klassen", 70, 24}};
        List<ContactResults.Reach> out = new java.util.ArrayList<>();
        for (Object[] r : rows)
            out.add(new ContactResults.Reach(new ContactResults.Group(YEAR, "ouder", (String) r[0], (String) r[1]), "reach_huisbezoek",
                    "huisbezoek", "year", (Integer) r[2], (Integer) r[3], (double) (Integer) r[3] / (Integer) r[2]));
        return out;
    }

    @BeforeAll
    void render(@TempDir Path dir) throws Exception {
        out = dir;
        Files.createDirectories(out.resolve("tables"));
        List<IndicatorValue> classes = ClassFigures.from(reach(), YEAR);
        ComparisonSettings settings = new ComparisonSettings(5, 0.2, 0.05, 0.05);
        KeyFigureTests tests = KeyFigureTests.NONE.withClasses(new KeyFigureTests.ClassLevel(classes,
                Comparisons.locations(classes, null, settings)));
        List<Report> reports = AudienceReports.build(AudienceFixture.run(), AudienceFixture.indicators(), tests, List.of(), 5);
        for (Report r : reports) ReportWriter.write(r, out);
    }

    private Map<String, String> row(String cls) throws Exception {
        return Csv.row(out.resolve("tables/bestuur_klassen.csv"), "class", cls);
    }

    @Test
    void aSmallClassAndItsComplementAreHiddenAndTheTotalCannotIsolateIt() throws Exception {
        assertEquals("< 5", row("A2").get("value"));
        assertEquals("< 5", row("A2").get("n"));
        assertEquals("x", row("A1").get("value"), "the smallest other class of Akker is hidden with it");
        assertEquals("x", row("A1").get("n"));
        assertEquals("x", row("A1").get("rest_value"), "the rest of the location would give A1 away");
        assertEquals("0.2", row("A3").get("value"));
        Map<String, String> akker = Csv.row(out.resolve("tables/bestuur_klassen.csv"), "location", "Akker", "class", "hele locatie");
        assertEquals("0.4", akker.get("value"));
        // Subtraction: the whole location minus the shown class leaves A1 and A2 together.
        long hiddenN = Long.parseLong(akker.get("n")) - Long.parseLong(row("A3").get("n"));
        double hiddenReached = Double.parseDouble(akker.get("value")) * Long.parseLong(akker.get("n"))
                - Double.parseDouble(row("A3").get("value")) * Long.parseLong(row("A3").get("n"));
        assertEquals(15, hiddenN);
        assertEquals(9.0, hiddenReached, 1e-9);
        assertNotEquals(1.0, hiddenReached / hiddenN, "not A2's 3 of 3");
        for (Path p : List.of(out.resolve("tables/bestuur_klassen.csv")))
            assertFalse(Files.readString(p).contains(",3,"), "A2's n (3) appears nowhere");
    }

    @Test
    void aClassIsTestedAgainstTheRestOfItsLocation() throws Exception {
        assertEquals(0.011550996, Double.parseDouble(row("B1").get("p_holm")), 1e-8);
        assertEquals("hoger", row("B1").get("flag"));
        assertEquals("lager", row("B2").get("flag"));
        assertEquals("0.1", row("B1").get("rest_value"));
        // A3 against the rest of Akker (A1 and A2 together, 15 people: no small group shown): 3/15 vs 9/15, p = 0.025347;
        // Holm over Akker's two tested classes (A1: 6/12 vs 6/18, p = 0.361310) gives 0.050694: not flagged.
        assertEquals("0.6", row("A3").get("rest_value"));
        assertEquals(0.050694, Double.parseDouble(row("A3").get("p_holm")), 1e-6);
        assertEquals("geen", row("A3").get("flag"));
    }
}
