package nl.samenkracht.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;
import java.util.Map;

/**
 * A user-defined answer scale: labels in order from low to high with their values.
 *
 * @param label      Dutch name shown in the codebook
 * @param options    label → value, in order (YAML mapping order is kept); a YAML list of labels
 *                   from low to high is accepted too (numbers keep their value, texts get 1..k)
 * @param aliases    extra spellings → the label they mean (e.g. "Zeer eens" → "Helemaal mee eens")
 * @param missing    labels that mean "no answer" (e.g. "Weet ik niet")
 * @param agreeFrom  values at or above count as agree (default: the top min(2, ⌊k/2⌋) options)
 * @param disagreeTo values at or below count as disagree (default: the bottom min(2, ⌊k/2⌋) options)
 */
public record AnswerScaleConfig(String label,
                                @JsonDeserialize(using = ScaleOptionsDeserializer.class) Map<String, Double> options, Map<String, String> aliases,
                                List<String> missing, Double agreeFrom, Double disagreeTo) {
    public AnswerScaleConfig {
        if (aliases == null) aliases = Map.of();
        if (missing == null) missing = List.of();
    }
}
