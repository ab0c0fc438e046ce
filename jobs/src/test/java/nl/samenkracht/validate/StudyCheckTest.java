package nl.samenkracht.validate;

import nl.samenkracht.cli.ExitCodes;
import nl.samenkracht.testing.RepoPaths;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code validate} checks every source of a study without Spark and reports all problems at once
 * (issue 15, point 5). The sample study is copied and broken in four independent places.
 */
class StudyCheckTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out) {}

    private static Result validate(Path study) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            code = StudyCheck.run(study, out);
        }
        return new Result(code, buf.toString(StandardCharsets.UTF_8));
    }

    private Path copySample() throws IOException {
        Path src = RepoPaths.root().resolve("data-samples");
        Path dst = dir.resolve("sample");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst.resolve("study.yaml");
    }

    @Test
    void theSampleIsValidAndEverySourceIsListedWithoutSpark() throws IOException {
        boolean sparkBefore = SparkSession.getDefaultSession().isDefined();
        Result r = validate(copySample());
        assertEquals(ExitCodes.OK, r.exit, r.out);
        for (String file : new String[]{"inwerken_2023-2024_voormeting_msforms.xlsx", "inwerken_2024-2025_nameting_googleforms.csv",
                "contacten_ouders.csv", "buddygesprekken.xlsx", "contacten_partners.csv", "leerlingen.csv", "nieuwe_collegas.csv",
                "partners.csv", "inwerken_2024-2025_interviews_maxqda.xlsx", "kotter_inwerkprotocol.csv"})
            assertTrue(r.out.contains(file), file + " not listed:\n" + r.out);
        assertTrue(r.out.contains("Microsoft Forms (Nederlands)"), r.out);
        assertTrue(r.out.contains("Google Forms"), r.out);
        // The sample's planted problems in the parents' log, as a run counts them (run.json of the sample):
        // one date outside the school years and one impossible date, rows 717 and 1281.
        // The reasons are the run's own (the contact interpreter's), quoted as the data-quality sheet shows them.
        assertTrue(r.out.contains("rejected 'datum buiten de schooljaren van het onderzoek' in column 'Datum': 1 row dated outside the study's school years, at row 717"), r.out);
        assertTrue(r.out.contains("rejected 'onmogelijke datum' in column 'Datum': 1 row with a date that does not exist, at row 1281"), r.out);
        // and the contact that repeats row 2160 (the run's rejects table: row 2161, 'dubbele rij'), by the run's rule
        // applied after all logs and rosters are read (ingest.contacts.ContactDuplicates)
        assertTrue(r.out.contains("rejected 'dubbele rij': 1 row that repeats an earlier row, at row 2161"), r.out);
        assertTrue(r.out.contains("valid: 5 of 4198 rows would be rejected"), "as many as the run rejects (run.json: 5)\n" + r.out);
        assertTrue(r.out.contains("4198 rows"), "every row of every source is read:\n" + r.out);
        // The run's duplicate rule (ingest.survey.Duplicates): the one respondent of the 2024-2025 voormeting who
        // submitted twice, as the run rejects it (run.json of the sample: 1 'dubbele inzending' in that file).
        assertTrue(r.out.contains("inwerken_2024-2025_voormeting_msforms.xlsx: Microsoft Forms (Nederlands) (recognised layout), "
                + "xlsx sheet (first), 25 columns; 66 rows: 65 usable, 1 would be rejected\n      rejected 'dubbele inzending': 1 earlier submission of a respondent who submitted again (the latest counts), at row "), r.out);
        assertTrue(r.out.startsWith("study ") && r.out.contains("\nvalid: "), r.out);
        if (!sparkBefore) assertFalse(SparkSession.getDefaultSession().isDefined(), "validate started Spark");
    }

    @Test
    void fourProblemsInFourSourcesAreReportedTogether() throws IOException {
        Path study = copySample();
        String yaml = Files.readString(study)
                .replace("channel: Kanaal", "channel: Kanal")                                   // contact column typo
                .replace("files: [exports/contacten_partners.csv]", "files: [exports/contacten_partner.csv]") // missing log
                .replace("column: \"Ik voel me welkom in het team.\"", "column: \"Ik voel mij welkom in het team.\""); // item typo
        Files.writeString(study, yaml);
        Path kotter = study.getParent().resolve("logs/kotter_inwerkprotocol.csv");
        Files.writeString(kotter, Files.readString(kotter) + "31-02-2025;3;een datum die niet bestaat\n");

        Result r = validate(study);
        assertEquals(ExitCodes.CONFIG, r.exit, r.out);
        assertTrue(r.out.contains("columns.channel: column 'Kanal' not found in the header (did you mean 'Kanaal'?)"), r.out);
        assertTrue(r.out.contains("contacten_partner.csv"), r.out);
        assertTrue(r.out.contains("item ond4: column 'Ik voel mij welkom in het team.' not found"), r.out);
        assertTrue(r.out.contains("kotter_inwerkprotocol.csv") && r.out.contains("row 17"), r.out);
        assertFalse(r.out.contains("\nvalid:"), r.out);
        assertTrue(r.out.contains("not valid: 4 config errors, 1 input error"), r.out);
        // the sources without problems are still checked and listed
        assertTrue(r.out.contains("leerlingen.csv: roster (ouder)"), r.out);
    }

    @Test
    void moreRejectsThanTheThresholdExitsOne() throws IOException {
        Path exports = Files.createDirectories(dir.resolve("s/exports"));
        // Rows 3 and 4 have answers but no respondent: rejected ("geen respondent").
        Files.writeString(exports.resolve("a.csv"), "E-mail;Tijdstempel;Vraag\na@x.nl;1-10-2024;Eens\n;1-10-2024;Oneens\n;1-10-2024;Eens\n");
        Path study = dir.resolve("s/study.yaml");
        Files.writeString(study, """
                version: 1
                study: {id: t, name: T}
                instruments:
                  - id: i
                    answer_scale: eens5
                    items: [{id: v, column: Vraag}]
                surveys:
                  - {id: s, instrument: i, files: [exports/a.csv], respondent: E-mail, wave: {value: voormeting},
                     school_year: {from_date: Tijdstempel}}
                """);
        Result r = validate(study);
        assertEquals(ExitCodes.INPUT, r.exit, r.out);
        assertTrue(r.out.contains("rejected 'geen respondent' in column 'E-mail': 2 rows without a respondent id, at rows 3, 4"), r.out);
        assertTrue(r.out.contains("2 of 3 rows would be rejected"), r.out);
    }

    /** Issue 15: submissions without any answer are incomplete, counted apart, and not part of the threshold (as in a run). */
    @Test
    void emptySubmissionsAreCountedApartAndDoNotCountTowardsTheThreshold() throws IOException {
        Path exports = Files.createDirectories(dir.resolve("e/exports"));
        Files.writeString(exports.resolve("a.csv"), "E-mail;Tijdstempel;Vraag\na@x.nl;1-10-2024;Eens\nb@x.nl;1-10-2024;\nc@x.nl;1-10-2024;\n");
        Path study = dir.resolve("e/study.yaml");
        Files.writeString(study, """
                version: 1
                study: {id: t, name: T}
                instruments:
                  - id: i
                    answer_scale: eens5
                    items: [{id: v, column: Vraag}]
                surveys:
                  - {id: s, instrument: i, files: [exports/a.csv], respondent: E-mail, wave: {value: voormeting},
                     school_year: {from_date: Tijdstempel}}
                """);
        Result r = validate(study);
        assertEquals(ExitCodes.OK, r.exit, r.out);
        assertTrue(r.out.contains("3 rows: 1 usable, 2 counted apart"), r.out);
        assertTrue(r.out.contains("incomplete, 'lege inzending': 2 submissions without any answer, at rows 3, 4"), r.out);
        assertTrue(r.out.contains("valid: 0 of 1 rows would be rejected"), r.out);
    }
}
