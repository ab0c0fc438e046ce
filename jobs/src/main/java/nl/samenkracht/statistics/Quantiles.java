package nl.samenkracht.statistics;

import org.apache.commons.statistics.descriptive.NaNPolicy;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Sample quantiles of type 7, R's default ({@code quantile(x, type = 7)}; also Excel's
 * QUANTIEL/PERCENTIEL.INC and numpy's default): {@code h = (n − 1)p}, linear interpolation between
 * the order statistics around h. NaN values are ignored; no values gives NaN.
 */
public final class Quantiles {
    private static final Quantile TYPE_7 = Quantile.withDefaults()
            .with(Quantile.EstimationMethod.HF7)
            .with(NaNPolicy.EXCLUDE)
            .withCopy(true);

    private Quantiles() {}

    /** The p-quantile (0 ≤ p ≤ 1) of the non-NaN values. */
    public static double type7(double[] values, double p) {
        return TYPE_7.evaluate(values, p);
    }

    /** Several quantiles at once (one selection pass). */
    public static double[] type7(double[] values, double... p) {
        return TYPE_7.evaluate(values, p);
    }
}
