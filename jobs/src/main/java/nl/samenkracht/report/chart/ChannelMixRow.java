package nl.samenkracht.report.chart;

import java.util.Objects;

/**
 * One bar of a {@link ChannelMixChart}.
 *
 * @param label  location (unique within the chart)
 * @param shares share of contacts per channel, in the order of the data's channels; sums to 1
 * @param n      number of contacts, shown as "(n=230)"
 */
public record ChannelMixRow(String label, double[] shares, int n) {

    public ChannelMixRow {
        Objects.requireNonNull(label, "label");
        shares = Objects.requireNonNull(shares, "shares").clone();
        for (double s : shares) {
            if (!(s >= 0.0 && s <= 1.0)) {
                throw new IllegalArgumentException("share outside 0..1 in row '" + label + "'");
            }
        }
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }
}
