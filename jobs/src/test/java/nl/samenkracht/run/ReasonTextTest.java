package nl.samenkracht.run;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reject reasons on the terminal are English sentences, not a Java map ({@code {geen respondent=3}}). */
class ReasonTextTest {
    @Test
    void eachReasonIsCountedInEnglishWithItsOwnNoun() {
        Map<String, Long> reasons = new TreeMap<>(Map.of("geen respondent", 3L, "dubbele inzending", 1L, "onmogelijke datum", 1L));
        assertEquals("1 earlier submission of a respondent who submitted again (the latest counts), "
                + "3 rows without a respondent id, 1 row with a date that does not exist", ReasonText.of(reasons));
        assertEquals("2 segments without text", ReasonText.of("geen tekst", 2));
        assertEquals("1 empty row", ReasonText.of("lege rij", 1));
    }

    @Test
    void aReasonWithoutEnglishKeepsTheDataQualitySheetsLabelQuoted() {
        Map<String, Long> reasons = new LinkedHashMap<>();
        reasons.put("iets nieuws", 2L);
        assertEquals("2 rows 'iets nieuws'", ReasonText.of(reasons));
    }
}
