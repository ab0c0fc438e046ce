package nl.samenkracht.report;

import nl.samenkracht.canonical.RejectReason;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reject reason's two wordings: English on the enum (terminal, validate), Dutch in report (tables, sheets). */
class RejectReasonTextTest {
    @Test
    void everyReasonHasItsOwnDutchLabel() {
        Set<String> seen = new HashSet<>();
        for (RejectReason r : RejectReason.values()) {
            String nl = RejectReasonText.dutch(r);
            assertFalse(nl.isBlank(), r.name());
            assertTrue(seen.add(nl), "two reasons share the label '" + nl + "': the counts by label would merge them");
        }
        // the output contract's labels (docs/output-contract.md, tables/rejects.csv of the sample)
        assertEquals("dubbele inzending", RejectReasonText.dutch(RejectReason.DUPLICATE_SUBMISSION));
        assertEquals("geen tekst", RejectReasonText.dutch(RejectReason.NO_TEXT));
        assertEquals("ontbreekt in de lijst", RejectReasonText.dutch(RejectReason.NOT_ON_ROSTER));
        assertEquals(List.of("lege rij", "kopregel herhaald", "onvolledig", "lege inzending"),
                List.of(RejectReason.EMPTY_ROW, RejectReason.HEADER_ROW, RejectReason.UNFINISHED, RejectReason.EMPTY_SUBMISSION)
                        .stream().map(RejectReasonText::dutch).toList());
    }

    @Test
    void theTerminalSaysCountsInEnglishInTheSheetsOrder() {
        assertEquals("1 segment without text", RejectReason.NO_TEXT.count(1));
        assertEquals("3 rows without a respondent id", RejectReason.NO_RESPONDENT.count(3));
        assertEquals("2 empty rows", RejectReason.EMPTY_ROW.count(2));
        Map<RejectReason, Long> byReason = new LinkedHashMap<>();
        byReason.put(RejectReason.IMPOSSIBLE_DATE, 1L);
        byReason.put(RejectReason.DUPLICATE_ROW, 1L);
        byReason.put(RejectReason.DATE_OUTSIDE_STUDY, 1L);
        // the sample's contact log line as the terminal showed it before the reasons were typed (firsthour capture)
        assertEquals("1 row dated outside the study's school years, 1 row that repeats an earlier row, 1 row with a date that does not exist",
                RejectReason.counts(RejectReasonText.ordered(byReason)));
        assertEquals(List.of("datum buiten de schooljaren van het onderzoek", "dubbele rij", "onmogelijke datum"),
                List.copyOf(RejectReasonText.dutch(byReason).keySet()));
    }

    @Test
    void roundTripsThroughTheSparkColumnCode() {
        for (RejectReason r : RejectReason.values()) assertEquals(r, RejectReason.of(r.code()));
        assertEquals(null, RejectReason.of(null));
    }
}
