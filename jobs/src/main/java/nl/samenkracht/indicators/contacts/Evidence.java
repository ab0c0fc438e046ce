package nl.samenkracht.indicators.contacts;

import nl.samenkracht.ingest.contacts.ContactVocabulary;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Evidence values for success-factor coverage (kind "contact_indicator"), per school year and
 * location including "Alle locaties", taken from the parent-contact rows of the tables (kind
 * ouder, class "Alle klassen"): the refs are about parental involvement (RUG success factors,
 * Kompas Steun, Samen zijn wij school). A share without n is NaN.
 */
final class Evidence {
    static final String KIND = "contact_indicator";

    private Evidence() {}

    static List<Row> from(Table reach, Table tone, Table regularity) {
        List<Row> out = new ArrayList<>();
        add(out, reach, "reach_before_deadline", "startgesprek", "contact:reach_startgesprek");
        add(out, reach, "reach_first_weeks", null, "contact:reach_first_weeks");
        add(out, reach, "reach_huisbezoek", null, "contact:reach_huisbezoek");
        add(out, tone, "share_positive", null, "contact:share_positive");
        add(out, tone, "share_first_positive", null, "contact:share_first_positive");
        add(out, tone, "share_initiated_by_other", null, "contact:share_initiated_by_other");
        add(out, tone, "share_child_present", null, "contact:share_child_present");
        for (int i = 0; i < regularity.rowCount(); i++) {
            if (!parentTotal(regularity, i)) continue;
            out.add(row("contact:share_reached_every_period", regularity, i, "share_every_period", "n"));
        }
        return out;
    }

    private static void add(List<Row> out, Table t, String indicator, String type, String ref) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (!parentTotal(t, i) || !indicator.equals(t.stringColumn("indicator").get(i))) continue;
            if (type != null && !type.equals(t.stringColumn("contact_type").get(i))) continue;
            out.add(row(ref, t, i, "share", "n"));
        }
    }

    private static boolean parentTotal(Table t, int i) {
        return ContactVocabulary.KIND_PARENT.equals(t.stringColumn("kind").get(i))
                && ContactIndicators.ALL_CLASSES.equals(t.stringColumn("class").get(i));
    }

    private static Row row(String ref, Table t, int i, String valueColumn, String nColumn) {
        double value = t.doubleColumn(valueColumn).isMissing(i) ? Double.NaN : t.doubleColumn(valueColumn).get(i);
        int n = t.intColumn(nColumn).get(i);
        return RowFactory.create(KIND, ref, t.stringColumn("school_year").get(i), t.stringColumn("location").get(i), value, n);
    }
}
