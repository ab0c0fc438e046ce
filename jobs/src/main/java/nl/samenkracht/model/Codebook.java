package nl.samenkracht.model;

import nl.samenkracht.config.InstrumentConfig;
import nl.samenkracht.config.ItemConfig;
import nl.samenkracht.config.ScaleConfig;
import nl.samenkracht.config.StudyConfig;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The items and scales of a study with their answer scales: the codebook sheet and every statistic read it. */
public record Codebook(List<Item> items, List<Scale> scales, Map<String, AnswerScale> answerScales) implements Serializable {

    public record Item(String instrument, String id, String scale, String text, boolean reverse, String answerScale,
                       boolean open, List<String> factors) implements Serializable {}

    public record Scale(String instrument, String id, String label, List<String> itemIds, String answerScale,
                        List<String> factors) implements Serializable {}

    public static Codebook of(StudyConfig config, Map<String, AnswerScale> answerScales) {
        List<Item> items = new ArrayList<>();
        List<Scale> scales = new ArrayList<>();
        for (InstrumentConfig in : config.instruments()) {
            for (ItemConfig it : in.items()) {
                String text = it.text() != null ? it.text() : it.column() != null ? it.column() : it.pattern();
                items.add(new Item(in.id(), it.id(), it.scale(), text, it.reverse(),
                        it.isOpen() ? null : (it.answerScale() != null ? it.answerScale() : in.answerScale()), it.isOpen(), it.factors()));
            }
            for (ScaleConfig s : in.scales()) {
                List<Item> of = items.stream().filter(i -> i.instrument().equals(in.id()) && s.id().equals(i.scale())).toList();
                String as = of.isEmpty() ? in.answerScale() : of.get(0).answerScale();
                scales.add(new Scale(in.id(), s.id(), s.label(), of.stream().map(Item::id).toList(), as, s.factors()));
            }
        }
        return new Codebook(items, scales, answerScales);
    }

    public AnswerScale answerScaleOf(Item item) {
        return item.answerScale() == null ? null : answerScales.get(item.answerScale());
    }

    public AnswerScale answerScaleOf(Scale scale) {
        return answerScales.get(scale.answerScale());
    }

    public Item item(String instrument, String id) {
        return items.stream().filter(i -> i.instrument().equals(instrument) && i.id().equals(id)).findFirst().orElse(null);
    }

    public Scale scale(String instrument, String id) {
        return scales.stream().filter(s -> s.instrument().equals(instrument) && s.id().equals(id)).findFirst().orElse(null);
    }

    public List<Item> likertItems() {
        return items.stream().filter(i -> !i.open()).toList();
    }
}
