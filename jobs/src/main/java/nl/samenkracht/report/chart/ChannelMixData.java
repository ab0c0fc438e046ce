package nl.samenkracht.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link ChannelMixChart}.
 *
 * @param title    chart title
 * @param channels channel labels in stacking order, usually {@link ChannelMixChart#CHANNELS}
 * @param rows     bars from top to bottom
 */
public record ChannelMixData(String title, List<String> channels, List<ChannelMixRow> rows) {

    public ChannelMixData {
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (new HashSet<>(channels).size() != channels.size()) {
            throw new IllegalArgumentException("duplicate channel in " + channels);
        }
        Set<String> seen = new HashSet<>();
        for (ChannelMixRow r : rows) {
            if (r.shares().length != channels.size()) {
                throw new IllegalArgumentException("row '" + r.label() + "' has "
                        + r.shares().length + " shares for " + channels.size() + " channels");
            }
            double sum = 0;
            for (double s : r.shares()) {
                sum += s;
            }
            if (r.n() > 0 && Math.abs(sum - 1.0) > LikertBarData.SUM_TOLERANCE) {
                throw new IllegalArgumentException("shares of row '" + r.label() + "' sum to "
                        + sum + ", not 1");
            }
            if (!seen.add(r.label())) {
                throw new IllegalArgumentException("duplicate row label '" + r.label() + "'");
            }
        }
    }
}
