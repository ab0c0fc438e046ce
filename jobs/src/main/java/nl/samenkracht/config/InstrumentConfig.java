package nl.samenkracht.config;

import java.util.List;

/** A questionnaire, the same across its waves and files: its scales and items. */
public record InstrumentConfig(String id, String label, String answerScale, Double minAnsweredShare,
                               List<ScaleConfig> scales, List<ItemConfig> items) {
    public InstrumentConfig {
        if (scales == null) scales = List.of();
        if (items == null) items = List.of();
        if (label == null) label = id;
    }
}
