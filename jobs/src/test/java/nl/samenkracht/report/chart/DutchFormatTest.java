package nl.samenkracht.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @Test
    void dutchNumbers() {
        assertEquals("72%", DutchFormat.percent().format(0.72));
        // 0.125 is exact in binary: half-up gives 13% (half-even would give 12%).
        assertEquals("13%", DutchFormat.percent().format(0.125));
        assertEquals("3,4", DutchFormat.decimal(1).format(3.4));
        assertEquals("3,3", DutchFormat.decimal(1).format(3.25));
        assertEquals("0,81", DutchFormat.decimal(2).format(0.81));
        assertEquals("0,70", DutchFormat.decimal(2).format(0.7));
        assertEquals("4", DutchFormat.number(1).format(4.0));
        assertEquals("3,5", DutchFormat.number(1).format(3.5));
        assertEquals("1.234,5", DutchFormat.number(1).format(1234.5));
        // The left arm of a diverging chart is labelled as a positive share.
        assertEquals("45%", DutchFormat.absolutePercent().format(-0.45));
        assertEquals("0%", DutchFormat.absolutePercent().format(-0.0));
        assertEquals("20%", DutchFormat.absolutePercent().format(0.2));
    }

    @Test
    void likertPaletteDivergesAroundALightNeutral() {
        List<Color> five = Palette.likert(5, 2);
        assertEquals(5, five.size());
        assertEquals(Palette.LIKERT_NEUTRAL, five.get(2));
        // Darker towards both extremes (grey value, BT.601 luma), lightest in the middle.
        assertTrue(luma(five.get(0)) < luma(five.get(1)));
        assertTrue(luma(five.get(1)) < luma(five.get(2)));
        assertTrue(luma(five.get(4)) < luma(five.get(3)));
        assertTrue(luma(five.get(3)) < luma(five.get(2)));
        // Orange arm on the left (red > blue), blue arm on the right (blue > red).
        assertTrue(five.get(0).getRed() > five.get(0).getBlue());
        assertTrue(five.get(4).getBlue() > five.get(4).getRed());

        List<Color> four = Palette.likert(4, null);
        assertEquals(4, four.size());
        assertTrue(!four.contains(Palette.LIKERT_NEUTRAL));
        List<Color> seven = Palette.likert(7, 3);
        for (int i = 0; i < 3; i++) {
            assertTrue(luma(seven.get(i)) < luma(seven.get(i + 1)), "low arm grades");
            assertTrue(luma(seven.get(6 - i)) < luma(seven.get(5 - i)), "high arm grades");
        }
        // Eleven points (0–10 with 5 as neutral): blended grades, still all distinct.
        List<Color> eleven = Palette.likert(11, 5);
        assertEquals(11, eleven.size());
        assertEquals(11, eleven.stream().distinct().count());
        assertNotEquals(eleven.get(0), eleven.get(10));
    }

    private static double luma(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }
}
