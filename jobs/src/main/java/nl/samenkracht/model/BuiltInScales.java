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
            "Niet van toepassing", "N.v.t.", "Nvt", "Wil ik niet zeggen");

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
        return m;
    }

    private static AnswerScale scale(String id, String label, List<String> labels, Map<String, String> aliases) {
        List<AnswerScale.Option> options = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) options.add(new AnswerScale.Option(labels.get(i), i + 1));
        return new AnswerScale(id, label, options, aliases, MISSING, null, null);
    }
}
