package nl.samenkracht.trust;

import nl.samenkracht.generate.LargeSurveyXlsx;
import nl.samenkracht.trust.CorpusCase.Account;
import nl.samenkracht.trust.CorpusCase.Exits;
import nl.samenkracht.trust.CorpusCase.Reads;
import nl.samenkracht.trust.CorpusCase.Reject;
import nl.samenkracht.trust.HostileFiles.DateCell;
import nl.samenkracht.trust.HostileFiles.Error;
import nl.samenkracht.trust.HostileFiles.Formula;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.poi.ss.usermodel.FormulaError;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static nl.samenkracht.trust.HostileFiles.row;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken survey exports, each with its expected outcome. Every expectation is read
 * off the input written in the same case (row numbers as a spreadsheet shows them: header = 1).
 *
 * <p>Decisions documented here and in docs/cli.md:
 * <ul>
 *   <li>Mixed encodings (a UTF-8 file with some Windows-1252 bytes): the file is refused with the
 *       line of the first foreign byte. Reading it either way garbles part of the answers and
 *       breaks linking names with accents, silently; a pure Windows-1252 file is read as such.</li>
 *   <li>A quote that is never closed (a cut-off file, or a missing quote) is refused with its
 *       line: everything after it would become one cell and whole rows would vanish unseen.</li>
 *   <li>NUL bytes: refused (binary, or UTF-16 without a byte-order mark).</li>
 *   <li>A row with another number of fields than the header is rejected with both counts; the
 *       rest of the file is read.</li>
 * </ul>
 */
final class SurveyCorpus {
    static final String HEADER = "E-mail,Locatie,Vraag A,Vraag B,Opmerking";

    private SurveyCorpus() {}

    /** study.yaml for the one-instrument study of the corpus; {@code files} is the YAML list. */
    static String study(Path dir, String files, String surveyExtra, String top) {
        return """
                version: 1
                study: {id: corpus, name: Corpus}
                privacy: {key_file: "%s"}
                %s
                instruments:
                  - id: q
                    answer_scale: eens5
                    scales: [{id: s, label: Schaal S}]
                    items:
                      - {id: a, scale: s, column: "Vraag A"}
                      - {id: b, scale: s, column: "Vraag B", reverse: true}
                      - {id: o, type: open, column: "Opmerking"}
                surveys:
                  - id: s
                    instrument: q
                    files: %s
                    respondent: E-mail
                    wave: {value: voormeting}
                    school_year: {value: 2024-2025}
                    location: {column: Locatie}
                %s
                """.formatted(dir.resolve(".key/pseudonym.key").toString().replace("\\", "/"), top, files, indent(surveyExtra));
    }

    static String study(Path dir, String file) {
        return study(dir, "[\"" + file + "\"]", "", "");
    }

    private static String indent(String extra) {
        if (extra.isBlank()) return "";
        StringBuilder b = new StringBuilder();
        for (String l : extra.strip().split("\n")) b.append("    ").append(l).append('\n');
        return b.toString();
    }

    static String csv(String... rows) {
        return HostileFiles.lines("\n", rows);
    }

    private static CorpusCase reads(String name, CorpusCase.Setup setup, String file, Account account, Reject... rejects) {
        return new CorpusCase(name, null, setup, new Reads("surveys", Map.of(file, account), List.of(rejects), null));
    }

    private static CorpusCase reads(String name, CorpusCase.Setup setup, String file, Account account, CorpusCase.Check check,
                                    Reject... rejects) {
        return new CorpusCase(name, null, setup, new Reads("surveys", Map.of(file, account), List.of(rejects), check));
    }

    private static CorpusCase exits(String name, CorpusCase.Setup setup, String command, int code, String... fragments) {
        return new CorpusCase(name, null, setup, new Exits(command, code, fragments));
    }

    private static Account account(long read, long accepted, Map<String, Long> reasons, long cellIssues) {
        return new Account(read, accepted, read - accepted, reasons, cellIssues);
    }

