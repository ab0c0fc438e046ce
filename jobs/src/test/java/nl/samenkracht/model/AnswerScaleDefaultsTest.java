package nl.samenkracht.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Default agree/disagree boxes for any number of options, and overlap refused. */
class AnswerScaleDefaultsTest {
    private static AnswerScale scaleOf(int k, Double agreeFrom, Double disagreeTo) {
        List<AnswerScale.Option> options = new ArrayList<>();
        for (int i = 1; i <= k; i++) options.add(new AnswerScale.Option("o" + i, i));
        return new AnswerScale("s" + k, null, options, Map.of(), List.of(), agreeFrom, disagreeTo);
    }

    // Hand-worked: box = min(2, floor(k/2)); agree = values >= k - box + 1, disagree = values <= box.
    @ParameterizedTest
    @CsvSource({
            "2, 2, 1",   // Yes/No: top 1 agree, bottom 1 disagree
            "3, 3, 1",   // middle option excluded
            "4, 3, 2",
            "5, 4, 2",   // middle excluded
            "6, 5, 2",
            "7, 6, 2"})
    void defaultsNeverOverlapAndLeaveTheMiddleOut(int k, double agreeFrom, double disagreeTo) {
        AnswerScale s = scaleOf(k, null, null);
        assertEquals(agreeFrom, s.agreeFrom());
        assertEquals(disagreeTo, s.disagreeTo());
        for (AnswerScale.Option o : s.options())
            assertFalse(o.value() >= s.agreeFrom() && o.value() <= s.disagreeTo(), "option " + o.label() + " on both sides");
    }

    @Test
    void aYesNoScaleCountsYesAsAgreeAndNoAsDisagreeOnly() {
        AnswerScale yesno = BuiltInScales.all().get("yesno");
        assertEquals(2.0, yesno.lookup("Yes").value());
        assertEquals(2.0, yesno.agreeFrom());
        assertEquals(1.0, yesno.disagreeTo());
        AnswerScale janee = BuiltInScales.all().get("janee");
        assertEquals(1.0, janee.lookup("nee").value());
        assertEquals(2.0, janee.agreeFrom());
    }

    @Test
    void anOverlappingScaleIsRefusedNamingTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scaleOf(5, 3.0, 3.0));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
        assertTrue(e.getMessage().contains("'o3'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> scaleOf(2, 1.0, null), "agree_from 1 reaches the disagree option");
        assertDoesNotThrow(() -> scaleOf(5, 5.0, 1.0));
    }

    @Test
    void numericScalesAreBuiltInFrom2To11() {
        AnswerScale num6 = BuiltInScales.all().get("num6");
        assertEquals(6, num6.options().size());
        assertEquals(1.0, num6.min());
        assertEquals(6.0, num6.max());
        assertEquals(4.0, num6.lookup("4").value());
        assertEquals(AnswerScale.Kind.UNKNOWN, num6.lookup("7").kind());
        assertEquals(5.0, num6.agreeFrom());
        assertEquals(2.0, num6.disagreeTo());
        assertNotNull(BuiltInScales.all().get("num2"));
        assertNotNull(BuiltInScales.all().get("num11"));
        assertNull(BuiltInScales.all().get("num12"));
    }

    @Test
    void englishAgreementAndFrequencyScalesAreBuiltIn() {
        AnswerScale agree5 = BuiltInScales.all().get("agree5");
        assertEquals(1.0, agree5.lookup("Strongly disagree").value());
        assertEquals(3.0, agree5.lookup("neither agree nor disagree").value());
        assertEquals(5.0, agree5.lookup("Strongly agree").value());
        assertEquals(AnswerScale.Kind.MISSING_LABEL, agree5.lookup("Don't know").kind());
        AnswerScale agree7 = BuiltInScales.all().get("agree7");
        assertEquals(5.0, agree7.lookup("Somewhat agree").value());
        assertEquals(4, BuiltInScales.all().get("agree4").options().size());
        AnswerScale freq = BuiltInScales.all().get("frequency5");
        assertEquals(1.0, freq.lookup("Never").value());
        assertEquals(5.0, freq.lookup("Always").value());
    }
}
