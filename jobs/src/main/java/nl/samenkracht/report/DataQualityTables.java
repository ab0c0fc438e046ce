package nl.samenkracht.report;

import nl.samenkracht.canonical.RejectReason;
import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.report.model.ReportTable;
import nl.samenkracht.ingest.survey.SurveyCompletion;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Row accounting per file, and rejects per reason: the data-quality sheet and tables/data_quality.csv. */
public final class DataQualityTables {
    private DataQualityTables() {}

    public static ReportTable accounting(List<RowAccount> accounts) {
        StringColumn source = StringColumn.create("source"), file = StringColumn.create("file");
        IntColumn read = IntColumn.create("read"), accepted = IntColumn.create("accepted"),
                rejected = IntColumn.create("rejected"), cells = IntColumn.create("cell_issues"), skipped = IntColumn.create("skipped"),
                incomplete = IntColumn.create("incomplete");
        for (RowAccount a : accounts) {
            source.append(a.source());
            file.append(a.file());
            read.append((int) a.read());
            accepted.append((int) a.accepted());
            rejected.append((int) a.rejected());
            cells.append((int) a.cellIssues());
            skipped.append((int) a.skipped());
            incomplete.append((int) a.incomplete());
        }
        return new ReportTable("data_quality", "Datakwaliteit",
                "Per bestand: gelezen = geaccepteerd + afgewezen + onvolledig. Onvolledig: een vragenlijst die niet is afgemaakt"
                        + " of waarin niets is ingevuld; telt niet als afgewezen en wordt niet geanalyseerd (zie Respons en voltooiing). Celproblemen: een onleesbare cel telt als ontbrekend; de rij telt mee."
                        + " Overgeslagen: rijen zonder gegevens (lege rijen, een herhaalde kopregel), niet meegeteld bij gelezen.",
                Table.create("data_quality").addColumns(source, file, read, accepted, rejected, incomplete, cells, skipped));
    }

    /** Unknown school year, wave or location of an incomplete submission (the row did not say). */
    static final String UNKNOWN = "(onbekend)";
    static final String ALL_LOCATIONS = "Alle locaties";

    /**
     * Response and completion per questionnaire × school year × wave × location, with a row over all
     * locations of each wave: opened = finished + unfinished + empty; response = (finished +
     * unfinished) / opened; completion = finished / opened. Null when no survey was read.
     */
    public static ReportTable completion(List<SurveyCompletion> cells) {
        if (cells.isEmpty()) return null;
        StringColumn instrument = StringColumn.create("instrument"), year = StringColumn.create("school_year"),
                wave = StringColumn.create("wave"), location = StringColumn.create("location");
        IntColumn started = IntColumn.create("n_started"), complete = IntColumn.create("n_complete"),
                unfinished = IntColumn.create("n_unfinished"), empty = IntColumn.create("n_empty");
        DoubleColumn response = DoubleColumn.create("response_rate"), completion = DoubleColumn.create("completion_rate");
        java.util.function.Consumer<SurveyCompletion> add = c -> {
            instrument.append(c.instrument());
            year.append(c.schoolYear() == null ? UNKNOWN : c.schoolYear());
            wave.append(c.wave() == null ? UNKNOWN : c.wave());
            location.append(c.location() == null ? UNKNOWN : c.location());
            started.append((int) c.started());
            complete.append((int) c.complete());
            unfinished.append((int) c.unfinished());
            empty.append((int) c.empty());
            response.append(c.responseRate());
            completion.append(c.completionRate());
        };
        // Cells arrive sorted by instrument, school year, wave, location; the total follows each wave's locations.
        for (int i = 0; i < cells.size(); i++) {
            SurveyCompletion c = cells.get(i);
            add.accept(c);
            boolean last = i + 1 == cells.size() || !sameWave(c, cells.get(i + 1));
            if (last) {
                SurveyCompletion total = new SurveyCompletion(c.instrument(), c.schoolYear(), c.wave(), ALL_LOCATIONS, 0, 0, 0);
                int locations = 0;
                for (int j = i; j >= 0 && sameWave(c, cells.get(j)); j--) {
                    total = total.plus(cells.get(j));
                    locations++;
                }
                if (locations > 1) add.accept(total);
            }
        }
        return new ReportTable("completion", "Respons en voltooiing",
                "Per vragenlijst, schooljaar, meting en locatie: geopend = volledig + onvolledig + leeg (elke inzending in de export,"
                        + " zonder afgewezen rijen en vervangen dubbele inzendingen). Respons = aandeel geopende vragenlijsten met ten minste"
                        + " één antwoord; voltooid = aandeel dat is afgemaakt. Alleen volledige inzendingen worden geanalyseerd."
                        + " Het aantal uitgenodigden staat niet in de exports: de respons is dus niet van alle uitgenodigden."
                        + " (onbekend): een onvolledige inzending zonder datum, meting of locatie.",
                Table.create("completion").addColumns(instrument, year, wave, location, started, complete, unfinished, empty, response, completion));
    }

    private static boolean sameWave(SurveyCompletion a, SurveyCompletion b) {
        return java.util.Objects.equals(a.instrument(), b.instrument()) && java.util.Objects.equals(a.schoolYear(), b.schoolYear())
                && java.util.Objects.equals(a.wave(), b.wave());
    }

    public static ReportTable reasons(List<RowAccount> accounts, Table rejects) {
        StringColumn source = StringColumn.create("source"), file = StringColumn.create("file"),
                level = StringColumn.create("level"), reason = StringColumn.create("reason");
        IntColumn count = IntColumn.create("count");
        // Per level in this order: rejected rows, incomplete submissions, rows without data.
        Map<String, Function<RowAccount, Map<RejectReason, Long>>> levels = new LinkedHashMap<>();
        levels.put("rij", RowAccount::rejectsByReason);
        levels.put("onvolledig", RowAccount::incompleteByReason);
        levels.put("overgeslagen", RowAccount::skippedByReason);
        levels.forEach((name, byReason) -> {
            for (RowAccount a : accounts)
                RejectReasonText.dutch(byReason.apply(a)).forEach((r, n) -> {
                    source.append(a.source());
                    file.append(a.file());
                    level.append(name);
                    reason.append(r);
                    count.append(n.intValue());
                });
        });
        // Cell issues by reason come from the reject listing itself.
        if (rejects != null && rejects.rowCount() > 0) {
            Table cells = rejects.where(rejects.stringColumn("level").isEqualTo("cell"));
            if (cells.rowCount() > 0) {
                Table counted = cells.countBy("source", "file", "reason");
                for (int i = 0; i < counted.rowCount(); i++) {
                    source.append(counted.stringColumn("source").get(i));
                    file.append(counted.stringColumn("file").get(i));
                    level.append("cel");
                    reason.append(counted.stringColumn("reason").get(i));
                    count.append(((Number) counted.column("Count").get(i)).intValue());
                }
            }
        }
        return new ReportTable("rejects_by_reason", "Afwijzingen per reden", "Afgewezen rijen en onleesbare cellen, geteld per reden.",
                Table.create("rejects_by_reason").addColumns(source, file, level, reason, count));
    }
}