    static List<CorpusCase> cases() {
        List<CorpusCase> c = new ArrayList<>();
        String f = "exports/antwoorden.csv";

        // --- delimiters, encodings, byte-order marks, line endings -------------------------------
        c.add(exits("wrong delimiter configured: a ';' file read with ','", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER.replace(',', ';'), "a@x.nl;Akker;Eens;Eens;"));
            return study(dir, "[\"" + f + "\"]", "csv: {delimiter: \",\"}", "");
        }, "validate", 2, "exports/antwoorden.csv", "column 'E-mail' not found", "one column that contains ';'", "csv.delimiter"));
        c.add(reads("semicolons detected (Dutch Excel CSV)", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER.replace(',', ';'), "a@x.nl;Akker;Eens;Eens;ok, prima", "b@x.nl;Beek;Oneens;Eens;"));
            return study(dir, f);
        }, f, Account.allAccepted(2)));
        c.add(reads("tab-delimited text", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER.replace(',', '\t'), "a@x.nl\tAkker\tEens\tEens\tok, prima"));
            return study(dir, f);
        }, f, Account.allAccepted(1)));
        c.add(exits("mixed encodings: UTF-8 with a Windows-1252 line", dir -> {
            HostileFiles.bytes(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,Prima café").getBytes(StandardCharsets.UTF_8),
                    "b@x.nl,Beek,Eens,Eens,Zoë zegt ok\n".getBytes(Charset.forName("windows-1252")));
            return study(dir, f);
        }, "validate", 1, "exports/antwoorden.csv", "line 3", "mixed character encodings", "CSV UTF-8"));
        c.add(reads("Windows-1252 throughout (old Dutch Excel)", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER.replace(',', ';'), "zoë@x.nl;Akker;Eens;Eens;Prima, dank je", "daniël@x.nl;Beek;Oneens;Eens;é è ë"),
                    Charset.forName("windows-1252"));
            return study(dir, f);
        }, f, Account.allAccepted(2), r -> {
            assertEquals("windows-1252, delimiter ';', decimal comma", r.surveys().sources().get(0).dialect());
            assertTrue(openTexts(r).contains("é è ë"), openTexts(r).toString());
        }));
        c.add(exits("a byte that means nothing in Windows-1252 (0x81, an old DOS code page)", dir -> {
            HostileFiles.bytes(dir.resolve(f), csv(HEADER.replace(',', ';'), "a@x.nl;Akker;Eens;Eens;caf\u00e9").getBytes(Charset.forName("windows-1252")),
                    new byte[]{'b', (byte) 0x81, '@', 'x', '.', 'n', 'l', ';', 'B', 'e', 'e', 'k', ';', 'E', 'e', 'n', 's', ';', 'E', 'e', 'n', 's', ';', '\n'});
            return study(dir, f);
        }, "validate", 1, "exports/antwoorden.csv", "line 3", "mean nothing in windows-1252"));
        c.add(reads("UTF-8 byte-order mark, comma", dir -> {
            HostileFiles.bytes(dir.resolve(f), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    csv(HEADER, "a@x.nl,Akker,Eens,Eens,").getBytes(StandardCharsets.UTF_8));
            return study(dir, f);
        }, f, Account.allAccepted(1)));
        c.add(reads("UTF-8 byte-order mark and semicolons (Excel 'CSV UTF-8')", dir -> {
            HostileFiles.bytes(dir.resolve(f), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    csv(HEADER.replace(',', ';'), "a@x.nl;Akker;Eens;Eens;café", "b@x.nl;Beek;Eens;Oneens;").getBytes(StandardCharsets.UTF_8));
            return study(dir, f);
        }, f, Account.allAccepted(2), r -> assertEquals(List.of("café"), openTexts(r))));
        c.add(reads("UTF-16LE with byte-order mark, tabs (Excel 'Unicode text')", dir -> {
            HostileFiles.bytes(dir.resolve(f), new byte[]{(byte) 0xFF, (byte) 0xFE},
                    csv(HEADER.replace(',', '\t'), "a@x.nl\tAkker\tEens\tEens\tZoë").getBytes(StandardCharsets.UTF_16LE));
            return study(dir, f);
        }, f, Account.allAccepted(1), r -> assertEquals(List.of("Zoë"), openTexts(r))));
        c.add(reads("CRLF line endings, location in the last column", dir -> {
            // With the \r left on, 'Akker\r' would be an unknown location.
            HostileFiles.text(dir.resolve(f), HostileFiles.lines("\r\n", "E-mail,Vraag A,Vraag B,Opmerking,Locatie",
                    "a@x.nl,Eens,Eens,\"twee\r\nregels\",Akker", "b@x.nl,Eens,Oneens,,Beek"));
            return study(dir, "[\"" + f + "\"]", "", "locations: [Akker, Beek]");
        }, f, Account.allAccepted(2), r -> assertEquals(List.of("twee\nregels"), openTexts(r), "the parser normalises line ends in quotes")));

        // --- damaged text files ---------------------------------------------------------------------
        c.add(reads("truncated CSV: cut in the middle of the last row", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Beek,Eens,Eens,") + "c@x.nl,Beek,Ee");
            return study(dir, f);
        }, f, account(3, 2, Map.of("rij past niet bij de kop", 1L), 0),
                new Reject(f, 4, "rij past niet bij de kop", null, "3 velden, de kop heeft er 5")));
        c.add(exits("truncated CSV: cut inside a quoted answer", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Beek,Eens,Eens,\"ok\"")
                    + "c@x.nl,Beek,Eens,Eens,\"Het begin van een lang antwoord, en dan");
            return study(dir, f);
        }, "validate", 1, "exports/antwoorden.csv", "line 4", "never closed"));
        c.add(exits("unbalanced quote that would swallow the rest of the file", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Akker,\"Eens,Eens,",
                    "c@x.nl,Akker,Eens,Eens,", "d@x.nl,Beek,Eens,Eens,"));
            return study(dir, f);
        }, "validate", 1, "exports/antwoorden.csv", "line 3", "never closed"));
        c.add(reads("unbalanced quote closed further on: the merged record is rejected, the rest read", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Akker,\"Eens,Eens,",
                    "c@x.nl,Akker,Eens,Eens,\"", "d@x.nl,Beek,Eens,Eens,"));
            return study(dir, f);
        }, f, account(3, 2, Map.of("rij past niet bij de kop", 1L), 0),
                new Reject(f, 3, "rij past niet bij de kop", null, "2 regels")));
        c.add(reads("a row of 10,000 fields", dir -> {
            StringBuilder wide = new StringBuilder("c@x.nl,Beek,Eens,Eens,x");
            for (int i = 5; i < 10_000; i++) wide.append(",y");
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Beek,Eens,Eens,", wide.toString(),
                    "d@x.nl,Beek,Eens,Eens,"));
            return study(dir, f);
        }, f, account(4, 3, Map.of("rij past niet bij de kop", 1L), 0),
                new Reject(f, 4, "rij past niet bij de kop", null, "10000 velden, de kop heeft er 5")));
        c.add(reads("a row of 30,000 fields (beyond the parser's default column limit)", dir -> {
            StringBuilder wide = new StringBuilder("c@x.nl,Beek,Eens,Eens,x");
            for (int i = 5; i < 30_000; i++) wide.append(",y");
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", wide.toString(), "d@x.nl,Beek,Eens,Eens,"));
            return study(dir, f);
        }, f, account(3, 2, Map.of("rij past niet bij de kop", 1L), 0),
                new Reject(f, 3, "rij past niet bij de kop", null, "30000 velden, de kop heeft er 5")));
        c.add(exits("a NUL byte inside a row", dir -> {
            HostileFiles.bytes(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,").getBytes(StandardCharsets.UTF_8),
                    "b@x.nl,Beek,Ee".getBytes(StandardCharsets.UTF_8), new byte[]{0}, "ns,Eens,\n".getBytes(StandardCharsets.UTF_8));
            return study(dir, f);
        }, "validate", 1, "exports/antwoorden.csv", "line 3", "NUL"));
        c.add(reads("a 3 MB answer in one cell", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,\"" + "lang, ".repeat(500_000) + "\"",
                    "b@x.nl,Beek,Eens,Eens,kort"));
            return study(dir, f);
        }, f, Account.allAccepted(2), r -> {
            List<String> texts = openTexts(r);
            assertEquals(2, texts.size());
            assertEquals(3_000_000 - 1, texts.stream().mapToInt(String::length).max().orElseThrow(), "stripped of its last space");
        }));
        c.add(reads("blank lines between rows: row numbers stay those of the file", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "", "", "b@x.nl,Akker,Eens", "c@x.nl,Beek,Eens,Eens,"));
            return study(dir, f);
        }, f, account(3, 2, Map.of("rij past niet bij de kop", 1L), 0),
                new Reject(f, 5, "rij past niet bij de kop", null, "3 velden")));
        c.add(reads("header only", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER));
            return study(dir, f);
        }, f, new Account(0, 0, 0, Map.of(), 0)));
        c.add(exits("empty file", dir -> {
            HostileFiles.text(dir.resolve(f), "");
            return study(dir, f);
        }, "validate", 1, "exports/antwoorden.csv", "the file is empty"));
        c.add(exits("missing file", dir -> study(dir, "exports/weg.csv"), "validate", 2, "file not found", "weg.csv"));
        c.add(exits("a column twice in the header", dir -> {
            HostileFiles.text(dir.resolve(f), csv("E-mail,Locatie,Vraag A,Vraag A,Vraag B,Opmerking", "a@x.nl,Akker,Eens,Oneens,Eens,"));
            return study(dir, f);
        }, "validate", 2, "exports/antwoorden.csv", "column 'Vraag A' occurs 2 times", "C (3), D (4)"));

        // --- values ---------------------------------------------------------------------------------
        c.add(reads("out-of-range and unknown Likert values", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,7,Eens,", "b@x.nl,Akker,0,Mee eens,", "c@x.nl,Beek,Heel erg eens,6,",
                    "d@x.nl,Beek,5,1,"));
            return study(dir, f);
        }, f, account(4, 3, Map.of("geen antwoorden", 1L), 2),
                new Reject(f, 2, "onbekend antwoord", "Vraag A", "'7' staat niet op antwoordschaal eens5"),
                new Reject(f, 3, "onbekend antwoord", "Vraag A", "'0'"),
                new Reject(f, 4, "geen antwoorden", null, "'Heel erg eens'")));
        c.add(reads("duplicate respondent: the later submission counts", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", " B@X.nl ,Akker,Oneens,Oneens,eerst",
                    "b@x.nl,Akker,Eens,Eens,later"));
            return study(dir, f);
        }, f, account(3, 2, Map.of("dubbele inzending", 1L), 0), r -> assertEquals(List.of("later"), openTexts(r)),
                new Reject(f, 3, "dubbele inzending", null, "de laatste inzending telt")));
        c.add(new CorpusCase("one respondent in three waves is linked across them", null, dir -> {
            for (String w : List.of("voormeting", "tussenmeting", "nameting"))
                HostileFiles.text(dir.resolve("exports/" + w + ".csv"), csv(HEADER,
                        (w.equals("nameting") ? " Sanne@X.NL" : "sanne@x.nl") + ",Akker,Eens,Eens,", w + "@x.nl,Beek,Eens,Eens,"));
            return study(dir, "[\"exports/*.csv\"]", "", "")
                    .replace("wave: {value: voormeting}", "wave: {from_file_name: {voormeting: voormeting, tussenmeting: tussenmeting, nameting: nameting}}");
        }, new Reads("surveys", Map.of("exports/voormeting.csv", Account.allAccepted(2), "exports/tussenmeting.csv", Account.allAccepted(2),
                "exports/nameting.csv", Account.allAccepted(2)), List.of(), r -> {
            List<Row> perPerson = r.surveys().labelledResponses().filter(col("item").equalTo("a"))
                    .groupBy("respondent").agg(org.apache.spark.sql.functions.countDistinct("wave").as("waves"))
                    .orderBy(col("waves").desc()).collectAsList();
            assertEquals(4, perPerson.size(), "sanne + one other person per wave");
            assertEquals(3L, perPerson.get(0).getLong(1), "sanne is one pseudonym in all three waves");
        })));
        c.add(reads("unknown locations (study lists its locations)", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Aker,Eens,Eens,", "c@x.nl,akker ,Eens,Eens,",
                    "d@x.nl,Zee,Eens,Eens,"));
            return study(dir, "[\"" + f + "\"]", "", "locations: [Akker, Beek]");
        }, f, account(4, 2, Map.of("onbekende locatie", 2L), 0), r -> assertEquals(List.of("Akker"),
                        r.surveys().labelledResponses().select("location").distinct().as(Encoders.STRING()).collectAsList()),
                new Reject(f, 3, "onbekende locatie", "Locatie", "'Aker' (did you mean 'Akker'?)"),
                new Reject(f, 5, "onbekende locatie", "Locatie", "'Zee'")));
        c.add(reads("empty respondent and impossible date", dir -> {
            HostileFiles.text(dir.resolve(f), csv("Ingevuld," + HEADER, "12-9-2024,a@x.nl,Akker,Eens,Eens,", "12-9-2024,,Akker,Eens,Eens,",
                    "31-02-2025,c@x.nl,Beek,Eens,Eens,"));
            return study(dir, f).replace("school_year: {value: 2024-2025}", "school_year: {from_date: Ingevuld}");
        }, f, account(3, 1, Map.of("geen respondent", 1L, "onleesbare datum", 1L), 0),
                new Reject(f, 3, "geen respondent", "E-mail", "lege cel"),
                new Reject(f, 4, "onleesbare datum", "Ingevuld", "'31-02-2025'")));

        // --- configuration that points where it should not ------------------------------------------
        c.add(exits("config points outside the study folder", dir -> {
            HostileFiles.text(dir.resolveSibling("buiten.csv"), csv(HEADER, "a@x.nl,Akker,Eens,Eens,"));
            return study(dir, "../buiten.csv");
        }, "validate", 2, "points outside the study folder"));
        c.add(exits("config with an absolute path", dir -> study(dir, "/etc/passwd"), "validate", 2, "'/etc/passwd' points outside the study folder"));
        c.add(exits("a link inside the study folder to a file outside it", dir -> {
            Path outside = dir.resolveSibling(dir.getFileName() + "-buiten.csv");
            HostileFiles.text(outside, csv(HEADER, "a@x.nl,Akker,Eens,Eens,"));
            Files.createDirectories(dir.resolve("exports"));
            Files.createSymbolicLink(dir.resolve(f), outside);
            return study(dir, f);
        }, "validate", 2, "exports/antwoorden.csv", "link to a file outside the study folder"));
        c.add(new CorpusCase("study folder name with spaces and accents, file name with # and %", "Onderzoek Zoë & Daniël 2024 #1",
                dir -> {
                    String g = "exports/ronde #1 (100%) café.csv";
                    HostileFiles.text(dir.resolve(g), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Beek,Oneens,Eens,"));
                    return study(dir, g);
                }, new Exits("run", 0, List.of("Done in", "corpus"), List.of("--out", "{dir}/uitvoer"))));

        // --- workbooks --------------------------------------------------------------------------------
        String x = "exports/forms.xlsx";
        c.add(exits("xlsx with an empty sheet", dir -> {
            HostileFiles.xlsx(dir.resolve(x), List.of());
            return study(dir, x);
        }, "validate", 1, "exports/forms.xlsx", "the sheet is empty"));
        c.add(reads("xlsx with a header only", dir -> {
            HostileFiles.xlsx(dir.resolve(x), List.of(row((Object[]) HEADER.split(","))));
            return study(dir, x);
        }, x, new Account(0, 0, 0, Map.of(), 0)));
        c.add(exits("xlsx that is a renamed CSV", dir -> {
            HostileFiles.text(dir.resolve(x), csv(HEADER, "a@x.nl,Akker,Eens,Eens,"));
            return study(dir, x);
        }, "validate", 1, "exports/forms.xlsx", "named .xlsx but it is not a workbook", "text/CSV"));
        c.add(exits("xlsx that is not a zip at all (an image)", dir -> {
            HostileFiles.bytes(dir.resolve(x), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            return study(dir, x);
        }, "validate", 1, "exports/forms.xlsx", "is not a workbook, nor a CSV file"));
        c.add(exits("xlsx that is a zip of something else", dir -> {
            HostileFiles.zip(dir.resolve(x), "notities.txt", "geen werkmap");
            return study(dir, x);
        }, "validate", 1, "exports/forms.xlsx", "not a readable .xlsx workbook"));
        c.add(exits("encrypted xlsx (agile encryption, password-protected)", dir -> {
            HostileFiles.encryptedXlsx(dir.resolve(x), List.of(row((Object[]) HEADER.split(",")), row("a@x.nl", "Akker", "Eens", "Eens", "")), "geheim");
            return study(dir, x);
        }, "validate", 1, "exports/forms.xlsx", "encrypted (password-protected)", "remove the password"));
        // Old Excel 97-2003 workbooks (.xls, made here by POI's HSSF writer) are read through POI's HSSF
        // event API (issue 15): formulas give their cached result, error cells their text, dates become
        // ISO text, empty rows are skipped and row numbers are the sheet's.
        String xls = "exports/oud.xls";
        c.add(reads("old Excel 97-2003 workbook (.xls) with formulas, error cells and an empty row", dir -> {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(row((Object[]) HEADER.split(",")));
            rows.add(row("a@x.nl", "Akker", new Formula("\"Mee \"&\"eens\"", "Mee eens"), "Neutraal", "ok"));
            rows.add(null);
            rows.add(row("b@x.nl", "Akker", new Error(FormulaError.NA), "Eens", ""));
            rows.add(row("c@x.nl", "Beek", "Eens", new Formula("1/0", FormulaError.DIV0), ""));
            rows.add(row(new Formula("\"d@\"&\"x.nl\"", "d@x.nl"), "Beek", new Formula("2+2", 4), "Eens", ""));
            HostileFiles.xls(dir.resolve(xls), rows);
            return study(dir, xls);
        }, xls, account(4, 4, Map.of(), 2), r -> {
            List<Double> a = r.surveys().labelledResponses().filter(col("item").equalTo("a").and(col("value").isNotNull()))
                    .orderBy("row").select("value").as(Encoders.DOUBLE()).collectAsList();
            assertEquals(List.of(4.0, 4.0, 4.0), a);
        }, new Reject(xls, 4, "onbekend antwoord", "Vraag A", "'#N/A'"), new Reject(xls, 5, "onbekend antwoord", "Vraag B", "'#DIV/0!'")));
        c.add(reads("old Excel 97-2003 workbook (.xls) with date cells and serial numbers", dir -> {
            HostileFiles.xls(dir.resolve(xls), List.of(row("Ingevuld", "E-mail", "Locatie", "Vraag A", "Vraag B", "Opmerking"),
                    row(45547.5, "a@x.nl", "Akker", "Eens", "Eens", ""),
                    row(45504.99, "c@x.nl", "Beek", "Eens", "Eens", ""),
                    row(new DateCell(LocalDateTime.of(2025, 5, 13, 10, 0)), "d@x.nl", "Beek", "Eens", "Eens", "")));
            return study(dir, xls).replace("school_year: {value: 2024-2025}", "school_year: {from_date: Ingevuld}");
        }, xls, Account.allAccepted(3), r -> {
            List<Row> years = r.surveys().labelledResponses().filter(col("item").equalTo("a")).orderBy("row").select("row", "school_year").collectAsList();
            assertEquals("[[2,2024-2025], [3,2023-2024], [4,2024-2025]]", years.toString());
        }));
        c.add(exits("zip bomb: a ~100 kB xlsx whose sheet inflates to 100 MB", dir -> {
            HostileFiles.zipBomb(dir.resolve(x), 100);
            assertTrue(Files.size(dir.resolve(x)) < 200_000, "tiny on disk: " + Files.size(dir.resolve(x)));
            return study(dir, x);
        }, "validate", 1, "exports/forms.xlsx", "zip bomb", "safety limits stay on"));
        c.add(exits("sheet named in the config that the workbook lacks", dir -> {
            HostileFiles.xlsx(dir.resolve(x), List.of(row((Object[]) HEADER.split(",")), row("a@x.nl", "Akker", "Eens", "Eens", "")));
            return study(dir, "[\"" + x + "\"]", "sheet: Form2", "");
        }, "validate", 2, "exports/forms.xlsx", "sheet 'Form2' not found", "did you mean 'Form1'", "the workbook has: Form1"));
        c.add(reads("xlsx with formulas and error cells", dir -> {
            HostileFiles.xlsx(dir.resolve(x), List.of(row((Object[]) HEADER.split(",")),
                    row("a@x.nl", "Akker", new Formula("\"Mee \"&\"eens\"", "Mee eens"), "Neutraal", "ok"),
                    row("b@x.nl", "Akker", new Error(FormulaError.NA), "Eens", ""),
                    row("c@x.nl", "Beek", "Eens", new Formula("1/0", FormulaError.DIV0), ""),
                    row(new Formula("\"d@\"&\"x.nl\"", "d@x.nl"), "Beek", new Formula("2+2", 4), "Eens", "")));
            return study(dir, x);
        }, x, account(4, 4, Map.of(), 2), r -> {
            // a's formula gave its cached text: Mee eens = 4; d's 2+2 gave 4 as well.
            List<Double> a = r.surveys().labelledResponses().filter(col("item").equalTo("a").and(col("value").isNotNull()))
                    .orderBy("row").select("value").as(Encoders.DOUBLE()).collectAsList();
            assertEquals(List.of(4.0, 4.0, 4.0), a);
        }, new Reject(x, 3, "onbekend antwoord", "Vraag A", "'#N/A'"), new Reject(x, 4, "onbekend antwoord", "Vraag B", "'#DIV/0!'")));
        c.add(exits("merged header cells hide a question's header", dir -> {
            HostileFiles.xlsx(dir.resolve(x), "Form1", List.of(row("E-mail", "Locatie", "Vraag A", null, "Opmerking"),
                    row("a@x.nl", "Akker", "Eens", "Eens", "")), "C1:D1");
            return study(dir, x);
        }, "validate", 2, "exports/forms.xlsx", "column 'Vraag B' not found", "merged header cells"));
        c.add(reads("dates as Excel serial numbers (and as date cells, and as text)", dir -> {
            // python3: datetime(1899,12,30) + timedelta(days=45547.5) = 2024-09-12 12:00 → 2024-2025;
            // 45505 = 2024-08-01 (first day of 2024-2025); 45504.99 = 2024-07-31 23:45 → 2023-2024.
            HostileFiles.xlsx(dir.resolve(x), List.of(row("Ingevuld", "E-mail", "Locatie", "Vraag A", "Vraag B", "Opmerking"),
                    row(45547.5, "a@x.nl", "Akker", "Eens", "Eens", ""),
                    row(45505, "b@x.nl", "Akker", "Eens", "Eens", ""),
                    row(45504.99, "c@x.nl", "Beek", "Eens", "Eens", ""),
                    row(new DateCell(LocalDateTime.of(2025, 5, 13, 10, 0)), "d@x.nl", "Beek", "Eens", "Eens", ""),
                    row("31-7-2025", "e@x.nl", "Beek", "Eens", "Eens", "")));
            return study(dir, x).replace("school_year: {value: 2024-2025}", "school_year: {from_date: Ingevuld}");
        }, x, Account.allAccepted(5), r -> {
            List<Row> years = r.surveys().labelledResponses().filter(col("item").equalTo("a")).orderBy("row").select("row", "school_year").collectAsList();
            assertEquals("[[2,2024-2025], [3,2024-2025], [4,2023-2024], [5,2024-2025], [6,2024-2025]]", years.toString());
        }));
        c.add(reads("xlsx with empty rows and a row wider than the header", dir -> {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(row((Object[]) HEADER.split(",")));
            rows.add(row("a@x.nl", "Akker", "Eens", "Eens", ""));
            rows.add(null);
            rows.add(null);
            rows.add(row("b@x.nl", "Akker", "Eens", "Eens", "", "extra"));
            rows.add(row("c@x.nl", "Zee", "Eens", "Eens", ""));
            HostileFiles.xlsx(dir.resolve(x), rows);
            return study(dir, "[\"" + x + "\"]", "", "locations: [Akker, Beek]");
        }, x, account(3, 1, Map.of("rij past niet bij de kop", 1L, "onbekende locatie", 1L), 0),
                new Reject(x, 5, "rij past niet bij de kop", null, "6 velden, de kop heeft er 5"),
                new Reject(x, 6, "onbekende locatie", "Locatie", "'Zee'")));
        AtomicLong largeRows = new AtomicLong();
        c.add(new CorpusCase("a 5 MB xlsx through the streaming reader", null, dir -> {
            largeRows.set(LargeSurveyXlsx.write(dir, 5L * 1024 * 1024));
            assertTrue(Files.size(dir.resolve("survey.xlsx")) > 4L * 1024 * 1024, "size " + Files.size(dir.resolve("survey.xlsx")));
            return Files.readString(dir.resolve("study.yaml"));
        }, new Reads("surveys", Map.of(), List.of(), r -> {
            var acc = r.surveys().accounts().get(0);
            assertEquals("survey.xlsx", acc.file());
            assertEquals(largeRows.get(), acc.read(), "every generated row read");
            assertEquals(largeRows.get(), acc.accepted());
            assertTrue(largeRows.get() > 10_000, "rows: " + largeRows.get());
        })));

        // --- the run as a whole: exit codes -------------------------------------------------------------
        c.add(new CorpusCase("more rejects than options.reject_threshold", null, dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Zee,Eens,Eens,", "c@x.nl,Akker,Oneens,Eens,",
                    "d@x.nl,Meer,Eens,Eens,"));
            return study(dir, "[\"" + f + "\"]", "", "locations: [Akker, Beek]\noptions: {reject_threshold: 0.25}");
        }, new Exits("run", 1, List.of("2 of 4 rows rejected", "reject_threshold"), List.of("--out", "{dir}/uitvoer"))));
        c.add(new CorpusCase("output folder not writable (a file is in the way)", null, dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,"));
            HostileFiles.text(dir.resolve("uitvoer"), "ik ben een bestand");
            return study(dir, f);
        }, new Exits("run", 3, List.of("cannot write output", "uitvoer"), List.of("--out", "{dir}/uitvoer"))));
        c.add(new CorpusCase("key file inside the output folder", null, dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,"));
            return study(dir, f).replace(dir.resolve(".key/pseudonym.key").toString(), dir.resolve("uitvoer/sleutel.key").toString());
        }, new Exits("run", 2, List.of("config error", "key_file", "inside the output folder"), List.of("--out", "{dir}/uitvoer"))));
        c.add(new CorpusCase("--run-name that would leave the output folder", null, dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,"));
            return study(dir, f);
        }, new Exits("run", 64, List.of("--run-name", "'../x' cannot be used"), List.of("--out", "{dir}/uitvoer", "--run-name", "../x"))));
        c.add(exits("unknown key in study.yaml", dir -> {
            HostileFiles.text(dir.resolve(f), csv(HEADER, "a@x.nl,Akker,Eens,Eens,"));
            return study(dir, f).replace("privacy: {", "privacy: {include_free_txt: false, ");
        }, "validate", 2, "unknown key 'include_free_txt'", "did you mean 'include_free_text'"));
        return c;
    }

    static List<String> openTexts(CorpusCase.ReadResult r) {
        return r.surveys().openAnswers().orderBy("row", "text").select("text").as(Encoders.STRING()).collectAsList();
    }

    static void noRawIdentifier(CorpusCase.ReadResult r, String identifier) {
        assertFalse(r.surveys().labelledResponses().collectAsList().toString().contains(identifier));
    }
}
