package nl.samenkracht.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class AnswerScaleTest {
    private final AnswerScale eens5 = BuiltInScales.all().get("eens5");

    @Test
    void labelsAreMatchedWhateverTheirCaseSpacingOrFullStop() {
        assertEquals(5.0, eens5.lookup("Helemaal mee eens").value());
        assertEquals(5.0, eens5.lookup("  helemaal   MEE eens. ").value());
        assertEquals(1.0, eens5.lookup("Helemaal mee oneens").value());
        assertEquals(3.0, eens5.lookup("Niet eens, niet oneens").value(), "alias of Neutraal");
    }

    @Test
    void missingLabelsAndEmptyCellsAreNotValues() {
        assertEquals(AnswerScale.Kind.MISSING_LABEL, eens5.lookup("Weet ik niet").kind());
        assertEquals(AnswerScale.Kind.MISSING_LABEL, eens5.lookup("n.v.t.").kind());
        assertEquals(AnswerScale.Kind.EMPTY, eens5.lookup("  ").kind());
        assertEquals(AnswerScale.Kind.EMPTY, eens5.lookup(null).kind());
    }

    @Test
    void optionNumbersAreAcceptedButOutOfRangeNumbersAreUnknown() {
        assertEquals(4.0, eens5.lookup("4").value());
        assertEquals(AnswerScale.Kind.UNKNOWN, eens5.lookup("6").kind());
        assertEquals(AnswerScale.Kind.UNKNOWN, eens5.lookup("0").kind());
        assertEquals(AnswerScale.Kind.UNKNOWN, eens5.lookup("3,5").kind(), "no option 3.5 on a 5-point scale");
        assertEquals(AnswerScale.Kind.UNKNOWN, eens5.lookup("Heel erg eens").kind());
        assertEquals(AnswerScale.Kind.UNKNOWN, eens5.lookup("#N/A").kind(), "an Excel error cell");
    }

    @Test
    void reverseKeyingIsMinPlusMaxMinusX() {
        // 5-point 1..5: (1 + 5) - x
        assertEquals(5.0, eens5.reverse(1));
        assertEquals(3.0, eens5.reverse(3));
        assertEquals(2.0, eens5.reverse(4));
        AnswerScale eens4 = BuiltInScales.all().get("eens4");
        assertEquals(4.0, eens4.reverse(1)); // (1 + 4) - 1
    }

    @Test
    void agreeIsTheTopTwoAndNeutralIsTheMiddleOfAnOddScale() {
        assertEquals(4.0, eens5.agreeFrom());
        assertEquals(2.0, eens5.disagreeTo());
        assertEquals(2, eens5.neutralIndex());
        assertNull(BuiltInScales.all().get("eens4").neutralIndex());
        AnswerScale eens7 = BuiltInScales.all().get("eens7");
        assertEquals(6.0, eens7.agreeFrom());
        assertEquals(3, eens7.neutralIndex());
    }

    @Test
    void decimalCommaLabelsParseOnAUserScaleWithHalfPoints() {
        AnswerScale half = new AnswerScale("half", "half", java.util.List.of(new AnswerScale.Option("3", 3),
                new AnswerScale.Option("3,5", 3.5), new AnswerScale.Option("4", 4)), java.util.Map.of(), java.util.List.of(), null, null);
        assertEquals(3.5, half.lookup("3,5").value());
        assertEquals(3.5, half.lookup("3.5").value(), "the same number written with a decimal point");
    }
}
