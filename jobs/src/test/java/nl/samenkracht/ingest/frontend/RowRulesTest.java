package nl.samenkracht.ingest.frontend;

import nl.samenkracht.canonical.RejectReason;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The no-data rule on hand-made records: empty rows, a header pasted in again, and data that only looks like either. */
class RowRulesTest {
    private static final String[] HEADER = {"Naam", "School", "Opmerking"};
    private static final int[] READ = {0, 1, 2};

    @Test
    void emptyRecords() {
        assertEquals(RejectReason.EMPTY_ROW, RowRules.noData(new String[]{null, " ", ""}, READ, HEADER, true, false));
        assertEquals(RejectReason.EMPTY_ROW, RowRules.noData(new String[]{null}, READ, HEADER, false, true), "other number of delimiters");
        assertNull(RowRules.noData(new String[]{null}, READ, HEADER, false, false), "a malformed record with text");
        assertEquals(RejectReason.EMPTY_ROW, RowRules.noData(new String[]{null, null, "tekst"}, new int[]{0, 1}, HEADER, true, false),
                "text only in a column the source does not read");
    }

    @Test
    void aHeaderAgainAndDataThatOnlyLooksLikeIt() {
        assertEquals(RejectReason.HEADER_ROW, RowRules.noData(new String[]{"\uFEFFnaam ", "SCHOOL", null}, READ, HEADER, true, false),
                "byte-order mark, case and white space ignored; an empty cell does not count");
        assertNull(RowRules.noData(new String[]{"Naam", "Akker", null}, READ, HEADER, true, false), "one cell is data");
        assertNull(RowRules.noData(new String[]{"Akker", "School", "Opmerking"}, READ, HEADER, true, false), "the first cell is data");
        assertNull(RowRules.noData(new String[]{"Naam", null, null}, READ, HEADER, true, false), "one filled cell of three read");
        assertEquals(RejectReason.HEADER_ROW, RowRules.noData(new String[]{"Naam"}, new int[]{0}, HEADER, true, false), "the only column read");
        assertNull(RowRules.noData(new String[]{"Naam", "School", "Opmerking", "x"}, READ, HEADER, false, false), "does not fit");
        assertNull(RowRules.noData(new String[]{"Naam", "School", "Opmerking"}, READ, null, true, false), "no header to compare");
        assertNull(RowRules.noData(new String[]{"Naam", "School", "Opmerking"}, READ, new String[]{"Naam", " ", "Opmerking"}, true, false),
                "a blank header cell matches nothing");
    }

    @Test
    void cleanDropsFormatCharactersAndStrips() {
        assertEquals("Naam", RowRules.clean("\uFEFF Naam\u200B "));
        assertEquals("Zoë", RowRules.clean(" Zoë"));
        assertEquals("a\uD83D\uDE00b", RowRules.clean("a\uD83D\uDE00b"));
    }
}
