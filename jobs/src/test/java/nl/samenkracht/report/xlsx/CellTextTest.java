package nl.samenkracht.report.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CellTextTest {
    @Test
    void shortTextIsUntouched() {
        String s = "x".repeat(CellText.MAX);
        assertSame(s, CellText.fit(s));
        assertEquals(SpreadsheetVersion.EXCEL2007.getMaxTextLength(), CellText.MAX);
    }

    @Test
    void longTextIsCutWithAVisibleMarker() {
        String s = "lang ".repeat(8_000); // 40,000 characters
        String fit = CellText.fit(s);
        assertEquals(CellText.MAX, fit.length());
        assertTrue(fit.endsWith("[ingekort: 40.000 tekens; de volledige tekst staat in de map data/]"), fit.substring(fit.length() - 80));
        assertTrue(s.startsWith(fit.substring(0, fit.indexOf(" … [ingekort"))));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String emoji = "\uD83D\uDC4B"; // waving hand, two UTF-16 units
        for (int pad = 0; pad < 3; pad++) {
            String s = "a".repeat(pad) + emoji.repeat(20_000);
            String fit = CellText.fit(s);
            assertTrue(fit.length() <= CellText.MAX);
            String kept = fit.substring(0, fit.indexOf(" … [ingekort"));
            assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)), "pad " + pad);
        }
    }
}
