package nl.samenkracht.report.audience;

import nl.samenkracht.report.audience.Suppression.Mark;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.samenkracht.report.audience.Suppression.Mark.COMPLEMENTARY;
import static nl.samenkracht.report.audience.Suppression.Mark.SHOWN;
import static nl.samenkracht.report.audience.Suppression.Mark.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The marking rules of {@link Suppression#mark}, on hand-worked groups (k = 5 unless said). */
class SuppressionTest {
    record Cell(String location, long n) {}

    private static Map<Cell, Mark> mark(int k, Cell... cells) {
        return new Suppression(k).mark(List.of(cells), Cell::location, Cell::n);
    }

    private static final String TOTAL = Suppression.TOTAL;

    @Test
    void oneSmallLocationBehindAShownTotalTakesTheNextSmallestWithIt() {
        // Haven 3 < 5 is small. Hidden set {Haven} = 3 people < 5, so the smallest shown location
        // (Duin, 9) is hidden too: hidden set 12 ≥ 5. Akker and Beek stay.
        Cell akker = new Cell("Akker", 12), beek = new Cell("Beek", 17), duin = new Cell("Duin", 9),
                haven = new Cell("Haven", 3), total = new Cell(TOTAL, 41);
        Map<Cell, Mark> m = mark(5, akker, beek, duin, haven, total);
        assertEquals(SMALL, m.get(haven));
        assertEquals(COMPLEMENTARY, m.get(duin));
        assertEquals(SHOWN, m.get(akker));
        assertEquals(SHOWN, m.get(beek));
        assertEquals(SHOWN, m.get(total));
    }

    @Test
    void twoSmallLocationsThatTogetherReachTheThresholdNeedNoThird() {
        // 3 + 4 = 7 ≥ 5: subtraction only gives the mean of 7 people.
        Cell a = new Cell("A", 3), b = new Cell("B", 4), c = new Cell("C", 20), total = new Cell(TOTAL, 27);
        Map<Cell, Mark> m = mark(5, a, b, c, total);
        assertEquals(List.of(SMALL, SMALL, SHOWN, SHOWN), List.of(m.get(a), m.get(b), m.get(c), m.get(total)));
    }

    @Test
    void twoSmallLocationsThatTogetherStayUnderTheThresholdTakeAThird() {
        // 1 + 2 = 3 < 5: the smallest shown location (C, 6) joins them; 9 ≥ 5.
        Cell a = new Cell("A", 1), b = new Cell("B", 2), c = new Cell("C", 6), d = new Cell("D", 30),
                total = new Cell(TOTAL, 39);
        Map<Cell, Mark> m = mark(5, a, b, c, d, total);
        assertEquals(List.of(SMALL, SMALL, COMPLEMENTARY, SHOWN, SHOWN),
                List.of(m.get(a), m.get(b), m.get(c), m.get(d), m.get(total)));
    }

    @Test
    void peopleWithoutALocationAreAHiddenGroupOfTheirOwn() {
        // Total 40, listed 12 + 17 + 9 = 38: 2 people are in the total only. Total − shown locations
        // would be their figure, so the smallest location (9) is hidden: 2 + 9 = 11 ≥ 5.
        Cell a = new Cell("A", 12), b = new Cell("B", 17), c = new Cell("C", 9), total = new Cell(TOTAL, 40);
        Map<Cell, Mark> m = mark(5, a, b, c, total);
        assertEquals(List.of(SHOWN, SHOWN, COMPLEMENTARY, SHOWN), List.of(m.get(a), m.get(b), m.get(c), m.get(total)));
        // 6 unlisted people are a group of 6: nothing to hide.
        Map<Cell, Mark> m2 = mark(5, a, b, c, new Cell(TOTAL, 44));
        assertEquals(List.of(SHOWN, SHOWN, SHOWN), List.of(m2.get(a), m2.get(b), m2.get(c)));
    }

    @Test
    void aSmallTotalIsHiddenAndThenNothingCanBeSubtracted() {
        Cell a = new Cell("A", 2), b = new Cell("B", 1), total = new Cell(TOTAL, 3);
        Map<Cell, Mark> m = mark(5, a, b, total);
        assertEquals(List.of(SMALL, SMALL, SMALL), List.of(m.get(a), m.get(b), m.get(total)));
    }

    @Test
    void withoutATotalThereIsNothingToSubtractFrom() {
        Cell a = new Cell("A", 3), b = new Cell("B", 20);
        Map<Cell, Mark> m = mark(5, a, b);
        assertEquals(List.of(SMALL, SHOWN), List.of(m.get(a), m.get(b)));
    }

    @Test
    void nobodyIsNotASmallGroupAndNeedsNoCompanion() {
        Cell a = new Cell("A", 0), b = new Cell("B", 20), c = new Cell("C", 8), total = new Cell(TOTAL, 28);
        Map<Cell, Mark> m = mark(5, a, b, c, total);
        assertEquals(List.of(SHOWN, SHOWN, SHOWN, SHOWN), List.of(m.get(a), m.get(b), m.get(c), m.get(total)));
    }

    @Test
    void tiesAreBrokenByNameAndTheThresholdIsConfigurable() {
        // k = 10: A (8) small; B and C both 12: B is hidden (name order), C stays.
        Cell a = new Cell("A", 8), c = new Cell("C", 12), b = new Cell("B", 12), d = new Cell("D", 40),
                total = new Cell(TOTAL, 72);
        Map<Cell, Mark> m = mark(10, a, c, b, d, total);
        assertEquals(List.of(SMALL, COMPLEMENTARY, SHOWN, SHOWN), List.of(m.get(a), m.get(b), m.get(c), m.get(d)));
        assertEquals("< 10", new Suppression(10).smallText());
    }

    @Test
    void unlistedPeopleCountTowardsTheHiddenSet() {
        // X (1) is small; 4 people are in the total only: hidden = 1 + 4 = 5 ≥ 5, nothing more to hide.
        Cell x = new Cell("X", 1), y = new Cell("Y", 20), t = new Cell(TOTAL, 25);
        Map<Cell, Mark> m = mark(5, x, y, t);
        assertEquals(List.of(SMALL, SHOWN, SHOWN), List.of(m.get(x), m.get(y), m.get(t)));
        // Z (1) is small and everyone is listed: hidden 1 < 5, so Y goes too (hidden 7).
        Cell z = new Cell("Z", 1), w = new Cell("W", 6);
        Map<Cell, Mark> m2 = mark(5, w, z, new Cell(TOTAL, 7));
        assertEquals(List.of(COMPLEMENTARY, SMALL), List.of(m2.get(w), m2.get(z)));
    }
}
