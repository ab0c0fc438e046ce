package nl.samenkracht.comparison;

import nl.samenkracht.indicators.Descriptives;
import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.indicators.contacts.ContactResults;

import java.util.ArrayList;
import java.util.List;

/**
 * Contact reach per class, where the roster has classes (parents: startgesprek before its deadline, the
 * first weeks, home visits), as key figures whose "location" is the class and whose total is the
 * location: one family per location × indicator × school year, so the same suppression (a small class is
 * "&lt; 5", the next smallest "x" while the location total is shown) and the same test (a class against the
 * rest of its location, Holm over the classes of that location) apply one level down. Ids:
 * {@code <contact id>|<location>}.
 */
public final class ClassFigures {
    /** Separates the contact id from the location in a class-level id. */
    public static final String SEPARATOR = "|";
    static final String NO_CLASS = "(geen klas)";

    private ClassFigures() {}

    public static List<IndicatorValue> from(List<ContactResults.Reach> reach, String year) {
        List<IndicatorValue> out = new ArrayList<>();
        if (reach == null) return out;
        for (ContactResults.Reach r : reach) {
            if (!year.equals(r.group().schoolYear())) continue;
            String location = r.group().location();
            if (Descriptives.ALL_LOCATIONS.equals(location)) continue;
            String cls = r.group().clazz();
            String kind = r.group().kind(), indicator = r.indicator();
            String type = r.contactType(), window = r.window();
            String id, label;
            switch (indicator) {
                case "reach_before_deadline" -> {
                    id = "contact/" + kind + "/" + indicator + "/" + type;
                    label = "bereik " + type + " " + ContactKeyFigures.windowText(window);
                }
                case "reach_first_weeks" -> {
                    id = "contact/" + kind + "/" + indicator;
                    label = "bereik " + ContactKeyFigures.windowText(window);
                }
                case "reach_huisbezoek" -> {
                    id = "contact/" + kind + "/" + indicator;
                    label = "bereik huisbezoek";
                }
                default -> {
                    continue;
                }
            }
            int n = r.n(), reached = r.reached();
            if (n <= 0) continue;
            boolean total = ContactKeyFigures.ALL_CLASSES.equals(cls);
            out.add(new IndicatorValue("contacten", id + SEPARATOR + location, label + " (" + ContactKeyFigures.kindLabel(kind) + ")",
                    year, total ? Descriptives.ALL_LOCATIONS : cls, (double) reached / n, n, IndicatorValue.SHARE, null, true,
                    Descriptives.ALL_GROUPS, (long) reached, true));
        }
        // Only locations that have real classes: a location whose only row is its total has nothing to show per class.
        List<String> withClasses = out.stream().filter(v -> !Descriptives.ALL_LOCATIONS.equals(v.location())).map(IndicatorValue::id)
                .distinct().toList();
        return out.stream().filter(v -> withClasses.contains(v.id())).toList();
    }

    /** The location of a class-level id ("contact/ouder/reach_huisbezoek|Akker" → "Akker"). */
    public static String location(String id) {
        int i = id.lastIndexOf(SEPARATOR);
        return i < 0 ? null : id.substring(i + 1);
    }
}
