package nl.samenkracht.report.audience;

import nl.samenkracht.report.csv.CsvTableWriter;
import nl.samenkracht.report.model.TableStyle;

/**
 * The change of a figure against the previous school year as the outputs show it: the difference
 * (null when either year is hidden or missing), its cell text, and the direction as an arrow with
 * a word, coloured by whether higher is better. The arrow gives the direction, the word and the
 * colour the judgement, so the cell reads without colour too.
 */
record Change(Double delta, String text, String direction, TableStyle.Tone tone, boolean equal) {
    static final String UP = "▲";
    static final String DOWN = "▼";
    static final String EQUAL = "►";

    static Change of(ShownValue current, ShownValue previous, IndicatorGrid.Indicator indicator, Suppression policy) {
        Double d = Suppression.change(current, previous);
        if (d == null) {
            String mark = policy.changeText(current, previous);
            return new Change(null, mark, mark, TableStyle.Tone.SUPPRESSED, false);
        }
        if (Math.abs(d) < IndicatorGrid.displayEpsilon(indicator.unit())) return new Change(d, CsvTableWriter.number(d), EQUAL + " gelijk", null, true);
        boolean up = d > 0;
        boolean better = up == indicator.higherIsBetter();
        return new Change(d, CsvTableWriter.number(d), (up ? UP : DOWN) + (better ? " beter" : " slechter"),
                better ? TableStyle.Tone.BETTER : TableStyle.Tone.WORSE, false);
    }

    /**
     * The Excel format of the difference: signed ("+0.2", "-5%"); a change that rounds to zero
     * shows without a sign, so a tiny drop reads "0.0" rather than "-0.0" next to "gelijk".
     */
    String format(String unit) {
        String signed = IndicatorGrid.changeFormat(unit);
        if (!equal) return signed;
        String plain = signed.split(";")[2];
        return plain + ";" + plain + ";" + plain;
    }
}
