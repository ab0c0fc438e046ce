package nl.samenkracht.report.tables;

import nl.samenkracht.coverage.CoverageResults;
import nl.samenkracht.coverage.CoverageRow;
import nl.samenkracht.coverage.CoverageStatus;
import nl.samenkracht.coverage.CoverageSummary;
import nl.samenkracht.coverage.EvidenceCheck;
import nl.samenkracht.coverage.KotterPhaseProgress;
import nl.samenkracht.coverage.KotterTimeline;
import nl.samenkracht.report.model.ReportTable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The coverage results as report tables, with the column names of the CSV contract and Dutch sheet titles and notes. */
public final class CoverageTables {
    public static final String SHEET_COVERAGE = "Succesfactoren";
    public static final String SHEET_DETAILS = "Succesfactoren bewijs";
    public static final String SHEET_SUMMARY = "Dekking";
    public static final String SHEET_KOTTER = "Kotter";

    private CoverageTables() {}

    /** The report tables (the Kotter table only when a log was given). */
    public static List<ReportTable> reportTables(CoverageResults results) {
        List<ReportTable> out = new ArrayList<>();
        out.add(new ReportTable("coverage", SHEET_COVERAGE, "Per succesfactor, schooljaar en locatie: op orde (al het"
                + " beschikbare bewijs haalt het doel), aandacht (ten minste één bron haalt het doel niet) of geen gegevens."
                + " Bewijs, waarde en doel: de bron die de status bepaalt (bij aandacht de eerste die het doel mist).", coverage(results)));
        out.add(new ReportTable("coverage_evidence", SHEET_DETAILS, "Elke bewijsregel per factor, schooljaar en locatie,"
                + " met waarde, n en uitkomst. Vragenlijst: aandeel (helemaal) eens; interview: aandeel geïnterviewden dat de"
                + " code noemt; contact: een aandeel.", details(results)));
        out.add(new ReportTable("coverage_summary", SHEET_SUMMARY, "Dekking = aandeel factoren met bewijs; realisatie ="
                + " aandeel van alle factoren dat op orde is.", summary(results)));
        if (results.kotter() != null)
            out.add(new ReportTable("kotter", SHEET_KOTTER, "Fasen van Kotter op de peildatum: gedaan (een latere fase is"
                    + " begonnen), bezig (de hoogste begonnen fase) of nog niet gestart.", kotter(results.kotter())));
        return out;
    }

    /** tables/coverage.csv. */
    public static Table coverage(CoverageResults results) {
        return coverage(results.rows());
    }

    /** tables/coverage_evidence.csv. */
    public static Table details(CoverageResults results) {
        return details(results.checks());
    }

    /** tables/coverage_summary.csv. */
    public static Table summary(CoverageResults results) {
        return summary(results.summaries());
    }

    /** tables/kotter.csv, or null without a Kotter log. */
    public static Table kotter(CoverageResults results) {
        return results.kotter() == null ? null : kotter(results.kotter());
    }

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
            label.append(nl.samenkracht.report.methods.KotterText.phase(p.phase()));
            status.append(nl.samenkracht.report.methods.KotterText.status(p.status()));
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
