package nl.samenkracht.comparison;

import nl.samenkracht.statistics.YearVerdict;

import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.indicators.ScoreSamples;
import nl.samenkracht.statistics.ProportionTestResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The comparison stage on hand-worked cases. Expected p-values were derived independently of the
 * production code, with Python's math.erfc (two-sided normal tail, erfc(|z|/√2)):
 * <pre>
 *   z-test 20/22 vs 9/22:       p̂ = 29/44, z = 3.498440, p = 0.000467989
 *   z-test 5000/10^4 vs 4800/10^4: z = 2.828993, p = 0.004669472
 *   Beek 5/52 vs rest 33/108:   z = −2.915292, p = 0.003553560   (rest = 38/160 − 5/52)
 *   Akker 15/50 vs rest 23/110: p = 0.210389;  Duin 16/52 vs rest 22/108: p = 0.147693
 *   Mann-Whitney {1..5} vs {6..10}, normal, no ties: U = 0, z = −12.5/√(25·11/12) = −2.611165, p = 0.009023439
 * </pre>
 */
class ComparisonsTest {
    private static final ComparisonSettings SETTINGS = new ComparisonSettings(5, 0.2, 0.05, 0.05);

    private static IndicatorValue share(String id, String year, String location, long x, long n, boolean independent) {
        return new IndicatorValue("contacten", id, id, year, location, (double) x / n, n, IndicatorValue.SHARE, null, true,
                Descriptives.ALL_GROUPS, x, independent);
    }

    private static IndicatorValue mean(String year, double value, long n) {
        return new IndicatorValue("vragenlijst", "i/s/mean", "S (gemiddelde, nameting)", year, Descriptives.ALL_LOCATIONS, value, n,
                IndicatorValue.MEAN, null, true);
    }

    @Test
    void aLargeTestedRiseInAShareIsBetter() {
        List<YearComparison> c = Comparisons.years(List.of(share("buddy", "2023-2024", "Alle locaties", 9, 22, true),
                share("buddy", "2024-2025", "Alle locaties", 20, 22, true)), null, SETTINGS);
        assertEquals(1, c.size());
        assertEquals(TestKind.Z_TEST, c.get(0).result().test(), "no expected cell below 5: the z-test");
        assertEquals(0.000467989, c.get(0).result().p(), 1e-9);
        assertEquals(0.5, c.get(0).change(), 1e-12);
        assertEquals(YearVerdict.BETTER, c.get(0).verdict());
    }

    @Test
    void aSignificantChangeBelowTheMinimumRelevantDifferenceIsEqual() {
        YearComparison c = Comparisons.year(share("x", "2024-2025", "Alle locaties", 5000, 10000, true),
                share("x", "2023-2024", "Alle locaties", 4800, 10000, true), null, SETTINGS);
        assertEquals(0.004669472, c.result().p(), 1e-9);
        assertEquals(YearVerdict.EQUAL, c.verdict(), "+2 procentpunt is under the 5 procentpunt that counts");
    }

    @Test
    void sharesOfContactsAreNotTestedAndSmallGroupsAreUncertain() {
        YearComparison contacts = Comparisons.year(share("pos", "2024-2025", "Alle locaties", 600, 800, false),
                share("pos", "2023-2024", "Alle locaties", 400, 800, false), null, SETTINGS);
        assertEquals(TestKind.NOT_TESTED, contacts.result().test());
        assertEquals(YearVerdict.UNCERTAIN, contacts.verdict());
        YearComparison small = Comparisons.year(share("r", "2024-2025", "Haven", 4, 4, true),
                share("r", "2023-2024", "Haven", 0, 4, true), null, SETTINGS);
        assertEquals(TestKind.FISHER, small.result().test());
        assertEquals(YearVerdict.UNCERTAIN, small.verdict(), "4 people: no verdict whatever p says");
    }

    @Test
    void meansAreComparedWithMannWhitneyOnTheScores() {
        ScoreSamples samples = ScoreSamples.of(Map.of(
                List.of("i/s/mean", "2023-2024", "Alle locaties"), new double[]{6, 7, 8, 9, 10},
                List.of("i/s/mean", "2024-2025", "Alle locaties"), new double[]{1, 2, 3, 4, 5}));
        YearComparison c = Comparisons.year(mean("2024-2025", 3, 5), mean("2023-2024", 8, 5), samples, SETTINGS);
        assertEquals(TestKind.MANN_WHITNEY, c.result().test());
        assertEquals(0.009023439, c.result().p(), 1e-8);
        assertEquals(2.611165 / Math.sqrt(10), c.result().effect(), 1e-6, "r = |z| / √N");
        assertEquals(YearVerdict.WORSE, c.verdict());
        YearComparison noScores = Comparisons.year(mean("2024-2025", 3, 5), mean("2023-2024", 8, 5), null, SETTINGS);
        assertEquals(YearVerdict.UNCERTAIN, noScores.verdict(), "a mean without its scores is not tested, so no arrow");
    }

    @Test
    void beekIsFlaggedLowerOnHomeVisitsAfterHolmOverTheFourLocations() {
        String y = "2024-2025";
        List<IndicatorValue> family = List.of(share("huisbezoek", y, "Akker", 15, 50, true), share("huisbezoek", y, "Beek", 5, 52, true),
                share("huisbezoek", y, "Duin", 16, 52, true), share("huisbezoek", y, "Haven", 2, 6, true),
                share("huisbezoek", y, Descriptives.ALL_LOCATIONS, 38, 160, true));
        Map<String, LocationComparison> byLocation = new java.util.HashMap<>();
        for (LocationComparison l : Comparisons.locations(family, null, SETTINGS)) byLocation.put(l.value().location(), l);
        assertEquals(4, byLocation.size(), "the total is not compared with itself");
        LocationComparison beek = byLocation.get("Beek");
        assertEquals(33.0 / 108, beek.restValue(), 1e-12);
        assertEquals(108, beek.restN());
        assertEquals(0.003553560, beek.result().p(), 1e-9);
        // Holm: Beek has the smallest of four p-values, so p_holm = 4p.
        assertEquals(4 * 0.003553560, beek.pHolm(), 1e-8);
        assertEquals("lager", beek.flag());
        assertEquals(0.210389, byLocation.get("Akker").result().p(), 1e-6);
        assertEquals(0.147693, byLocation.get("Duin").result().p(), 1e-6);
        assertEquals(TestKind.FISHER, byLocation.get("Haven").result().test(), "an expected cell of 6·38/160 < 5");
        for (String l : List.of("Akker", "Duin", "Haven")) assertEquals("geen", byLocation.get(l).flag(), l);
    }

    @Test
    void aLocationUnderTheThresholdIsNotTestedAgainstTheRest() {
        String y = "2024-2025";
        List<LocationComparison> out = Comparisons.locations(List.of(share("r", y, "A", 1, 4, true), share("r", y, "B", 40, 50, true),
                share("r", y, Descriptives.ALL_LOCATIONS, 41, 54, true)), null, SETTINGS);
        LocationComparison a = out.stream().filter(l -> l.value().location().equals("A")).findFirst().orElseThrow();
        assertFalse(a.result().tested());
        assertEquals("geen", a.flag());
    }
}
