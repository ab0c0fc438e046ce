package nl.samenkracht.config;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.BuiltInScales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer scales a study can use: the built-in ones plus its own (which may replace a built-in). */
public final class AnswerScales {
    private AnswerScales() {}

    public static Map<String, AnswerScale> of(StudyConfig config) {
        Map<String, AnswerScale> all = new LinkedHashMap<>(BuiltInScales.all());
        config.answerScales().forEach((id, c) -> {
            if (c.options() == null || c.options().size() < 2)
                throw new ConfigException("answer_scales." + id + ": needs at least two options (label: value)");
            List<AnswerScale.Option> options = new ArrayList<>();
            c.options().forEach((label, value) -> {
                if (value == null) throw new ConfigException("answer_scales." + id + ": option '" + label + "' has no value");
                options.add(new AnswerScale.Option(label, value));
            });
            try {
                all.put(id, new AnswerScale(id, c.label(), options, c.aliases(), c.missing(), c.agreeFrom(), c.disagreeTo()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("answer_scales." + id + ": " + e.getMessage());
            }
        });
        return all;
    }
}
