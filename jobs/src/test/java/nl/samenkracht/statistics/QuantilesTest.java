package nl.samenkracht.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    /**
     * Hand-worked type 7 on 1, 2, 3, 4: h = (n−1)p = 0.75 for p = 0.25 → 1 + 0.75·(2−1) = 1.75;
     * p = 0.5 → h = 1.5 → 2.5; p = 0.9 → h = 2.7 → 3.7. R: quantile(1:4, c(.25,.5,.9)) =
     * 1.75 2.50 3.70.
     */
    @Test
    void handWorkedType7() {
        double[] values = {4, 2, Double.NaN, 1, 3};
        assertArrayEquals(new double[] {1.75, 2.5, 3.7}, Quantiles.type7(values, 0.25, 0.5, 0.9),
                1e-12);
        assertEquals(1, Quantiles.type7(values, 0), 0);
        assertEquals(4, Quantiles.type7(values, 1), 0);
    }

    /**
     * Likert data with NaN, numpy.quantile (method 'linear' = R type 7) via
     * src/test/resources/reference/stats_reference.py, section "descriptives":
     * 0.1 → 2.0, 0.9 → 4.100000000000001.
     */
    @Test
    void matchesNumpyOnLikertData() {
        double[] values = DescriptivesTest.LIKERT;
        Approx.near(2.0, Quantiles.type7(values, 0.1));
        Approx.near(4.100000000000001, Quantiles.type7(values, 0.9));
    }

    @Test
    void noValuesGivesNaN() {
        assertTrue(Double.isNaN(Quantiles.type7(new double[0], 0.5)));
        assertTrue(Double.isNaN(Quantiles.type7(new double[] {Double.NaN}, 0.5)));
    }
}
