package nl.samenkracht.comparison;

import nl.samenkracht.indicators.IndicatorValue;
import nl.samenkracht.indicators.contacts.ContactResults;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact key figures for directie and bestuur, per counterpart kind (ouders, nieuwe collega's,
 * partners), taken from the contact tables with their counts (reached of n), per school year and
 * location including "Alle locaties" (class "Alle klassen"). Every label names whose contact it
 * counts. Ids: {@code contact/<kind>/<indicator>[/<contact type>]}. Shares of contacts (not of
 * people) are marked not independent and are shown but not tested.
 */
public final class ContactKeyFigures {
    static final String ALL_CLASSES = "Alle klassen";
    /** Tone-table indicators and whether their n counts people (true) or contacts (false). */
    private static final List<Object[]> TONE = List.of(
            new Object[]{"share_first_positive", "met een positief eerste contact", true},
            new Object[]{"share_positive", "positieve contacten", false},
            new Object[]{"share_initiated_by_other", "contacten op initiatief van de ander", false},
            new Object[]{"share_child_present", "contacten met het kind erbij", false});

    private ContactKeyFigures() {}

    /** Dutch plural of a counterpart kind, as the reports name it. */
    public static String kindLabel(String kind) {
        return switch (kind) {
            case "ouder" -> "ouders";
            case "nieuwe_collega" -> "nieuwe collega's";
            case "partner" -> "partners";
            default -> kind.replace('_', ' ');
        };
    }

    /**
     * @param reach        the reach rows
     * @param tone         the tone rows
     * @param regularity   the regularity rows
     * @param intervention contact types whose reach is the study's intervention (listed first)
     */
    public static List<IndicatorValue> from(List<ContactResults.Reach> reach, List<ContactResults.Tone> tone,
                                            List<ContactResults.Regularity> regularity, Set<String> intervention) {
        List<IndicatorValue> lead = new ArrayList<>(), rest = new ArrayList<>();
        if (reach != null) for (ContactResults.Reach r : reach) {
            if (!ALL_CLASSES.equals(r.group().clazz())) continue;
            String kind = r.group().kind(), indicator = r.indicator();
            String type = r.contactType(), window = r.window();
            String label;
            String id;
            switch (indicator) {
                case "reach_before_deadline" -> {
                    label = "bereik " + type + " " + windowText(window);
                    id = "contact/" + kind + "/" + indicator + "/" + type;
                }
                case "reach_first_weeks" -> {
                    label = "bereik " + windowText(window);
                    id = "contact/" + kind + "/" + indicator;
                }
                case "reach_huisbezoek" -> {
                    label = "bereik huisbezoek";
                    id = "contact/" + kind + "/" + indicator;
                }
                default -> {
                    continue;
                }
            }
            int n = r.n();
            if (n <= 0) continue;
            int reached = r.reached();
            IndicatorValue v = value(r.group(), id, label + " (" + kindLabel(kind) + ")", (double) reached / n, n, reached, true);
            (intervention.contains(type) && !"any".equals(type) ? lead : rest).add(v);
        }
        if (regularity != null) for (ContactResults.Regularity r : regularity) {
            if (!ALL_CLASSES.equals(r.group().clazz())) continue;
            int n = r.n();
            if (n <= 0) continue;
            int every = r.everyPeriod();
            String kind = r.group().kind();
            rest.add(value(r.group(), "contact/" + kind + "/every_period", "bereikt in elke periode (" + kindLabel(kind) + ")",
                    (double) every / n, n, every, true));
        }
        if (tone != null) for (ContactResults.Tone t : tone) {
            if (!ALL_CLASSES.equals(t.group().clazz())) continue;
            String indicator = t.indicator();
            Object[] def = TONE.stream().filter(d -> d[0].equals(indicator)).findFirst().orElse(null);
            if (def == null) continue;
            int n = t.n();
            if (n <= 0) continue;
            int count = t.count();
            String kind = t.group().kind();
            boolean people = (Boolean) def[2];
            String label = (people ? "aandeel " + kindLabel(kind) + " " : "aandeel ") + def[1] + (people ? "" : " (" + kindLabel(kind) + ")");
            rest.add(value(t.group(), "contact/" + kind + "/" + indicator, label, (double) count / n, n, count, people));
        }
        List<IndicatorValue> out = new ArrayList<>(lead);
        out.addAll(rest);
        return out;
    }

    private static IndicatorValue value(ContactResults.Group g, String id, String label, double share, int n, int count,
                                        boolean independent) {
        return new IndicatorValue("contacten", id, label, g.schoolYear(), g.location(),
                share, n, IndicatorValue.SHARE, null, true, nl.samenkracht.indicators.Descriptives.ALL_GROUPS, (long) count, independent);
    }

    private static final Pattern BEFORE_DATE = Pattern.compile("<(\\d{2})-(\\d{2})");
    private static final Pattern AFTER_START = Pattern.compile("start\\+(\\d+)d");
    private static final Pattern WEEKS = Pattern.compile("(\\d+)w");

    /** The deadline or window in Dutch: "vóór 1 oktober", "binnen 7 dagen na de startdatum", "in de eerste 6 weken". */
    public static String windowText(String window) {
        if (window == null) return "";
        Matcher m = BEFORE_DATE.matcher(window);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1)), day = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12)
                return "vóór " + day + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl"));
        }
        m = AFTER_START.matcher(window);
        if (m.matches()) return "binnen " + m.group(1) + " dagen na de startdatum";
        m = WEEKS.matcher(window);
        if (m.matches()) return "in de eerste " + m.group(1) + " weken";
        if ("year".equals(window)) return "in het schooljaar";
        return window;
    }
}
