package nl.samenkracht.comparison;

import nl.samenkracht.indicators.IndicatorValue;
import tech.tablesaw.api.Table;

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
     * @param reach        contacts_reach
     * @param tone         contacts_tone
     * @param regularity   contacts_regularity
     * @param intervention contact types whose reach is the study's intervention (listed first)
     */
    public static List<IndicatorValue> from(Table reach, Table tone, Table regularity, Set<String> intervention) {
        List<IndicatorValue> lead = new ArrayList<>(), rest = new ArrayList<>();
        if (reach != null) for (int i = 0; i < reach.rowCount(); i++) {
            if (!ALL_CLASSES.equals(reach.stringColumn("class").get(i))) continue;
            String kind = reach.stringColumn("kind").get(i), indicator = reach.stringColumn("indicator").get(i);
            String type = reach.stringColumn("contact_type").get(i), window = reach.stringColumn("window").get(i);
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
            int n = reach.intColumn("n").get(i);
            if (n <= 0) continue;
            int reached = reach.intColumn("reached").get(i);
            IndicatorValue v = value(reach, i, id, label + " (" + kindLabel(kind) + ")", (double) reached / n, n, reached, true);
            (intervention.contains(type) && !"any".equals(type) ? lead : rest).add(v);
        }
        if (regularity != null) for (int i = 0; i < regularity.rowCount(); i++) {
            if (!ALL_CLASSES.equals(regularity.stringColumn("class").get(i))) continue;
            int n = regularity.intColumn("n").get(i);
            if (n <= 0) continue;
            int every = regularity.intColumn("every_period").get(i);
            String kind = regularity.stringColumn("kind").get(i);
            rest.add(value(regularity, i, "contact/" + kind + "/every_period", "bereikt in elke periode (" + kindLabel(kind) + ")",
                    (double) every / n, n, every, true));
        }
        if (tone != null) for (int i = 0; i < tone.rowCount(); i++) {
            if (!ALL_CLASSES.equals(tone.stringColumn("class").get(i))) continue;
            String indicator = tone.stringColumn("indicator").get(i);
            Object[] def = TONE.stream().filter(d -> d[0].equals(indicator)).findFirst().orElse(null);
            if (def == null) continue;
            int n = tone.intColumn("n").get(i);
            if (n <= 0) continue;
            int count = tone.intColumn("count").get(i);
            String kind = tone.stringColumn("kind").get(i);
            boolean people = (Boolean) def[2];
            String label = (people ? "aandeel " + kindLabel(kind) + " " : "aandeel ") + def[1] + (people ? "" : " (" + kindLabel(kind) + ")");
            rest.add(value(tone, i, "contact/" + kind + "/" + indicator, label, (double) count / n, n, count, people));
        }
        List<IndicatorValue> out = new ArrayList<>(lead);
        out.addAll(rest);
        return out;
    }

    private static IndicatorValue value(Table t, int i, String id, String label, double share, int n, int count, boolean independent) {
        return new IndicatorValue("contacten", id, label, t.stringColumn("school_year").get(i), t.stringColumn("location").get(i),
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
