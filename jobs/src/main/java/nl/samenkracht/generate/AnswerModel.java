package nl.samenkracht.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The planted effects. Each answer is a latent level plus noise, rounded and clipped to 1..5:
 * <pre>
 *   latent(person, scale, year, wave) = mean(scale, group, year, wave) + trait(person, scale) + state
 *   item = clip(round(latent + itemOffset + itemNoise), 1, 5);  reverse-keyed items are written as 6 − item
 * </pre>
 * The trait (sd {@value #TRAIT_SD}) belongs to the person and stays across waves and years, which
 * is what makes paired pre/post tests powerful; state (sd {@value #STATE_SD}) is drawn per
 * submission, item noise (sd {@value #ITEM_SD}) per answer.
 */
final class AnswerModel {
    static final double TRAIT_SD = 0.45;
    static final double STATE_SD = 0.2;
    static final double ITEM_SD = 0.65;
    /** New colleagues score this much lower on duidelijkheid and structuur (until the protocol helps). */
    static final double NEW_GAP = -0.8;
    /** Rise from voormeting to nameting 2024-2025 (new protocol) on duidelijkheid and structuur. */
    static final double GAIN_NEW = 1.0;
    static final double GAIN_EXPERIENCED = 0.3;
    static final String PROTOCOL_YEAR = StaffRoster.SECOND_YEAR;

    private static final Map<String, Double> BASE = Map.of(
            "continuiteit", 3.6, "duidelijkheid", 3.7, "structuur", 3.5, "ondersteuning", 3.9);
    /** Some items are a little easier or harder to agree with than their scale. */
    private static final Map<String, Double> ITEM_OFFSET = Map.ofEntries(
            Map.entry("con1", -0.2), Map.entry("con2", 0.1), Map.entry("con3", 0.3), Map.entry("con4", -0.2),
            Map.entry("dui1", 0.1), Map.entry("dui2", 0.2), Map.entry("dui3", 0.0), Map.entry("dui4", -0.3),
            Map.entry("str1", -0.1), Map.entry("str2", 0.1), Map.entry("str3", -0.2), Map.entry("str4", 0.2),
            Map.entry("ond1", 0.2), Map.entry("ond2", -0.3), Map.entry("ond3", -0.2), Map.entry("ond4", 0.3));

    private final Random random;
    private final Map<Integer, double[]> traits = new HashMap<>();

    AnswerModel(Random random) {
        this.random = random;
    }

    /** The population mean of a scale for a group at a measurement. */
    static double mean(String scale, StaffGroup group, String schoolYear, Wave wave) {
        double m = BASE.get(scale);
        boolean planted = scale.equals("duidelijkheid") || scale.equals("structuur");
        if (!planted) return m;
        if (group == StaffGroup.NIEUW) m += NEW_GAP;
        if (schoolYear.equals(PROTOCOL_YEAR) && wave == Wave.NAMETING)
            m += group == StaffGroup.NIEUW ? GAIN_NEW : GAIN_EXPERIENCED;
        return m;
    }

    /** Answers 1..5 to the 16 items in questionnaire order, as written (reverse-keyed items already reversed). */
    List<Integer> answers(Employment e, Wave wave) {
        double[] trait = traits.computeIfAbsent(e.person().id(), id -> {
            double[] t = new double[SampleQuestions.SCALES.size()];
            for (int i = 0; i < t.length; i++) t[i] = TRAIT_SD * random.nextGaussian();
            return t;
        });
        double[] latent = new double[trait.length];
        for (int s = 0; s < latent.length; s++) {
            String scale = SampleQuestions.SCALES.get(s);
            latent[s] = mean(scale, e.group(), e.schoolYear(), wave) + trait[s] + STATE_SD * random.nextGaussian();
        }
        List<Integer> out = new ArrayList<>();
        for (SampleQuestions.Item item : SampleQuestions.ITEMS) {
            double x = latent[SampleQuestions.SCALES.indexOf(item.scale())] + ITEM_OFFSET.get(item.id()) + ITEM_SD * random.nextGaussian();
            int v = (int) Math.max(1, Math.min(5, Math.round(x)));
            out.add(item.reverse() ? 6 - v : v);
        }
        return out;
    }
}
