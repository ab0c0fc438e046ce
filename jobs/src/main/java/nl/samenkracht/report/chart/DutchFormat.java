package nl.samenkracht.report.chart;

import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Dutch number formats for chart labels: "72%", "3,4", "0,81". */
public final class DutchFormat {

    public static final Locale NL = new Locale("nl", "NL");

    private DutchFormat() {
    }

    /** Whole percentages of a fraction: 0.72 → "72%". Rounds half up, as Dutch reports do. */
    public static NumberFormat percent() {
        NumberFormat f = NumberFormat.getPercentInstance(NL);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** A decimal with exactly {@code digits} decimals and a decimal comma: 3.4 → "3,4". */
    public static NumberFormat decimal(int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** A number with at most {@code maxDigits} decimals (no trailing zeros): 4.0 → "4", 3.5 → "3,5". */
    public static NumberFormat number(int maxDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(maxDigits);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /**
     * Percentages of the absolute value: the left arm of a diverging Likert chart is negative on
     * the axis but is read as a share, so −0.40 is labelled "40%".
     */
    public static NumberFormat absolutePercent() {
        return new AbsoluteFormat(percent());
    }

    /** Wraps a format and formats |x|; parsing is not needed for axis labels. */
    private static final class AbsoluteFormat extends NumberFormat {
        private final NumberFormat inner;

        AbsoluteFormat(NumberFormat inner) {
            this.inner = inner;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            // +0.0 avoids "-0%" for negative zero.
            return inner.format(Math.abs(number) + 0.0, toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return inner.format(Math.abs(number), toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return inner.parse(source, parsePosition);
        }
    }
}
