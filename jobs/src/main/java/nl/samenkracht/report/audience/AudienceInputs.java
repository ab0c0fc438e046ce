package nl.samenkracht.report.audience;

import nl.samenkracht.indicators.IndicatorValue;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the coverage tables of a run into what the audience reports read: one cell per framework ×
 * factor × school year × location with the smallest n behind its evidence (so suppression can hide
 * a status that rests on a few people), and the achievement share per framework as a key figure.
 */
public final class AudienceInputs {
    private AudienceInputs() {}

    public static List<CoverageCellInput> coverageCells(Table coverage, Table evidence) {
        Map<List<String>, Long> smallest = smallestN(evidence, "factor");
        List<CoverageCellInput> out = new ArrayList<>();
        for (int i = 0; i < coverage.rowCount(); i++) {
            String fw = coverage.stringColumn("framework").get(i), factor = coverage.stringColumn("factor").get(i);
            String year = coverage.stringColumn("school_year").get(i), loc = coverage.stringColumn("location").get(i);
            out.add(new CoverageCellInput(fw, factor, coverage.stringColumn("factor_label").get(i), year, loc,
                    coverage.stringColumn("status").get(i), number(coverage, "value", i), number(coverage, "target", i),
                    smallest.get(List.of(fw, factor, year, loc)),
                    !coverage.columnNames().contains("has_rule") || coverage.booleanColumn("has_rule").get(i)));
        }
        return out;
    }

    /** Achievement (share of a framework's factors on target) per school year × location, n = smallest group behind it. */
    public static List<IndicatorValue> achievement(Table summary, Table evidence) {
        Map<List<String>, Long> smallest = smallestN(evidence, null);
        List<IndicatorValue> out = new ArrayList<>();
        for (int i = 0; i < summary.rowCount(); i++) {
            String fw = summary.stringColumn("framework").get(i), year = summary.stringColumn("school_year").get(i),
                    loc = summary.stringColumn("location").get(i);
            Long n = smallest.get(List.of(fw, "", year, loc));
            if (n == null) continue; // no evidence at all: nothing to show
            out.add(new IndicatorValue("dekking", fw + "/achievement", "Succesfactoren op orde (" + fw + ")", year, loc,
                    number(summary, "achievement", i), n, IndicatorValue.SHARE, null, true,
                    nl.samenkracht.indicators.Descriptives.ALL_GROUPS, null, false)); // a share of factors, not of people: not tested
        }
        return out;
    }

    private static Map<List<String>, Long> smallestN(Table evidence, String factorColumn) {
        Map<List<String>, Long> smallest = new HashMap<>();
        if (evidence == null) return smallest;
        for (int i = 0; i < evidence.rowCount(); i++) {
            Double n = number(evidence, "n", i);
            if (n == null) continue;
            // The Kotter log is about the school's activities, not about people: nothing to suppress.
            if (evidence.columnNames().contains("kind") && "kotter_phase".equals(evidence.stringColumn("kind").get(i))) continue;
            String factor = factorColumn == null ? "" : evidence.stringColumn(factorColumn).get(i);
            smallest.merge(List.of(evidence.stringColumn("framework").get(i), factor, evidence.stringColumn("school_year").get(i),
                    evidence.stringColumn("location").get(i)), n.longValue(), Math::min);
        }
        return smallest;
    }

    private static Double number(Table t, String column, int row) {
        if (!t.columnNames().contains(column) || t.column(column).isMissing(row)) return null;
        Object v = t.column(column).get(row);
        return v instanceof Number num ? num.doubleValue() : null;
    }
}
