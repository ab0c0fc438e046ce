package nl.samenkracht.statistics;

import java.util.Arrays;
import java.util.EnumSet;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;

/** n, mean, sd, quartiles and agree/disagree shares of Likert answers. */
public final class Descriptives {
    private Descriptives() {}

    /**
     * @param values            answers; NaN = missing
     * @param agreeAtOrAbove    e.g. 4 on a 1–5 scale (top-2 box)
     * @param disagreeAtOrBelow e.g. 2 on a 1–5 scale
     */
    public static DescriptiveResult of(double[] values, double agreeAtOrAbove,
                                       double disagreeAtOrBelow) {
        if (values == null) {
            throw new IllegalArgumentException("values are required");
        }
        double[] answered = Samples.withoutNaN(values);
        int n = answered.length;
        int missing = values.length - n;
        if (n == 0) {
            double nan = Double.NaN;
            return new DescriptiveResult(0, missing, nan, nan, nan, nan, nan, nan, nan, nan, nan,
                    "geen antwoorden");
        }
        DoubleStatistics stats = DoubleStatistics.of(
                EnumSet.of(Statistic.MEAN, Statistic.STANDARD_DEVIATION,
                        Statistic.MIN, Statistic.MAX),
                answered);
        double[] quartiles = Quantiles.type7(answered, 0.25, 0.5, 0.75);
        double agree = Arrays.stream(answered).filter(v -> v >= agreeAtOrAbove).count();
        double disagree = Arrays.stream(answered).filter(v -> v <= disagreeAtOrBelow).count();
        // Commons returns sd 0 for a single value; R's sd() is NA there, and so are we.
        double sd = n < 2 ? Double.NaN : stats.getAsDouble(Statistic.STANDARD_DEVIATION);
        return new DescriptiveResult(n, missing,
                stats.getAsDouble(Statistic.MEAN), sd,
                quartiles[1], quartiles[0], quartiles[2],
                stats.getAsDouble(Statistic.MIN), stats.getAsDouble(Statistic.MAX),
                agree / n, disagree / n,
                n < 2 ? "standaarddeviatie vraagt minstens 2 antwoorden" : null);
    }
}
