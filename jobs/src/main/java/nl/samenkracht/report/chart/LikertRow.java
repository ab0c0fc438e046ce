package nl.samenkracht.report.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One bar of a diverging Likert chart: an item (optionally × wave, e.g. "Ik weet bij wie ik
 * terecht kan – voormeting").
 *
 * @param label  short item text as shown left of the bar (must be unique within the chart)
 * @param shares share of respondents per answer option, in scale order low..high; sums to 1
 *               (options nobody chose are 0)
 * @param n      number of respondents who answered the item; shown as "(n=23)"
 */
public record LikertRow(String label, double[] shares, int n) {

    public LikertRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(shares, "shares");
        shares = shares.clone();
        for (double s : shares) {
            if (!(s >= 0.0 && s <= 1.0)) {
                throw new IllegalArgumentException("share outside 0..1 in row '" + label + "': "
                        + Arrays.toString(shares));
            }
        }
        if (n < 0) {
            throw new IllegalArgumentException("n < 0 in row '" + label + "'");
        }
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }
}
