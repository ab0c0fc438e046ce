package nl.samenkracht.validate;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.CsvConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.contacts.ContactDuplicates;
import nl.samenkracht.ingest.contacts.ContactIngest;
import nl.samenkracht.ingest.contacts.ContactLogConfig;
import nl.samenkracht.ingest.contacts.ContactSchemas;
import nl.samenkracht.ingest.contacts.ContactsConfig;
import nl.samenkracht.ingest.contacts.RosterConfig;
import nl.samenkracht.ingest.frontend.Export;
import nl.samenkracht.inspect.ExportTable;
import nl.samenkracht.privacy.Pseudonymizer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks contact logs and rosters without Spark: files, every configured column (all missing ones at once,
 * with did-you-mean), then every row through the run's own row interpretation ({@code LocalRows}: the front
 * end's rule for rows without data, the contact or roster interpreter's dates, school years, mapped values,
 * counterparts and locations).
 */
final class ContactCheck {
    private final Study study;
    private final ContactsConfig config;
    private final Findings findings;
    private final Pseudonymizer pseudonyms = SurveyCheck.throwawayPseudonyms();
    /** The run's duplicate rules over every log and roster (a contact may repeat one in another file). */
    private final ContactDuplicates duplicates = new ContactDuplicates();
    /** Each file's tally, by the file as the interpreted rows name it. */
    private final Map<String, RowTally> tallies = new java.util.HashMap<>();

    ContactCheck(Study study, ContactsConfig config, Findings findings) {
        this.study = study;
        this.config = config;
        this.findings = findings;
    }

    /** How one file of a log or roster is read: its source and columns, and the run's interpretation of its rows. */
    private record Kind(String source, String description, String owner, String format, String sheet, CsvConfig csv,
                        Map<String, String> columns, StructType schema, Interpretation interpretation) {}

    @FunctionalInterface
    private interface Interpretation {
        void rows(Export e, Consumer<Row> sink);
    }

    void check() {
        List<String> locations = study.config().locations();
        for (ContactLogConfig l : config.logs())
            check(l.files(), new Kind("contacts '" + l.id() + "'", "contact log (" + l.kind() + "), " + nl.samenkracht.ingest.survey.ExportLayout.PLAIN.label, "contacts '" + l.id() + "'",
                    l.format(), l.sheet(), l.csv(), l.columns(), ContactSchemas.INTERPRETED,
                    (e, sink) -> ContactIngest.interpretLogLocally(config, l, e, locations, pseudonyms, sink)));
        for (RosterConfig r : config.rosters())
            check(r.files(), new Kind("rosters '" + r.id() + "'", "roster (" + r.kind() + "), " + nl.samenkracht.ingest.survey.ExportLayout.PLAIN.label, "roster '" + r.id() + "'",
                    r.format(), r.sheet(), r.csv(), r.columns(), ContactSchemas.ROSTER_INTERPRETED,
                    (e, sink) -> ContactIngest.interpretRosterLocally(config, r, e, locations, pseudonyms, sink)));
        finish();
    }

    private void check(List<String> files, Kind k) {
        for (Path file : Sources.files(study, files, k.owner(), findings)) {
            String label = study.dir().relativize(file).toString();
            try {
                checkFile(k, file, label);
            } catch (InputException e) {
                findings.input(label, e.getMessage());
            } catch (ConfigException e) {
                findings.config(label, e.getMessage());
            }
        }
    }

    private void checkFile(Kind k, Path file, String label) {
        try (ExportTable t = ExportTable.open(study.dir(), file, k.format(), k.sheet(), k.csv())) {
            Export e = t.export();
            Columns cols = new Columns(label, k.owner(), e.header(), List.of(), findings);
            boolean ok = true;
            for (Map.Entry<String, String> c : k.columns().entrySet()) ok &= cols.required(c.getValue(), "columns." + c.getKey()) >= 0;
            RowTally tally = new RowTally();
            findings.file(k.source(), label, k.description() + ", " + t.readAs() + ", " + e.header().size() + " columns"
                    + (ok ? "" : ", not read further"), ok ? tally : null);
            if (!ok) return;
            Consumer<Row> counter = tally.counter(k.schema());
            boolean roster = k.schema() == ContactSchemas.ROSTER_INTERPRETED;
            int fileAt = k.schema().fieldIndex("file");
            k.interpretation().rows(e, r -> {
                counter.accept(r);
                if (roster) duplicates.roster(r);
                else duplicates.log(r);
                tallies.putIfAbsent(r.getString(fileAt), tally);
            });
        }
    }

    /** After every log and roster was read: repeated contacts and roster entries are rejects, as in a run (counted usable until then). */
    private void finish() {
        for (ContactDuplicates.Replaced d : duplicates.replaced()) tallies.get(d.file()).reject(d.reason(), null, d.row());
    }
}
