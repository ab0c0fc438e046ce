package nl.samenkracht.validate;

import nl.samenkracht.config.ConfigException;
import nl.samenkracht.config.InstrumentConfig;
import nl.samenkracht.config.ItemConfig;
import nl.samenkracht.config.Study;
import nl.samenkracht.config.SurveyConfig;
import nl.samenkracht.config.ValueSource;
import nl.samenkracht.ingest.InputException;
import nl.samenkracht.ingest.frontend.Export;
import nl.samenkracht.ingest.survey.Duplicates;
import nl.samenkracht.ingest.survey.ExportLayout;
import nl.samenkracht.ingest.survey.SurveyIngest;
import nl.samenkracht.inspect.ExportTable;
import nl.samenkracht.model.AnswerScale;
import nl.samenkracht.model.Schemas;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks one survey export the way the ingest will read it, without Spark: the layout, every configured
 * column (all missing ones at once), then every row through the run's own row interpretation
 * ({@code LocalRows}: the front end's rule for rows without data, the survey interpreter's rejects and cell
 * issues). Counts what a run would reject and which cells it would treat as missing.
 */
final class SurveyCheck {
    private final Study study;
    private final Map<String, AnswerScale> scales;
    private final Findings findings;
    private final nl.samenkracht.privacy.Pseudonymizer pseudonyms = throwawayPseudonyms();
    /** The run's duplicate rule, over the rows of every survey file (a respondent may submit again in another file). */
    private final Duplicates.Local duplicates = new Duplicates.Local();
    /** Each file's tally, by the file as the interpreted rows name it. */
    private final Map<String, RowTally> tallies = new java.util.HashMap<>();

    SurveyCheck(Study study, Map<String, AnswerScale> scales, Findings findings) {
        this.study = study;
        this.scales = scales;
        this.findings = findings;
    }

    /**
     * Pseudonyms made while counting are thrown away: validate needs no key, and a random one links nothing.
     */
    static nl.samenkracht.privacy.Pseudonymizer throwawayPseudonyms() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return new nl.samenkracht.privacy.Pseudonymizer(key);
    }

    void check(SurveyConfig s) {
        String owner = "survey '" + s.id() + "'";
        for (Path file : Sources.files(study, s.files(), "surveys '" + s.id() + "'", findings)) {
            String label = study.dir().relativize(file).toString();
            try {
                checkFile(s, owner, file, label);
            } catch (InputException e) {
                findings.input(label, e.getMessage());
            } catch (ConfigException e) {
                findings.config(label, e.getMessage());
            }
        }
    }

    /**
     * The header checked column by column (every missing one recorded), then every row interpreted by the
     * run's own planner and interpreter on the driver ({@link SurveyIngest#interpretLocally}), so the rows
     * validate counts are the rows a run counts.
     */
    private void checkFile(SurveyConfig s, String owner, Path file, String label) {
        // two head records, as the survey ingest opens them: Qualtrics' question texts are the second
        try (ExportTable t = ExportTable.open(study.dir(), file, s.format(), s.sheet(), s.csv(), 2)) {
            Export e = t.export();
            List<String> header = e.header();
            ExportLayout layout = ExportLayout.forFormat(s.format(), header);
            boolean qualtrics = layout == ExportLayout.QUALTRICS || layout == ExportLayout.QUALTRICS_LEGACY;
            List<String> alternative = qualtrics && e.head().size() > 1 ? e.head().get(1) : List.of();
            Columns cols = new Columns(label, owner, header, alternative, findings);
            boolean ok = columnsFound(s, cols, file.getFileName().toString(), label);
            RowTally tally = new RowTally();
            findings.file("surveys '" + s.id() + "'", label, layout.label + " (recognised layout), " + t.readAs() + ", "
                    + header.size() + " columns" + (ok ? "" : ", not read further"), ok ? tally : null);
            if (!ok) return;
            java.util.function.Consumer<org.apache.spark.sql.Row> counter = tally.counter(Schemas.INTERPRETED);
            int fileAt = Schemas.INTERPRETED.fieldIndex("file");
            SurveyIngest.interpretLocally(study, scales, s, e, pseudonyms, r -> {
                counter.accept(r);
                duplicates.add(r);
                tallies.putIfAbsent(r.getString(fileAt), tally);
            });
        }
    }

    /**
     * After every survey was checked: the submissions a later one of the same respondent replaces are rejects, as in a
     * run ({@link Duplicates}); until then they were counted usable.
     */
    void finish() {
        for (Duplicates.Replaced d : duplicates.replaced()) tallies.get(d.file()).reject(Duplicates.REASON, null, d.row());
    }

    /** Every configured column is in the header; each one that is not is recorded (the rows are then not read). */
    private boolean columnsFound(SurveyConfig s, Columns cols, String fileName, String label) {
        InstrumentConfig instrument = study.config().instrument(s.instrument());
        boolean ok = s.respondent() == null || cols.required(s.respondent(), "respondent") >= 0;
        ok &= s.submittedAt() == null || cols.required(s.submittedAt(), "submitted_at") >= 0;
        for (ItemConfig it : instrument.items()) {
            String role = "item " + it.id();
            ok &= (it.column() != null ? cols.required(it.column(), role) : cols.byPattern(it.pattern(), role)) >= 0;
        }
        int[] year = attribute(s.schoolYear(), "school_year", cols, fileName, label);
        int[] wave = attribute(s.wave(), "wave", cols, fileName, label);
        int[] location = attribute(s.location(), "location", cols, fileName, label);
        int[] group = attribute(s.group(), "group", cols, fileName, label);
        return ok && year[1] + wave[1] + location[1] + group[1] == 4;
    }

    /** {column index or -1, ok}. */
    private int[] attribute(ValueSource v, String role, Columns cols, String fileName, String label) {
        if (v == null || v.value() != null) return new int[]{-1, 1};
        if (v.fromFileName() != null) {
            if (fixed(v, fileName) == null) {
                findings.config(label, role + ": the file name contains none of " + String.join(", ", v.fromFileName().keySet()));
                return new int[]{-1, 0};
            }
            return new int[]{-1, 1};
        }
        String column = v.column() != null ? v.column() : v.fromDate();
        int i = cols.required(column, role);
        return new int[]{i, i >= 0 ? 1 : 0};
    }

    private static String fixed(ValueSource v, String fileName) {
        if (v == null) return null;
        if (v.value() != null) return v.value();
        if (v.fromFileName() != null) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (var e : v.fromFileName().entrySet()) if (lower.contains(e.getKey().toLowerCase(Locale.ROOT))) return e.getValue();
        }
        return null;
    }
}
