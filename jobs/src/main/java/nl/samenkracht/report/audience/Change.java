package nl.samenkracht.report.audience;

import nl.samenkracht.comparison.YearComparison;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.report.csv.CsvTableWriter;
import nl.samenkracht.report.model.TableStyle;
import nl.samenkracht.statistics.YearVerdict;

/**
 * The change of a figure against the previous school year as the outputs show it: the difference
 * in points (means) or procentpunt (shares; a share's difference is written ×100), its cell text,
 * and the verdict of the test ({@link YearComparison}): an arrow appears only with a tested
 * "beter" or "slechter" (p &lt; 0,05 and at least the minimum relevant difference). Without a
 * test the word says so; a hidden year hides the change, the p and the verdict.
 */
record Change(Double delta, String text, String direction, TableStyle.Tone tone, String verdict, Double p, String test) {
    static final String UP = "▲";
    static final String DOWN = "▼";

    static Change of(ShownValue current, ShownValue previous, YearComparison cmp, IndicatorGrid.Indicator indicator, Suppression policy) {
        Double d = Suppression.change(current, previous);
        if (d == null) {
            String mark = policy.changeText(current, previous);
            return new Change(null, mark, mark, TableStyle.Tone.SUPPRESSED, dutch(YearVerdict.UNCERTAIN), null, null);
        }
        double shown = IndicatorGrid.percent(indicator.unit()) ? d * 100 : d;
        String text = CsvTableWriter.number(shown);
        if (cmp == null) return new Change(shown, text, "niet getoetst", null, dutch(YearVerdict.UNCERTAIN), null, null);
        Double p = cmp.result().tested() ? cmp.result().p() : null;
        String test = TestNames.dutch(cmp.result().test());
        String verdict = dutch(cmp.verdict());
        return switch (cmp.verdict()) {
            case BETTER -> new Change(shown, text, (d > 0 ? UP : DOWN) + " beter", TableStyle.Tone.BETTER, verdict, p, test);
            case WORSE -> new Change(shown, text, (d > 0 ? UP : DOWN) + " slechter", TableStyle.Tone.WORSE, verdict, p, test);
            case EQUAL -> new Change(shown, text, "gelijk", null, verdict, p, test);
            case UNCERTAIN -> new Change(shown, text, cmp.result().tested() ? "onzeker (kleine groep)" : "onzeker (niet getoetst)", null,
                    verdict, p, test);
        };
    }

    /** The verdict's Dutch word, the contract value of directie_dashboard.csv's verdict. */
    static String dutch(YearVerdict verdict) {
        return switch (verdict) {
            case BETTER -> "beter";
            case WORSE -> "slechter";
            case EQUAL -> "gelijk";
            case UNCERTAIN -> "onzeker";
        };
    }

    /** "punt" for means, "procentpunt" for shares (the contract value of change_unit). */
    static String unit(String unit) {
        return IndicatorValue.SHARE.equals(unit) ? "procentpunt" : IndicatorValue.COUNT.equals(unit) ? "aantal" : "punt";
    }

    /** The Excel format of the difference: signed, with its unit ("+0,4 punt", "+16 procentpunt"). */
    String format(String unit) {
        return switch (unit) {
            // "_0_0": two digits' width of space after the unit, so the next column's text does not run on from it.
            case IndicatorValue.SHARE -> "+0\" procentpunt\"_0_0;-0\" procentpunt\"_0_0;0\" procentpunt\"_0_0";
            case IndicatorValue.COUNT -> "+0_0_0;-0_0_0;0_0_0";
            default -> "+0.0\" punt\"_0_0;-0.0\" punt\"_0_0;0.0\" punt\"_0_0";
        };
    }

    /** The direction cell with the p: "▲ beter (p < 0,001)". */
    String directionWithP() {
        if (p == null || tone == TableStyle.Tone.SUPPRESSED) return direction;
        return direction + " (" + nl.samenkracht.report.model.PValueFormat.text(p) + ")";
    }
}
