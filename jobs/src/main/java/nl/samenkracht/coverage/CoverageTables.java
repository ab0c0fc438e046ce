package nl.samenkracht.coverage;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.time.LocalDate;
import java.util.List;

/** The coverage results as Tablesaw tables, with the column names of the CSV contract. */
final class CoverageTables {
    private CoverageTables() {}

    /** tables/coverage.csv: the contract's eight columns, then factor_label. */
    static Table coverage(List<CoverageRow> rows) {
        StringColumn framework = StringColumn.create("framework"), factor = StringColumn.create("factor"),
                year = StringColumn.create("school_year"), location = StringColumn.create("location"),
                evidence = StringColumn.create("evidence"), status = StringColumn.create("status"),
                label = StringColumn.create("factor_label");
        DoubleColumn value = DoubleColumn.create("value"), target = DoubleColumn.create("target");
        tech.tablesaw.api.BooleanColumn hasRule = tech.tablesaw.api.BooleanColumn.create("has_rule");
        for (CoverageRow r : rows) {
            framework.append(r.framework());
            factor.append(r.factor());
            year.append(r.schoolYear());
            location.append(r.location());
            evidence.append(r.evidence());
            append(value, r.value());
            append(target, r.target());
            status.append(r.status().label());
            label.append(r.factorLabel());
            hasRule.append(r.hasRule());
        }
        return Table.create("coverage").addColumns(framework, factor, year, location, evidence, value, target, status, label, hasRule);
    }

    /** tables/coverage_evidence.csv: one row per rule × factor × school year × location. */
    static Table details(List<EvidenceCheck> checks) {
        StringColumn framework = StringColumn.create("framework"), factor = StringColumn.create("factor"),
                year = StringColumn.create("school_year"), location = StringColumn.create("location"),
                kind = StringColumn.create("kind"), ref = StringColumn.create("ref"), evidence = StringColumn.create("evidence"),
                comparison = StringColumn.create("comparison"), result = StringColumn.create("result"),
                origin = StringColumn.create("rule_source");
        DoubleColumn target = DoubleColumn.create("target"), value = DoubleColumn.create("value");
        IntColumn n = IntColumn.create("n");
        for (EvidenceCheck c : checks) {
            framework.append(c.framework());
            factor.append(c.factor());
            year.append(c.schoolYear());
            location.append(c.location());
            kind.append(c.rule().kind());
            ref.append(c.rule().ref());
            evidence.append(c.rule().displayLabel());
            comparison.append(c.rule().comparison());
            target.append(c.rule().target());
            append(value, c.value());
            if (c.n() == null) n.appendMissing(); else n.append(c.n());
            result.append(c.meetsTarget() == null ? CoverageStatus.GEEN_GEGEVENS.label()
                    : c.meetsTarget() ? CoverageStatus.OP_ORDE.label() : CoverageStatus.AANDACHT.label());
            origin.append(c.fromStudy() ? "onderzoek" : "raamwerk");
        }
        return Table.create("coverage_evidence").addColumns(framework, factor, year, location, kind, ref, evidence,
                comparison, target, value, n, result, origin);
    }

    /** tables/coverage_summary.csv. */
    static Table summary(List<CoverageSummary> summaries) {
        StringColumn framework = StringColumn.create("framework"), year = StringColumn.create("school_year"),
                location = StringColumn.create("location");
        IntColumn factors = IntColumn.create("factors"), withEvidence = IntColumn.create("n_with_evidence"),
                meeting = IntColumn.create("n_meeting_target"), withRule = IntColumn.create("n_with_rule");
        DoubleColumn coverage = DoubleColumn.create("coverage"), achievement = DoubleColumn.create("achievement");
        for (CoverageSummary s : summaries) {
            framework.append(s.framework());
            year.append(s.schoolYear());
            location.append(s.location());
            factors.append(s.factors());
            withRule.append(s.withRule());
            withEvidence.append(s.withEvidence());
            meeting.append(s.meetingTarget());
            coverage.append(s.coverage());
            achievement.append(s.achievement());
        }
        return Table.create("coverage_summary").addColumns(framework, year, location, factors, withRule, withEvidence, meeting,
                coverage, achievement);
    }

    /** tables/kotter.csv. */
    static Table kotter(KotterTimeline timeline) {
        IntColumn phase = IntColumn.create("phase"), activities = IntColumn.create("activities");
        StringColumn label = StringColumn.create("label"), status = StringColumn.create("status"),
                first = StringColumn.create("first_date"), last = StringColumn.create("last_date"),
                reference = StringColumn.create("reference_date");
        for (KotterPhaseProgress p : timeline.phases()) {
            phase.append(p.phase());
            label.append(p.label());
            status.append(p.status().label());
            first.append(iso(p.firstDate()));
            last.append(iso(p.lastDate()));
            activities.append(p.activities());
            reference.append(timeline.reference().toString());
        }
        return Table.create("kotter").addColumns(phase, label, status, first, last, activities, reference);
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static void append(DoubleColumn c, Double v) {
        if (v == null || !Double.isFinite(v)) c.appendMissing(); else c.append(v);
    }
}
