package nl.samenkracht.ingest.contacts;

import nl.samenkracht.ingest.RowAccount;
import nl.samenkracht.ingest.survey.SourceFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * The canonical contact tables of a run.
 *
 * @param contacts accepted contacts and collective activities ({@link ContactSchemas#CONTACTS}):
 *                 school_year, date, kind, location, class, counterpart (pseudonym), staff
 *                 (pseudonym), type, channel, initiator, tone, child_present, attendance,
 *                 collective, on_roster, log, file, row
 * @param roster   everyone to reach per kind × school year ({@link ContactSchemas#ROSTER}); a
 *                 roster without school years is repeated for every year of the study (or of the
 *                 kind's contacts)
 * @param rejects  rejected rows, cell issues and flags in the shape of {@code Schemas.REJECTS}
 *                 (source "contacts" or "rosters")
 * @param accounts row accounting per file: read = accepted + rejected
 * @param warnings Dutch messages for the run log and the data-quality sheet (no roster, so no
 *                 reach; counterparts missing from a roster; …)
 * @param sources  what each file turned out to be, for run.json
 */
public record ContactData(Dataset<Row> contacts, Dataset<Row> roster, Dataset<Row> rejects, List<RowAccount> accounts,
                          List<String> warnings, List<SourceFile> sources) {}
