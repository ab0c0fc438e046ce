package nl.samenkracht.report;

import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.report.model.ReportTable;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/** Row accounting per file, and rejects per reason: the data-quality sheet and tables/data_quality.csv. */
public final class DataQualityTables {
    private DataQualityTables() {}

    public static ReportTable accounting(List<RowAccount> accounts) {
        StringColumn source = StringColumn.create("source"), file = StringColumn.create("file");
        IntColumn read = IntColumn.create("read"), accepted = IntColumn.create("accepted"),
                rejected = IntColumn.create("rejected"), cells = IntColumn.create("cell_issues"), skipped = IntColumn.create("skipped");
        for (RowAccount a : accounts) {
            source.append(a.source());
            file.append(a.file());
            read.append((int) a.read());
            accepted.append((int) a.accepted());
            rejected.append((int) a.rejected());
            cells.append((int) a.cellIssues());
            skipped.append((int) a.skipped());
        }
        return new ReportTable("data_quality", "Datakwaliteit",
                "Per bestand: gelezen = geaccepteerd + afgewezen. Celproblemen: een onleesbare cel telt als ontbrekend; de rij telt mee."
                        + " Overgeslagen: rijen zonder gegevens (lege rijen, een herhaalde kopregel), niet meegeteld bij gelezen.",
                Table.create("data_quality").addColumns(source, file, read, accepted, rejected, cells, skipped));
    }

    public static ReportTable reasons(List<RowAccount> accounts, Table rejects) {
        StringColumn source = StringColumn.create("source"), file = StringColumn.create("file"),
                level = StringColumn.create("level"), reason = StringColumn.create("reason");
        IntColumn count = IntColumn.create("count");
        for (RowAccount a : accounts) {
            a.rejectsByReason().forEach((r, n) -> {
                source.append(a.source());
                file.append(a.file());
                level.append("rij");
                reason.append(r);
                count.append(n.intValue());
            });
        }
        for (RowAccount a : accounts) {
            a.skippedByReason().forEach((r, n) -> {
                source.append(a.source());
                file.append(a.file());
                level.append("overgeslagen");
                reason.append(r);
                count.append(n.intValue());
            });
        }
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
