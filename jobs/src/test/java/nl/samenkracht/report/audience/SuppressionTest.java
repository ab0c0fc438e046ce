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

    @Test
    void amongEquallySmallCandidatesALocationHiddenBeforeIsChosen() {
        // Haven 1 is small. Akker, Beek and Duin all have 6: by name Akker would go, but Beek was hidden in
        // another year of this indicator, so hiding Beek again loses no trend: Beek gets the x.
        Cell akker = new Cell("Akker", 6), beek = new Cell("Beek", 6), duin = new Cell("Duin", 6), haven = new Cell("Haven", 1),
                total = new Cell(TOTAL, 19);
        Map<Cell, Mark> m = new Suppression(5).mark(List.of(akker, beek, duin, haven, total), Cell::location, Cell::n,
                java.util.Set.of("Beek"));
        assertEquals(List.of(SHOWN, COMPLEMENTARY, SHOWN, SMALL, SHOWN), List.of(m.get(akker), m.get(beek), m.get(duin), m.get(haven),
                m.get(total)));
        // The preference never costs a larger figure: with Beek at 9 the smallest (Akker, 6) goes.
        Cell bigBeek = new Cell("Beek", 9);
        Map<Cell, Mark> m2 = new Suppression(5).mark(List.of(akker, bigBeek, duin, haven, new Cell(TOTAL, 22)), Cell::location,
                Cell::n, java.util.Set.of("Beek"));
        assertEquals(List.of(COMPLEMENTARY, SHOWN, SHOWN), List.of(m2.get(akker), m2.get(bigBeek), m2.get(duin)));
    }

    @Test
    void overTheYearsOneLocationLosesItsTrendNotTwo() {
        // The sample's new colleagues: 2023-2024 Akker 7, Beek 5, Duin 5, Haven 1 (total 18): Haven small, Beek and Duin
        // tie at 5 and Beek goes by name. 2024-2025 Akker 6, Beek 6, Duin 6, Haven 1 (total 19): by name Akker would go
        // and both Akker and Beek would lose their change; Beek, hidden the year before, goes again. The mean and the
        // share of the scale (same n) hide the same cells.
        List<nl.samenkracht.indicators.IndicatorValue> values = new java.util.ArrayList<>();
        for (String unit : List.of("mean", "share")) {
            String id = "inwerken/structuur/" + unit + "@nieuw";
            long[][] n = {{7, 5, 5, 1, 18}, {6, 6, 6, 1, 19}};
            String[] years = {"2023-2024", "2024-2025"};
            String[] locations = {"Akker", "Beek", "Duin", "Haven", TOTAL};
            // The later year first: the order of the input does not decide.
            for (int y = 1; y >= 0; y--)
                for (int l = 0; l < locations.length; l++)
                    values.add(new nl.samenkracht.indicators.IndicatorValue("vragenlijst", id, "Structuur", years[y], locations[l],
                            unit.equals("mean") ? 3.5 : 0.5, n[y][l], unit, null, true));
        }
        List<ShownValue> shown = new Suppression(5).apply(values);
        Map<String, Mark> marks = new java.util.HashMap<>();
        for (ShownValue v : shown)
            marks.put(v.source().id() + " " + v.source().schoolYear() + " " + v.source().location(), v.mark());
        for (String unit : List.of("mean", "share")) {
            String id = "inwerken/structuur/" + unit + "@nieuw ";
            for (String year : List.of("2023-2024 ", "2024-2025 ")) {
                assertEquals(SHOWN, marks.get(id + year + "Akker"), unit + " " + year);
                assertEquals(COMPLEMENTARY, marks.get(id + year + "Beek"), unit + " " + year);
                assertEquals(SHOWN, marks.get(id + year + "Duin"), unit + " " + year);
                assertEquals(SMALL, marks.get(id + year + "Haven"), unit + " " + year);
                assertEquals(SHOWN, marks.get(id + year + TOTAL), unit + " " + year);
            }
        }
        // The result keeps the input order.
        assertEquals("2024-2025", shown.get(0).source().schoolYear());
    }
}
