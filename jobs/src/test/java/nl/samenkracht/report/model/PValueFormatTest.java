package nl.samenkracht.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hand-worked APA/Dutch cases. */
class PValueFormatTest {
    @Test
    void belowOneThousandthIsABound() {
        assertEquals("< 0,001", PValueFormat.cell(1e-48));
        assertEquals("< 0,001", PValueFormat.cell(0.000999));
        assertEquals("p < 0,001", PValueFormat.text(0.0002));
    }

    @Test
    void otherwiseThreeDecimalsWithDecimalComma() {
        assertEquals("0,001", PValueFormat.cell(0.001));
        assertEquals("0,042", PValueFormat.cell(0.0423));
        assertEquals("0,043", PValueFormat.cell(0.0425)); // half up on the decimal value
        assertEquals("0,050", PValueFormat.cell(0.05));
        assertEquals("1,000", PValueFormat.cell(1));
        assertEquals("p = 0,317", PValueFormat.text(0.31731050786291415));
    }

    @Test
    void missingIsEmpty() {
        assertEquals("", PValueFormat.cell(Double.NaN));
        assertEquals("", PValueFormat.text(Double.NaN));
    }
}
