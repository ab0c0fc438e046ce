package nl.samenkracht.indicators.contacts;

import org.apache.spark.sql.Row;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Labels of grouping-sets rows (location, class, or their totals "Alle locaties" / "Alle
 * klassen") and the clean-up of counterparts without a class: where a location has no classes at
 * all (new colleagues, partners) its class row would only repeat the "Alle klassen" row and is
 * dropped; where some counterparts have a class and others not, the latter are "(geen klas)".
 */
final class GroupLabels {
    private GroupLabels() {}

    /** Which (year, kind, location, extra) groups have at least one real class. */
    static Set<String> withClasses(List<Row> rows, Function<Row, String> extra) {
        Set<String> out = new HashSet<>();
        for (Row r : rows) {
            if (r.<Number>getAs("g_loc").intValue() == 0 && r.<Number>getAs("g_class").intValue() == 0 && r.getAs("class") != null)
                out.add(key(r, extra));
        }
        return out;
    }

    static String key(Row r, Function<Row, String> extra) {
        return r.getAs("school_year") + "|" + r.getAs("kind") + "|" + r.getAs("location") + "|" + extra.apply(r);
    }

    static String location(Row r) {
        return r.<Number>getAs("g_loc").intValue() == 1 ? ContactIndicators.ALL_LOCATIONS : r.getAs("location");
    }

    /** The class label, or null when the row is to be dropped. */
    static String clazz(Row r, Set<String> withClasses, Function<Row, String> extra) {
        if (r.<Number>getAs("g_class").intValue() == 1) return ContactIndicators.ALL_CLASSES;
        String c = r.getAs("class");
        if (c != null) return c;
        return withClasses.contains(key(r, extra)) ? ContactIndicators.NO_CLASS : null;
    }

    private static final List<String> KIND_ORDER = List.of("ouder", "nieuwe_collega", "partner");

    /** School year, kind, location (total last), class (total last); the rest keeps its order. */
    static final Comparator<Object[]> ORDER = Comparator
            .<Object[], String>comparing(v -> (String) v[0])
            .thenComparing(v -> KIND_ORDER.indexOf((String) v[1]))
            .thenComparing(v -> (String) v[2], GroupLabels::totalLast)
            .thenComparing(v -> (String) v[3], GroupLabels::totalLast);

    private static int totalLast(String a, String b) {
        boolean ta = ContactIndicators.ALL_LOCATIONS.equals(a) || ContactIndicators.ALL_CLASSES.equals(a);
        boolean tb = ContactIndicators.ALL_LOCATIONS.equals(b) || ContactIndicators.ALL_CLASSES.equals(b);
        if (ta != tb) return ta ? 1 : -1;
        return a.compareTo(b);
    }
}
