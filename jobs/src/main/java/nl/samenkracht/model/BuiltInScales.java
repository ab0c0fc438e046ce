package nl.samenkracht.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Dutch answer scales schools use most, built in so a study.yaml can just name them.
 * Aliases cover the spellings seen in Microsoft Forms and Google Forms templates.
 */
public final class BuiltInScales {
    /** Labels that mean "no answer" on every built-in scale. */
    public static final List<String> MISSING = List.of("Weet ik niet", "Weet niet", "Geen mening",
            "Niet van toepassing", "N.v.t.", "Nvt", "Wil ik niet zeggen",
            // English exports (Google Forms, Qualtrics, MS Forms in English)
            "Don't know", "Do not know", "No opinion", "Not applicable", "N/A", "Prefer not to say");

    /** The numeric scales num2 … num11: options "1" … "k" with value = the number. */
    public static final int NUMERIC_MAX = 11;

    private BuiltInScales() {}

    public static Map<String, AnswerScale> all() {
        Map<String, AnswerScale> m = new LinkedHashMap<>();
        m.put("eens4", scale("eens4", "Eens/oneens, 4 punten",
                List.of("Helemaal oneens", "Oneens", "Eens", "Helemaal eens"),
                Map.of("Helemaal mee oneens", "Helemaal oneens", "Mee oneens", "Oneens", "Mee eens", "Eens",
                        "Helemaal mee eens", "Helemaal eens", "Zeer oneens", "Helemaal oneens", "Zeer eens", "Helemaal eens")));
        m.put("eens5", scale("eens5", "Eens/oneens, 5 punten",
                List.of("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"),
                Map.of("Helemaal oneens", "Helemaal mee oneens", "Oneens", "Mee oneens",
                        "Niet eens, niet oneens", "Neutraal", "Niet mee eens, niet mee oneens", "Neutraal",
                        "Eens", "Mee eens", "Helemaal eens", "Helemaal mee eens",
                        "Zeer oneens", "Helemaal mee oneens", "Zeer eens", "Helemaal mee eens")));
        m.put("eens7", scale("eens7", "Eens/oneens, 7 punten",
                List.of("Helemaal mee oneens", "Mee oneens", "Enigszins mee oneens", "Neutraal",
                        "Enigszins mee eens", "Mee eens", "Helemaal mee eens"),
                Map.of("Helemaal oneens", "Helemaal mee oneens", "Oneens", "Mee oneens",
                        "Een beetje oneens", "Enigszins mee oneens", "Niet eens, niet oneens", "Neutraal",
                        "Een beetje eens", "Enigszins mee eens", "Eens", "Mee eens", "Helemaal eens", "Helemaal mee eens")));
        m.put("frequentie5", scale("frequentie5", "Frequentie, 5 punten",
                List.of("Nooit", "Zelden", "Soms", "Vaak", "Altijd"),
                Map.of("Bijna nooit", "Zelden", "Meestal", "Vaak", "Bijna altijd", "Vaak")));
        m.put("janee", scale("janee", "Ja/nee", List.of("Nee", "Ja"), Map.of()));
        // English agreement and frequency scales (Google Forms, Qualtrics and MS Forms defaults).
        m.put("agree4", scale("agree4", "Agreement, 4 points",
                List.of("Strongly disagree", "Disagree", "Agree", "Strongly agree"), Map.of()));
        m.put("agree5", scale("agree5", "Agreement, 5 points",
                List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"),
                Map.of("Neutral", "Neither agree nor disagree", "Neither disagree nor agree", "Neither agree nor disagree",
                        "Somewhat disagree", "Disagree", "Somewhat agree", "Agree")));
        m.put("agree7", scale("agree7", "Agreement, 7 points",
                List.of("Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree",
                        "Somewhat agree", "Agree", "Strongly agree"),
                Map.of("Neutral", "Neither agree nor disagree", "Slightly disagree", "Somewhat disagree",
                        "Slightly agree", "Somewhat agree")));
        m.put("frequency5", scale("frequency5", "Frequency, 5 points",
                List.of("Never", "Rarely", "Sometimes", "Often", "Always"),
                Map.of("Seldom", "Rarely", "Very often", "Often", "Usually", "Often", "Most of the time", "Often")));
        m.put("yesno", scale("yesno", "Yes/no", List.of("No", "Yes"), Map.of()));
        for (int k = 2; k <= NUMERIC_MAX; k++) m.put("num" + k, numeric(k));
        return m;
    }

    /** A numeric 1..k scale: the labels are the numbers themselves. */
    public static AnswerScale numeric(int k) {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= k; i++) labels.add(String.valueOf(i));
        return scale("num" + k, "Numeriek 1-" + k, labels, Map.of());
    }

    private static AnswerScale scale(String id, String label, List<String> labels, Map<String, String> aliases) {
        List<AnswerScale.Option> options = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) options.add(new AnswerScale.Option(labels.get(i), i + 1));
        return new AnswerScale(id, label, options, aliases, MISSING, null, null);
    }
}
