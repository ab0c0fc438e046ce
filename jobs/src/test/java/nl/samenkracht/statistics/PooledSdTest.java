package nl.samenkracht.statistics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pooled within-location SD and the funnel limits of a mean against R
 * (src/test/resources/reference/funnel_reference.R: the square root of a one-way ANOVA's residual mean square,
 * and mean ± qnorm(1 − α/2)·SD/√n). Output of that script, pasted as it printed:
 * <pre>
 * pooled_sd 0.5868938954
 * board_mean 3.5468750000
 * limits n=4 level=0.950 lower 2.9717295511 upper 4.1220204489
 * limits n=4 level=0.998 lower 2.6400557621 upper 4.4536942379
 * limits n=15 level=0.950 lower 3.2498711673 upper 3.8438788327
 * limits n=15 level=0.998 lower 3.0785955591 upper 4.0151544409
 * </pre>
 */
public class PooledSdTest {
    public static final double POOLED_SD = 0.5868938954;
    public static final double BOARD_MEAN = 3.5468750000;
    public static final double LOWER_95_N15 = 3.2498711673;
    public static final double LOWER_998_N15 = 3.0785955591;
    public static final double UPPER_998_N15 = 4.0151544409;

    static final double[] AKKER = {3.25, 4.0, 3.5, 2.75, 4.25};
    static final double[] BEEK = {3.0, 3.5, 4.5, 4.0};
    static final double[] DUIN = {2.5, 3.75, 3.0, 3.25, 4.0, 3.5};
    /** One person: no within-location spread, no degrees of freedom. */
    static final double[] HAVEN = {4.0};

    @Test
    void pooledSdIsTheAnovaResidualSd() {
        assertEquals(POOLED_SD, PooledSd.of(List.of(AKKER, BEEK, DUIN, HAVEN)), 1e-9);
        // The one-person location changes nothing.
        assertEquals(POOLED_SD, PooledSd.of(List.of(AKKER, BEEK, DUIN)), 1e-9);
        assertTrue(Double.isNaN(PooledSd.of(List.of(HAVEN))));
    }

    @Test
    void meanLimitsWithThePooledSdMatchR() {
        double sd = PooledSd.of(List.of(AKKER, BEEK, DUIN, HAVEN));
        FunnelLimits.Band b95 = FunnelLimits.mean(BOARD_MEAN, sd, 4, FunnelLimits.Z95);
        assertEquals(2.9717295511, b95.lower(), 1e-9);
        assertEquals(4.1220204489, b95.upper(), 1e-9);
        FunnelLimits.Band b998 = FunnelLimits.mean(BOARD_MEAN, sd, 4, FunnelLimits.Z998);
        assertEquals(2.6400557621, b998.lower(), 1e-9);
        assertEquals(4.4536942379, b998.upper(), 1e-9);
        FunnelLimits.Band c95 = FunnelLimits.mean(BOARD_MEAN, sd, 15, FunnelLimits.Z95);
        assertEquals(LOWER_95_N15, c95.lower(), 1e-9);
        assertEquals(3.8438788327, c95.upper(), 1e-9);
        FunnelLimits.Band c998 = FunnelLimits.mean(BOARD_MEAN, sd, 15, FunnelLimits.Z998);
        assertEquals(LOWER_998_N15, c998.lower(), 1e-9);
        assertEquals(UPPER_998_N15, c998.upper(), 1e-9);
    }
}
