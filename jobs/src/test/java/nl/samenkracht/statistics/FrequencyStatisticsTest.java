package nl.samenkracht.statistics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Descriptives from counts equal those of the expanded values (worked by hand, R type-7 quantiles). */
class FrequencyStatisticsTest {
    @Test
    void countsGiveTheSameStatisticsAsTheValues() {
        // Values 1, 2, 2, 4, 4, 4, 5 (n = 7).
        FrequencyStatistics f = new FrequencyStatistics();
        f.add(4, 3);
        f.add(1, 1);
        f.add(2, 2);
        f.add(5, 1);
        assertEquals(7, f.n());
        assertEquals(22.0 / 7, f.mean(), 1e-12);
        // Σ(x − 22/7)² = 4.5918… + 2·1.3061… + 3·0.7347… + 3.4490… = 14.857142…; /6 → sd 1.573592…
        double mean = 22.0 / 7;
        double ss = Math.pow(1 - mean, 2) + 2 * Math.pow(2 - mean, 2) + 3 * Math.pow(4 - mean, 2) + Math.pow(5 - mean, 2);
        assertEquals(Math.sqrt(ss / 6), f.sd(), 1e-12);
        // Type 7: h = 6p. p = .25 → h = 1.5 → between sorted[1] = 2 and sorted[2] = 2 → 2;
        // p = .5 → h = 3 → sorted[3] = 4; p = .75 → h = 4.5 → between 4 and 4 → 4; p = 0.9 → h = 5.4 → 4 + .4·(5 − 4) = 4.4.
        assertEquals(2.0, f.quantile(0.25), 1e-12);
        assertEquals(4.0, f.quantile(0.5), 1e-12);
        assertEquals(4.0, f.quantile(0.75), 1e-12);
        assertEquals(4.4, f.quantile(0.9), 1e-12);
        assertEquals(1.0, f.min());
        assertEquals(5.0, f.max());
        assertEquals(4.0 / 7, f.shareAtLeast(4), 1e-12);
        assertEquals(3.0 / 7, f.shareAtMost(2), 1e-12);
    }

    @Test
    void evenCountsInterpolateTheMedian() {
        // 1, 2, 3, 4: R quantile(c(1,2,3,4), .5) = 2.5, .25 → 1.75
        FrequencyStatistics f = new FrequencyStatistics();
        for (int v = 1; v <= 4; v++) f.add(v, 1);
        assertEquals(2.5, f.quantile(0.5), 1e-12);
        assertEquals(1.75, f.quantile(0.25), 1e-12);
        FrequencyStatistics one = new FrequencyStatistics();
        one.add(3, 1);
        assertTrue(Double.isNaN(one.sd()), "sd needs two values");
        assertEquals(3.0, one.quantile(0.75));
    }
}
