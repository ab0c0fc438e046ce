package nl.samenkracht.indicators;

import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Codebook;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The item distribution table: for each item × school year × wave × location, every option of the
 * answer scale in order — including options nobody chose — with its count and its share of the
 * valid answers, and the number of missing answers.
 */
public final class DistributionTable {
    public static final String[] COLUMNS = {"instrument", "item", "school_year", "wave", "location", "option", "value",
            "count", "share", "n_valid", "n_missing"};

    private DistributionTable() {}

    /** From the count cube: each count to its location and to "Alle locaties", over every group. */
    public static Table build(SurveyCube cube, Codebook codebook) {
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
        Table t = Table.create("item_distributions");
        StringColumn instrument = StringColumn.create("instrument"), item = StringColumn.create("item"),
                sy = StringColumn.create("school_year"), wave = StringColumn.create("wave"),
                loc = StringColumn.create("location"), option = StringColumn.create("option");
        DoubleColumn value = DoubleColumn.create("value"), share = DoubleColumn.create("share");
        IntColumn count = IntColumn.create("count"), valid = IntColumn.create("n_valid"), miss = IntColumn.create("n_missing");
        for (var e : byKey.entrySet()) {
            Key k = e.getKey();
            Codebook.Item ci = codebook.item(k.instrument(), k.item());
            AnswerScale scale = ci == null ? null : codebook.answerScaleOf(ci);
            if (scale == null) continue;
            long nValid = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            long nMissing = missing.getOrDefault(k, 0L);
            for (AnswerScale.Option o : scale.options()) {
                long c = e.getValue().getOrDefault(o.value(), 0L);
                instrument.append(k.instrument());
                item.append(k.item());
                sy.append(k.schoolYear());
                wave.append(k.wave());
                loc.append(k.location());
                option.append(o.label());
                value.append(o.value());
                count.append((int) c);
                if (nValid > 0) share.append((double) c / nValid);
                else share.appendMissing();
                valid.append((int) nValid);
                miss.append((int) nMissing);
            }
        }
        return t.addColumns(instrument, item, sy, wave, loc, option, value, count, share, valid, miss);
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
