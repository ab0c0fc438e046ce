package nl.samenkracht.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference list follows the methods text; APA cells use Dutch notation. */
class CitableOutputTest {
    @Test
    void referencesAreExactlyThoseCited() {
        List<String> refs = Literature.cited(List.of(
                "Betrouwbaarheid in Cronbachs alfa (Cronbach, 1951) met het interval van Feldt (Feldt, 1965).",
                "Wilcoxon-rangtekentoets (Wilcoxon, 1945); Holm (1979)."));
        assertEquals(4, refs.size(), refs.toString());
        assertTrue(refs.get(0).startsWith("Cronbach, L. J. (1951)"));
        assertTrue(refs.get(1).startsWith("Feldt, L. S. (1965)"));
        assertTrue(refs.get(2).startsWith("Holm, S. (1979)"));
        assertTrue(refs.get(3).startsWith("Wilcoxon, F. (1945)"));
        // a name without its year is not a citation
        assertTrue(Literature.cited(List.of("Dunn zonder jaartal")).isEmpty());
    }

    @Test
    void apaCellsInDutchNotation() {
        assertEquals("3,62 (0,58)", ApaResults.meanSd(3.61818181818, 0.5764));
        assertEquals("−0,03 [−0,35; 0,29]", ApaResults.withInterval(-0.0305272895467, -0.347364545908, 0.292565828049));
        assertEquals("0,00", ApaResults.number(-0.001, 2));
        assertEquals("–", ApaResults.meanSd(Double.NaN, 1));
        assertEquals("0,25", ApaResults.withInterval(0.25, Double.NaN, 1));
    }
}
