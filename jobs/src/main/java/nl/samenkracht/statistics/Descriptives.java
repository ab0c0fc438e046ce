package nl.samenkracht.statistics;

/**
 * n, mean, sd, quartiles and agree/disagree shares of Likert answers or scale scores. One
 * implementation for both ways in: a vector of values, or the frequency table Spark counted
 * (production: {@code indicators.Descriptives} from the survey count cube), so the numbers the
 * reports show are the ones checked against the numpy/R reference in DescriptivesTest.
 */
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
        FrequencyStatistics counts = new FrequencyStatistics();
        long missing = 0;
        for (double v : values) {
            if (Double.isNaN(v)) missing++;
            else counts.add(v, 1);
        }
        return of(counts, missing, agreeAtOrAbove, disagreeAtOrBelow);
    }

    /** The same from a frequency table (value → count) and the number of missing answers. */
    public static DescriptiveResult of(FrequencyStatistics counts, long missing, double agreeAtOrAbove,
                                       double disagreeAtOrBelow) {
        long n = counts.n();
        if (n == 0) {
            double nan = Double.NaN;
            return new DescriptiveResult(0, missing, nan, nan, nan, nan, nan, nan, nan, nan, nan,
                    NaReason.Kind.NO_VALUES);
        }
        // sd is NaN below two values, as R's sd() (Commons would say 0).
        return new DescriptiveResult(n, missing, counts.mean(), counts.sd(),
                counts.quantile(0.5), counts.quantile(0.25), counts.quantile(0.75),
                counts.min(), counts.max(),
                counts.shareAtLeast(agreeAtOrAbove), counts.shareAtMost(disagreeAtOrBelow),
                n < 2 ? NaReason.Kind.SD_NEEDS_TWO_VALUES : null);
    }
}
