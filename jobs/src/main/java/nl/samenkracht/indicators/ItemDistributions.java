package nl.samenkracht.indicators;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The item distributions: for each item × school year × wave × location, every option of the
 * answer scale in order — including options nobody chose — with its count and its share of the
 * valid answers, and the number of missing answers.
 */
public final class ItemDistributions {
    private ItemDistributions() {}

    /** From the count cube: each count to its location and to "Alle locaties", over every group. */
    public static List<OptionCount> build(SurveyCube cube, Codebook codebook) {
        record Key(String instrument, String item, String schoolYear, String wave, String location) {}
        Map<Key, Map<Double, Long>> byKey = new TreeMap<>(Comparator.comparing(Key::instrument).thenComparing(Key::item,
                        Comparator.comparingInt(i -> itemOrder(codebook, i)))
                .thenComparing(Key::schoolYear).thenComparing(Key::wave).thenComparing(k -> locationOrder(k.location())));
        Map<Key, Long> missing = new HashMap<>();
        for (SurveyCube.ItemCount c : cube.items()) {
            for (String location : new String[]{c.location(), Descriptives.ALL_LOCATIONS}) {
                Key k = new Key(c.instrument(), c.item(), c.schoolYear(), c.wave(), location);
                if (c.value() == null) missing.merge(k, c.n(), Long::sum);
                else byKey.computeIfAbsent(k, x -> new HashMap<>()).merge(c.value(), c.n(), Long::sum);
                byKey.computeIfAbsent(k, x -> new HashMap<>());
            }
        }
        List<OptionCount> out = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            Key k = e.getKey();
            Codebook.Item ci = codebook.item(k.instrument(), k.item());
            AnswerScale scale = ci == null ? null : codebook.answerScaleOf(ci);
            if (scale == null) continue;
            long nValid = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            long nMissing = missing.getOrDefault(k, 0L);
            for (AnswerScale.Option o : scale.options()) {
                long c = e.getValue().getOrDefault(o.value(), 0L);
                out.add(new OptionCount(k.instrument(), k.item(), k.schoolYear(), k.wave(), k.location(), o.label(), o.value(),
                        (int) c, nValid > 0 ? (double) c / nValid : Double.NaN, (int) nValid, (int) nMissing));
            }
        }
        return out;
    }

    static int itemOrder(Codebook codebook, String item) {
        List<Codebook.Item> items = codebook.items();
        for (int i = 0; i < items.size(); i++) if (items.get(i).id().equals(item)) return i;
        return Integer.MAX_VALUE;
    }

    /** "Alle locaties" first, then the locations alphabetically. */
    static String locationOrder(String location) {
        return Descriptives.ALL_LOCATIONS.equals(location) ? "" : location;
    }
}
