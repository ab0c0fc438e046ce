package nl.samenkracht.trust;

import nl.samenkracht.trust.CliCase.Builder;
import nl.samenkracht.trust.CliCase.Count;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static nl.samenkracht.trust.HostileFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and careless inputs for every source but surveys (those are {@link SurveyCorpus}), plus
 * the classes of issue 17 that cut across sources. Each case plants identifiers (pupil numbers,
 * staff names, e-mail addresses) and expects them nowhere on the terminal or in the output. Every
 * expected count is read off the rows written in the same case.
 */
final class SourceCorpus {
    /** Planted identifiers: pupils, staff, e-mail addresses, phone numbers. */
    static final String PUPIL_1 = "8472913", PUPIL_2 = "8472914", PUPIL_3 = "8472915";
    static final String STAFF_1 = "Ilse Verbruggen", STAFF_2 = "Bas Oosterhuis";
    static final String EMAIL = "marieke.jansen@kompasroos.nl", PHONE = "06-12345678";
    static final String ROSTER_FIRST = "Jolien", ROSTER_LAST = "Wijnaldum";

    static final String LOG = "exports/contacten.csv";
    static final String LOG_HEADER = "Datum;Leerling;Medewerker;Locatie;Soort contact;Kanaal";

    private SourceCorpus() {}

    static Builder c(String source, String name, CliCase.Setup setup) {
        return new Builder(source, name, setup);
    }

    static String key(Path dir) {
        return dir.resolve(".key/pseudonym.key").toString().replace("\\", "/");
    }

    /** A contacts-only study: one parent log (columns given), optional rosters, locations Akker and Beek. */
    static String contactsStudy(Path dir, String logColumns, String rosters, String extraLog) {
        return """
                version: 1
                study: {id: corpus, name: Corpus}
                privacy: {key_file: "%s"}
                options: {reject_threshold: 0.5}
                locations: [Akker, Beek]
                contacts:
                  options: {school_years: ["2024-2025"]}
                %s  logs:
                    - id: ouders
                      kind: ouder
                      files: [%s]
                      date_format: dd-MM-yyyy
                      columns: {%s}
                      values:
                        type: {"Startgesprek": startgesprek, "Telefoongesprek": telefonisch_contact}
                        channel: {"Persoonlijk": mondeling, "Telefonisch": telefoon, "Parro": digitaal}
                %s""".formatted(key(dir), rosters, LOG, logColumns, extraLog);
    }

    static final String ALL_COLUMNS = "date: Datum, counterpart: Leerling, staff: Medewerker, location: Locatie, type: Soort contact, channel: Kanaal";
    static final String NO_CHANNEL = "date: Datum, counterpart: Leerling, staff: Medewerker, location: Locatie, type: Soort contact";

    static String contactsStudy(Path dir) throws Exception {
        return contactsStudy(dir, ALL_COLUMNS);
    }

    /** The study with the roster of the three pupils (written here), as a school has it. */
    static String contactsStudy(Path dir, String columns) throws Exception {
        HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";" + ROSTER_FIRST + ";" + ROSTER_LAST + ";Akker;A1",
                PUPIL_2 + ";Sem;de Boer;Akker;A1", PUPIL_3 + ";Noor;Visser;Beek;B1"), Charset.forName("windows-1252"));
        return contactsStudy(dir, columns, roster(), "");
    }

    static final String ROSTER = "exports/leerlingen.csv";

    static String roster() {
        return """
                  rosters:
                    - id: leerlingen
                      kind: ouder
                      files: [%s]
                      columns: {counterpart: Leerlingnummer, location: Locatie, class: Klas}
                """.formatted(ROSTER);
    }

    static String rosterCsv(String... rows) {
        List<String> l = new ArrayList<>(List.of("Leerlingnummer;Roepnaam;Achternaam;Locatie;Klas"));
        l.addAll(List.of(rows));
        return HostileFiles.lines("\r\n", l.toArray(new String[0]));
    }

    /** Three good parent contacts at two locations. */
    static String logCsv(String header, String... extra) {
        List<String> l = new ArrayList<>(List.of(header,
                "02-09-2024;" + PUPIL_1 + ";" + STAFF_1 + ";Akker;Startgesprek;Persoonlijk",
                "03-09-2024;" + PUPIL_2 + ";" + STAFF_1 + ";Akker;Telefoongesprek;Telefonisch",
                "04-09-2024;" + PUPIL_3 + ";" + STAFF_2 + ";Beek;Startgesprek;Parro"));
        l.addAll(List.of(extra));
        return HostileFiles.lines("\r\n", l.toArray(new String[0]));
    }

    static String[] contactIds() {
        return new String[]{PUPIL_1, PUPIL_2, PUPIL_3, STAFF_1, STAFF_2, ROSTER_LAST};
    }

    static List<CliCase> cases() {
        List<CliCase> c = new ArrayList<>();
        contacts(c);
        rosters(c);
        interviews(c);
        kotter(c);
        studyFile(c);
        surveys(c);
        rowLevel(c);
        fixedIn17(c);
        return c;
    }

    // --- contact logs ------------------------------------------------------------------------------

    private static void contacts(List<CliCase> c) {
        contactsMore(c);
        c.add(c("contacts", "log without the optional channel column (was: share outside 0..1)", dir -> {
            String noChannel = logCsv(LOG_HEADER).replace(";Kanaal", "").replaceAll(";(Persoonlijk|Telefonisch|Parro)\r\n", "\r\n");
            HostileFiles.text(dir.resolve(LOG), noChannel);
            return contactsStudy(dir, NO_CHANNEL);
        }).file(LOG, Count.all(3)).file(ROSTER, Count.all(3)).planted(contactIds()).check((dir, run, cli) -> {
            assertTrue(Files.isRegularFile(run.resolve("onderzoek.xlsx")), cli.all());
        }).build());
        c.add(c("contacts", "channel column empty at one location", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER).replace("Beek;Startgesprek;Parro", "Beek;Startgesprek;"));
            return contactsStudy(dir);
        }).file(LOG, Count.all(3)).file(ROSTER, Count.all(3)).planted(contactIds()).build());
        c.add(c("contacts", "no channel value on the mapping (cell issues only)", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER).replaceAll(";(Persoonlijk|Telefonisch|Parro)\r\n", ";Postduif\r\n"));
            return contactsStudy(dir);
        }).file(LOG, Count.all(3)).file(ROSTER, Count.all(3)).planted(contactIds()).build());
        c.add(c("contacts", "contacts at a location the roster does not list", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";" + ROSTER_FIRST + ";" + ROSTER_LAST + ";Akker;A1",
                    PUPIL_2 + ";Sem;de Boer;Akker;A1"));
            return contactsStudy(dir, ALL_COLUMNS, roster(), "");
        }).file(LOG, Count.all(3)).file(ROSTER, Count.all(2)).planted(contactIds()).planted(ROSTER_LAST).build());
    }

    private static void pathCases(List<CliCase> c, String source, String file, CliCase.Setup study) {
        c.add(c(source, "a folder where the file should be", dir -> {
            Files.createDirectories(dir.resolve(file));
            return study.write(dir);
        }).exits(2, file, "is a folder, not a file").build());
        c.add(c(source, "a named pipe where the file should be", dir -> {
            Files.createDirectories(dir.resolve(file).getParent());
            Process p = new ProcessBuilder("mkfifo", dir.resolve(file).toString()).start();
            assertEquals(0, p.waitFor());
            return study.write(dir);
        }).exits(2, file, "named pipe").build());
        c.add(c(source, "a link to a folder outside the study", dir -> {
            Path outside = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-elders"));
            Files.createDirectories(dir.resolve(file).getParent());
            Files.createSymbolicLink(dir.resolve(file), outside);
            return study.write(dir);
        }).exits(2, file, "link to a folder outside the study folder").build());
    }

    private static void contactsMore(List<CliCase> c) {
        pathCases(c, "contacts", LOG, SourceCorpus::contactsStudy);
        c.add(c("contacts", "impossible date and unknown location rejected, pupil number not printed", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER, "31-02-2025;" + PUPIL_1 + ";" + STAFF_1 + ";Akker;Startgesprek;Persoonlijk",
                    "05-09-2024;" + PUPIL_2 + ";" + STAFF_2 + ";Zeestad;Startgesprek;Persoonlijk"));
            return contactsStudy(dir);
        }).file(LOG, Count.of(5, 3, "onmogelijke datum", 1, "onbekende locatie", 1)).file(ROSTER, Count.all(3)).planted(contactIds()).build());
        c.add(c("contacts", "Windows-1252 log with accented staff names", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER, "05-09-2024;" + PUPIL_3 + ";Zoë Daniëls;Beek;Startgesprek;Persoonlijk"),
                    Charset.forName("windows-1252"));
            return contactsStudy(dir);
        }).file(LOG, Count.all(4)).file(ROSTER, Count.all(3)).planted(contactIds()).planted("Zoë Daniëls", "Daniëls").build());
        c.add(c("contacts", "a configured column missing from the log", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER).replace("Medewerker", "Mentor"));
            return contactsStudy(dir);
        }).exits(2, LOG, "Medewerker").planted(contactIds()).build());
        c.add(c("contacts", "a log with only its header", dir -> {
            HostileFiles.text(dir.resolve(LOG), LOG_HEADER + "\r\n");
            HostileFiles.text(dir.resolve("exports/contacten2.csv"), logCsv(LOG_HEADER));
            return contactsStudy(dir).replace("files: [" + LOG + "]", "files: [" + LOG + ", exports/contacten2.csv]");
        }).file(LOG, Count.all(0)).file("exports/contacten2.csv", Count.all(3)).file(ROSTER, Count.all(3)).planted(contactIds()).build());
        c.add(c("contacts", "the same contact twice", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER, "02-09-2024;" + PUPIL_1 + ";" + STAFF_1 + ";Akker;Startgesprek;Persoonlijk"));
            return contactsStudy(dir);
        }).file(LOG, Count.of(4, 3, "dubbele rij", 1)).file(ROSTER, Count.all(3)).planted(contactIds()).build());
        c.add(c("contacts", "a pupil number with a zero-width space and a BOM links to the roster", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER).replace(";" + PUPIL_1 + ";", ";\u200B" + PUPIL_1 + ";")
                    .replace(";" + PUPIL_2 + ";", ";\uFEFF" + PUPIL_2 + " ;"));
            return contactsStudy(dir);
        }).file(LOG, Count.all(3)).file(ROSTER, Count.all(3)).planted(contactIds()).check((dir, run, cli) ->
                assertFalse(Files.readString(run.resolve("tables/rejects.csv")).contains("ontbreekt in de lijst"),
                        "every pupil is on the roster once the id is normalised")).build());
    }

    // --- rosters -----------------------------------------------------------------------------------

    private static void rosters(List<CliCase> c) {
        c.add(c("roster", "a configured column missing from the roster", dir -> {
            String yaml = contactsStudy(dir);
            HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";" + ROSTER_FIRST + ";" + ROSTER_LAST + ";Akker;A1")
                    .replace("Klas", "Groep"));
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            return yaml;
        }).exits(2, ROSTER, "Klas").planted(contactIds()).build());
        pathCases(c, "roster", ROSTER, dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            return contactsStudy(dir, ALL_COLUMNS, roster(), "");
        });
        c.add(c("roster", "a pupil listed twice, names in unconfigured columns", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            String yaml = contactsStudy(dir);
            HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";" + ROSTER_FIRST + ";" + ROSTER_LAST + ";Akker;A1",
                    PUPIL_2 + ";Sem;de Boer;Akker;A1", PUPIL_3 + ";Noor;Visser;Beek;B1", PUPIL_3 + ";Noor;Visser;Beek;B1"));
            return yaml;
        }).file(LOG, Count.all(3)).file(ROSTER, Count.of(4, 3, "dubbel in de lijst", 1)).planted(contactIds()).build());
    }

    // --- interview exports -------------------------------------------------------------------------

    static final String IV_NAME = "Marieke Jansen", IV_NAME_2 = "Youssef Amrani";

    static String interviewStudy(Path dir, String file, String format, String extra) {
        return """
                version: 1
                study: {id: corpus, name: Corpus}
                privacy: {key_file: "%s"}
                options: {reject_threshold: 0.5}
                locations: [Akker, Beek]
                %s
                interviews:
                  - id: iv
                    files: ["%s"]
                    format: %s
                    school_year: 2024-2025
                    wave: voormeting
                    location: Akker
                    role: nieuwe collega
                """.formatted(key(dir), extra, file, format);
    }

    static final String MAXQDA = "interviews/coded_segments.csv";
    static final String MAXQDA_HEADER = "Color;Document group;Document name;Code;Beginning;End;Weight score;Segment;Comment;Created by";

    static String maxqdaCsv(String... segments) {
        List<String> l = new ArrayList<>(List.of(MAXQDA_HEADER));
        for (int i = 0; i < segments.length; i++)
            l.add(";Voormeting;" + (i % 2 == 0 ? IV_NAME : IV_NAME_2) + ";Behoeften\\Houvast;" + (i + 1) + ";" + (i + 1) + ";0;\""
                    + segments[i].replace("\"", "\"\"") + "\";;MdV");
        return HostileFiles.lines("\r\n", l.toArray(new String[0]));
    }

    static final String TABLE = "interviews/fragmenten.csv";

    static String tableCsv(String... rows) {
        List<String> l = new ArrayList<>(List.of("Respondent;Code;Fragment;Meting;Locatie;Rol"));
        l.addAll(List.of(rows));
        return HostileFiles.lines("\r\n", l.toArray(new String[0]));
    }

    static final String ATLAS = "interviews/quotations.xlsx";

    static final List<Object> ATLAS_HEADER = row("ID", "Quotation Name", "Document", "Document Groups", "Codes", "Quotation Content",
            "Comment", "Reference", "Created by", "Created");

    static void atlasXlsx(Path file, String... contents) throws Exception {
        HostileFiles.xlsx(file, "Quotations", atlasRows(contents), null);
    }

    /** The header and one quotation per content (null: a quotation without codes). */
    static List<List<Object>> atlasRows(String... contents) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(ATLAS_HEADER);
        for (int i = 0; i < contents.length; i++)
            rows.add(row("1:" + (i + 1), "", i % 2 == 0 ? IV_NAME : IV_NAME_2, "Voormeting", contents[i] == null ? "" : "Behoeften: Houvast",
                    contents[i] == null ? "iets" : contents[i], "", "2 – 2", "MdV", "12-03-2025"));
        return rows;
    }

    static final String QDPX = "interviews/project.qdpx";

    static void qdpx(Path file, String text) throws Exception {
        int start = 0, end = text.codePointCount(0, text.length());
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Corpus">
                  <CodeBook><Codes>
                    <Code guid="c0000000-0000-4000-8000-000000000001" name="Behoeften" isCodable="false">
                      <Code guid="c0000000-0000-4000-8000-000000000011" name="Houvast" isCodable="true"/>
                    </Code>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="50000000-0000-4000-8000-000000000001" name="%s">
                      <PlainTextContent>%s</PlainTextContent>
                      <PlainTextSelection guid="51000000-0000-4000-8000-000000000001" name="s" startPosition="%d" endPosition="%d">
                        <Coding guid="52000000-0000-4000-8000-000000000001"><CodeRef targetGUID="c0000000-0000-4000-8000-000000000011"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                </Project>
                """.formatted(IV_NAME, text.replace("&", "&amp;").replace("<", "&lt;"), start, end);
        HostileFiles.zip(file, "project.qde", qde);
    }

    static final String FREE = "Bel me op " + PHONE + " of mail " + EMAIL + "; " + ROSTER_FIRST + " " + ROSTER_LAST + " zat erbij.";

    private static void interviews(List<CliCase> c) {
        // free text: masked by default in every interview format
        c.add(c("maxqda", "e-mail, phone and roster name in a segment are masked", dir -> {
            HostileFiles.text(dir.resolve(MAXQDA), maxqdaCsv("Ik wil houvast.", FREE, "Structuur graag."));
            HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";" + ROSTER_FIRST + ";" + ROSTER_LAST + ";Akker;A1"));
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            return interviewStudy(dir, MAXQDA, "maxqda", "") + contactsStudy(dir, ALL_COLUMNS, roster(), "")
                    .substring(contactsStudy(dir, ALL_COLUMNS, roster(), "").indexOf("contacts:"));
        }).file(MAXQDA, Count.all(3)).file(LOG, Count.all(3)).file(ROSTER, Count.all(1))
                .planted(EMAIL, PHONE, "0612345678", ROSTER_FIRST + " " + ROSTER_LAST, ROSTER_LAST, IV_NAME, IV_NAME_2)
                .planted(contactIds()).check((dir, run, cli) -> {
                    String xml = CorpusChecks.workbookText(run.resolve("onderzoek.xlsx"));
                    assertTrue(xml.contains("[e-mail]") && xml.contains("[telefoon]") && xml.contains("[naam]"), "the masks are visible");
                    assertTrue(xml.contains("vervangen door [e-mail]"), "the methods text says free text was masked");
                }).build());
        c.add(c("maxqda", "include_free_text: raw keeps the text as typed", dir -> {
            HostileFiles.text(dir.resolve(MAXQDA), maxqdaCsv("Ik wil houvast.", FREE));
            return interviewStudy(dir, MAXQDA, "maxqda", "").replace("privacy: {", "privacy: {include_free_text: raw, ");
        }).file(MAXQDA, Count.all(2)).planted(IV_NAME, IV_NAME_2).check((dir, run, cli) -> {
            String xml = CorpusChecks.workbookText(run.resolve("onderzoek.xlsx"));
            assertTrue(xml.contains(EMAIL) && xml.contains(PHONE), "raw: not masked");
            assertFalse(xml.contains("vervangen door [e-mail]"), "raw: the methods text does not claim masking");
            assertTrue(xml.contains("zoals ze zijn ingevuld"), "raw: the methods text says the text is as typed");
        }).build());
        c.add(c("maxqda", "a segment longer than an Excel cell holds (40,000 characters)", dir -> {
            HostileFiles.text(dir.resolve(MAXQDA), maxqdaCsv("Ik wil houvast.", "lang ".repeat(8_000).strip() + "."));
            return interviewStudy(dir, MAXQDA, "maxqda", "");
        }).file(MAXQDA, Count.all(2)).planted(IV_NAME, IV_NAME_2).check((dir, run, cli) -> {
            String xml = CorpusChecks.workbookText(run.resolve("onderzoek.xlsx"));
            assertTrue(xml.contains("[ingekort"), "the cut is marked in the workbook");
            long longest = CorpusChecks.longestText(run.resolve("data/interview_segments"));
            assertEquals(40_000, longest, "Parquet keeps the whole segment");
        }).build());
        c.add(c("maxqda", "header in a language MAXQDA does not offer", dir -> {
            HostileFiles.text(dir.resolve(MAXQDA), maxqdaCsv("Ik wil houvast.").replace("Document name", "Dokumentti").replace("Segment", "Katkelma"));
            return interviewStudy(dir, MAXQDA, "maxqda", "");
        }).exits(2, "coded_segments.csv", "column 'Document name'", "not found in the header").planted(IV_NAME).build());
        pathCases(c, "maxqda", MAXQDA, dir -> interviewStudy(dir, MAXQDA, "maxqda", ""));
        c.add(c("maxqda", "roster names that are also Dutch words: masked mid-sentence, not where the capital is grammar", dir -> {
            HostileFiles.text(dir.resolve(MAXQDA), maxqdaCsv("Ben je er morgen? Hoop het. Ik sprak Roos en Bas gisteren, en Bas Visser.",
                    "de boer en de groot-ouders kwamen; Ben de Groot niet."));
            HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";Roos;Bakker;Akker;A1", PUPIL_2 + ";Bas;Visser;Akker;A1",
                    PUPIL_3 + ";Ben;de Groot;Beek;B1", "8472916;Hoop;de Boer;Beek;B1"));
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            String contacts = contactsStudy(dir, ALL_COLUMNS, roster(), "");
            return interviewStudy(dir, MAXQDA, "maxqda", "") + contacts.substring(contacts.indexOf("contacts:"));
        }).file(MAXQDA, Count.all(2)).file(LOG, Count.all(3)).file(ROSTER, Count.all(4))
                .planted("Bas Visser", "Ben de Groot", PUPIL_1, PUPIL_2, PUPIL_3, IV_NAME, IV_NAME_2).check((dir, run, cli) -> {
                    String xml = CorpusChecks.workbookText(run.resolve("onderzoek.xlsx"));
                    assertTrue(xml.contains("Ben je er morgen? Hoop het. Ik sprak [naam] en [naam] gisteren, en [naam]."),
                            "words at a sentence start kept, names mid-sentence masked");
                    assertTrue(xml.contains("de boer en de groot-ouders kwamen; [naam] niet."), "'de boer' is a farmer, not Hoop de Boer");
                }).build());

        c.add(c("atlasti", "e-mail in a quotation masked; a quotation without codes rejected", dir -> {
            atlasXlsx(dir.resolve(ATLAS), "Ik wil houvast.", FREE, null);
            return interviewStudy(dir, ATLAS, "atlasti", "");
        }).file(ATLAS, Count.of(3, 2, "geen code", 1)).planted(EMAIL, PHONE, IV_NAME, IV_NAME_2).build());
        c.add(c("atlasti", "a quotation of 32,767 characters, as much as its workbook cell holds, is kept whole", dir -> {
            atlasXlsx(dir.resolve(ATLAS), "x".repeat(32_766) + ".");
            return interviewStudy(dir, ATLAS, "atlasti", "");
        }).file(ATLAS, Count.all(1)).planted(IV_NAME).check((dir, run, cli) -> {
            assertFalse(CorpusChecks.workbookText(run.resolve("onderzoek.xlsx")).contains("[ingekort"), "not cut");
            assertEquals(32_767, CorpusChecks.longestText(run.resolve("data/interview_segments")));
        }).build());

        c.add(c("qdpx", "e-mail and phone in a REFI-QDA text source masked", dir -> {
            qdpx(dir.resolve(QDPX), FREE);
            return interviewStudy(dir, QDPX, "qdpx", "");
        }).file(QDPX, Count.all(1)).planted(EMAIL, PHONE, IV_NAME).build());
        c.add(c("qdpx", "a passage longer than an Excel cell holds (40,000 characters)", dir -> {
            qdpx(dir.resolve(QDPX), "lang ".repeat(8_000).strip() + ".");
            return interviewStudy(dir, QDPX, "qdpx", "");
        }).file(QDPX, Count.all(1)).planted(IV_NAME).check((dir, run, cli) -> {
            assertTrue(CorpusChecks.workbookText(run.resolve("onderzoek.xlsx")).contains("[ingekort"), "the cut is marked in the workbook");
            assertEquals(40_000, CorpusChecks.longestText(run.resolve("data/interview_segments")), "Parquet keeps the whole passage");
        }).build());
        c.add(c("qdpx", "a REFI-QDA project that is a broken zip", dir -> {
            HostileFiles.bytes(dir.resolve(QDPX), "PK\u0003\u0004 kapot".getBytes(StandardCharsets.ISO_8859_1));
            return interviewStudy(dir, QDPX, "qdpx", "");
        }).exits(1, "project.qdpx", "not a valid .qdpx file").build());
        c.add(c("qdpx", "a REFI-QDA project without project.qde", dir -> {
            HostileFiles.zip(dir.resolve(QDPX), "sources/a.txt", EMAIL);
            return interviewStudy(dir, QDPX, "qdpx", "");
        }).exits(1, "project.qdpx", "holds no project.qde").planted(EMAIL).build());

        c.add(c("table", "plain table: missing code and unknown location rejected, e-mail masked", dir -> {
            HostileFiles.text(dir.resolve(TABLE), tableCsv(IV_NAME + ";Behoeften/Houvast;Houvast graag;voormeting;Akker;nieuwe collega",
                    IV_NAME_2 + ";;Niets gecodeerd;voormeting;Akker;nieuwe collega",
                    IV_NAME_2 + ";Behoeften/Orde;Orde;voormeting;Zeestad;nieuwe collega",
                    IV_NAME + ";Behoeften/Orde;\"" + FREE + "\";nameting;Beek;nieuwe collega"));
            return interviewStudy(dir, TABLE, "table", "");
        }).file(TABLE, Count.of(4, 2, "geen code", 1, "onbekende locatie", 1)).planted(EMAIL, PHONE, IV_NAME, IV_NAME_2).build());
        c.add(c("table", "plain table in Windows-1252 with a name in a passage", dir -> {
            HostileFiles.text(dir.resolve(TABLE), tableCsv(IV_NAME + ";Behoeften/Houvast;Zoë helpt me;voormeting;Akker;nieuwe collega"),
                    Charset.forName("windows-1252"));
            return interviewStudy(dir, TABLE, "table", "");
        }).file(TABLE, Count.all(1)).planted(IV_NAME).build());
        c.add(c("table", "a plain table without a code column", dir -> {
            HostileFiles.text(dir.resolve(TABLE), tableCsv(IV_NAME + ";x;Houvast graag;voormeting;Akker;nieuwe collega").replace(";Code;", ";Thema;"));
            return interviewStudy(dir, TABLE, "table", "");
        }).exits(2, "fragmenten.csv", "column 'code'", "not found in the header").planted(IV_NAME).build());
        c.add(c("table", "a document_groups rule that assigns nothing is a config error in English", dir -> {
            HostileFiles.text(dir.resolve(TABLE), tableCsv(IV_NAME + ";Behoeften/Houvast;Houvast graag;voormeting;Akker;nieuwe collega"));
            return interviewStudy(dir, TABLE, "table", "").replace("    role: nieuwe collega\n",
                    "    role: nieuwe collega\n    document_groups: {Voormeting: \"golf:voor\"}\n");
        }).exits(2, "document_groups", "'golf:voor' under 'Voormeting' is not an assignment").planted(IV_NAME).build());
    }

    // --- the Kotter log ----------------------------------------------------------------------------

    static final String KOTTER = "logs/kotter.csv";

    static String kotterStudy(Path dir) throws Exception {
        String f = "exports/antwoorden.csv";
        HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Beek,Oneens,Eens,"));
        return SurveyCorpus.study(dir, "[\"" + f + "\"]", "", "coverage: {frameworks: [inwerken], kotter_log: {file: " + KOTTER
                + ", reference_date: 2025-06-30}}");
    }

    private static void kotter(List<CliCase> c) {
        String f = "exports/antwoorden.csv";
        c.add(c("kotter", "a name where the date should be is not printed", dir -> {
            HostileFiles.text(dir.resolve(KOTTER), "datum;fase;activiteit\n2-10-2024;1;Start\n" + STAFF_1 + ";2;Overleg\n");
            return kotterStudy(dir);
        }).exits(1, KOTTER, "row 3", "no date").planted(STAFF_1, "a@x.nl").build());
        c.add(c("kotter", "a phase outside 1 to 8", dir -> {
            HostileFiles.text(dir.resolve(KOTTER), "datum;fase;activiteit\n2-10-2024;1;Start\n3-10-2024;" + PUPIL_1 + ";Overleg\n");
            return kotterStudy(dir);
        }).exits(1, KOTTER, "row 3", "1 to 8").planted(PUPIL_1).build());
        c.add(c("kotter", "a Windows-1252 log with a comma delimiter", dir -> {
            HostileFiles.text(dir.resolve(KOTTER), "datum,fase,activiteit\n2-10-2024,1,Café-overleg met " + STAFF_2 + "\n", Charset.forName("windows-1252"));
            return kotterStudy(dir);
        }).file(f, Count.all(2)).planted("a@x.nl", "b@x.nl").build());
        pathCases(c, "kotter", KOTTER, SourceCorpus::kotterStudy);
        // No output shows a description today (the timeline has dates and counts): this guards that none does
        // raw; KotterLogTest shows the reader masks them.
        c.add(c("kotter", "e-mail, phone and roster name in a description appear nowhere", dir -> {
            HostileFiles.text(dir.resolve(KOTTER), "datum;fase;activiteit\n2-10-2024;1;\"" + FREE + "\"\n3-10-2024;2;Overleg, " + PHONE + "\n");
            HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";" + ROSTER_FIRST + ";" + ROSTER_LAST + ";Akker;A1"));
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            String contacts = contactsStudy(dir, ALL_COLUMNS, roster(), "");
            return kotterStudy(dir) + contacts.substring(contacts.indexOf("contacts:"));
        }).file(f, Count.all(2)).file(LOG, Count.all(3)).file(ROSTER, Count.all(1))
                .planted(EMAIL, PHONE, "0612345678", ROSTER_FIRST + " " + ROSTER_LAST, ROSTER_LAST, "a@x.nl", "b@x.nl")
                .planted(contactIds()).build());
    }

    // --- study.yaml and the folders around it ------------------------------------------------------

    private static void studyFile(List<CliCase> c) {
        String f = "exports/antwoorden.csv";
        c.add(c("study.yaml", "include_free_text with an unknown value", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,"));
            return SurveyCorpus.study(dir, f).replace("privacy: {", "privacy: {include_free_text: soms, ");
        }).exits(2, "include_free_text", "true, false or raw").build());
        c.add(c("study.yaml", "study.yaml is a folder", dir -> {
            Files.createDirectories(dir.resolve("study.yaml"));
            return null;
        }).exits(2, "study.yaml", "is a folder").build());
        c.add(c("study.yaml", "indented with a tab", dir -> "version: 1\nstudy:\n\tid: x\n").exits(2, "study.yaml", "line 3", "tab").build());
        c.add(c("study.yaml", "an empty file", dir -> "").exits(2, "study.yaml", "empty").build());
        c.add(c("study.yaml", "files given as a mapping instead of a list", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,"));
            return SurveyCorpus.study(dir, "{a: " + f + "}", "", "");
        }).exits(2, "files", "list").planted("a@x.nl").build());
        c.add(c("study.yaml", "an output folder inside the input glob is not read back", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Beek,Eens,Oneens,"));
            return SurveyCorpus.study(dir, "[\"**/*.csv\"]", "", "");
        }).file(f, Count.all(2)).planted("a@x.nl", "b@x.nl").check((dir, run, cli) -> {
            CorpusChecks.runAgain(dir, run, cli);
        }).build());
        c.add(c("study.yaml", "a staging folder of a dead run is removed by the next run", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,"));
            CorpusChecks.plantDeadStaging(dir.resolve("uitvoer/corpus"));
            return SurveyCorpus.study(dir, f);
        }).file(f, Count.all(1)).build());
        c.add(c("study.yaml", "the output root is a file", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,"));
            HostileFiles.text(dir.resolve("uitvoer"), "geen map");
            return SurveyCorpus.study(dir, f);
        }).exits(3, "uitvoer", "not a folder").planted("a@x.nl").build());
    }

    // --- surveys: the classes of issue 17 the survey corpus did not have ---------------------------

    private static void surveys(List<CliCase> c) {
        String f = "exports/antwoorden.csv";
        c.add(c("surveys", "an open answer longer than an Excel cell holds (40,000 characters)", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens," + "lang ".repeat(8_000).strip() + ".",
                    "b@x.nl,Beek,Oneens,Eens,kort"));
            return SurveyCorpus.study(dir, f);
        }).file(f, Count.all(2)).planted("a@x.nl", "b@x.nl").check((dir, run, cli) -> {
            String xml = CorpusChecks.workbookText(run.resolve("onderzoek.xlsx"));
            assertTrue(xml.contains("[ingekort"), "the cut is marked in the workbook");
            assertEquals(40_000, CorpusChecks.longestText(run.resolve("data/open_answers")), "Parquet keeps the whole answer");
        }).build());
        c.add(c("surveys", "e-mail, phone and roster name in an open answer are masked", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,\"" + FREE + "\"",
                    "b@x.nl,Beek,Oneens,Eens,Mail " + EMAIL.toUpperCase() + " of bel +31 6 1234 5678"));
            HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";" + ROSTER_FIRST + ";" + ROSTER_LAST + ";Akker;A1"));
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            String contacts = contactsStudy(dir, ALL_COLUMNS, roster(), "");
            return SurveyCorpus.study(dir, f) + contacts.substring(contacts.indexOf("contacts:"));
        }).file(f, Count.all(2)).file(LOG, Count.all(3)).file(ROSTER, Count.all(1))
                .planted("a@x.nl", "b@x.nl", EMAIL, PHONE, "+31 6 1234 5678", ROSTER_FIRST + " " + ROSTER_LAST, ROSTER_LAST)
                .planted(contactIds()).build());
        c.add(c("surveys", "an e-mail address typed into a Likert cell", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker," + EMAIL + ",Eens,", "b@x.nl,Beek,Oneens,Eens,"));
            return SurveyCorpus.study(dir, f);
        }).file(f, new Count(2, 2, 0, java.util.Map.of())).planted("a@x.nl", "b@x.nl", EMAIL).build());
        c.add(c("surveys", "validate prints no cell contents", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker," + EMAIL + ",Eens,",
                    "b@x.nl,Zeestad,Oneens,Eens,", "c@x.nl,Beek,Eens,Eens,Mijn nummer is " + PHONE));
            return SurveyCorpus.study(dir, f);
        }).validate().says("row 2", "Vraag A").planted("a@x.nl", "b@x.nl", "c@x.nl", EMAIL, PHONE, "Zeestad").build());
    }

    // --- rows without data, a header pasted in again, Excel's sep= line: once, in the front end ---------

    static final String EMPTY = "lege rij", HEADER_AGAIN = "kopregel herhaald";

    private static void rowLevel(List<CliCase> c) {
        String f = "exports/antwoorden.csv";
        String semi = SurveyCorpus.HEADER.replace(',', ';');
        c.add(c("surveys", ";;;; rows Excel leaves behind are skipped as empty, not rejected", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(semi, "a@x.nl;Akker;Eens;Eens;", ";;;;", "b@x.nl;Beek;Oneens;Eens;", ";;;;", ";;;;"));
            return SurveyCorpus.study(dir, f);
        }).file(f, Count.all(2).skipping(EMPTY, 3)).planted("a@x.nl", "b@x.nl").check((dir, run, cli) ->
                assertTrue(cli.err().contains("3 rows without data skipped"), cli.all())).build());
        c.add(c("surveys", "two exports pasted together: the second header is recognised", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Beek,Oneens,Eens,",
                    "\uFEFF" + SurveyCorpus.HEADER, "c@x.nl,Akker,Eens,Oneens,", "d@x.nl,Beek,Eens,Eens,"));
            return SurveyCorpus.study(dir, "[\"" + f + "\"]", "", "locations: [Akker, Beek]");
        }).file(f, Count.all(4).skipping(HEADER_AGAIN, 1)).planted("a@x.nl", "b@x.nl", "c@x.nl", "d@x.nl").build());
        c.add(c("surveys", "a sep=; first line is Excel's delimiter hint", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv("sep=;", semi, "a@x.nl;Akker;Eens;Eens;prima, dank", "b@x.nl;Beek;Oneens;Eens;"));
            return SurveyCorpus.study(dir, f);
        }).file(f, Count.all(2)).planted("a@x.nl", "b@x.nl").build());
        c.add(c("surveys", "a sep=; line and a row that does not fit: the row number is the one Excel shows", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv("sep=;", semi, "a@x.nl;Akker;Eens;Eens;", "b@x.nl;Beek;Oneens"));
            return SurveyCorpus.study(dir, "[\"" + f + "\"]", "", "options: {reject_threshold: 0.6}");
        }).file(f, Count.of(2, 1, "rij past niet bij de kop", 1)).planted("a@x.nl", "b@x.nl").check((dir, run, cli) ->
                assertTrue(Files.readString(run.resolve("tables/rejects.csv")).contains(",3,row,rij past niet bij de kop"),
                        "row 3 as Excel shows it (the sep= line hidden): " + Files.readString(run.resolve("tables/rejects.csv")))).build());
        // A workbook row without a value is dropped by the sheet's conversion (XlsxToCsv), before the front
        // end, as before: it is not counted as skipped (only CSV's ';;;;' rows are). The repeated header is.
        c.add(c("surveys", "a workbook with the header repeated and an empty row", dir -> {
            List<List<Object>> rows = HostileFiles.table(row("E-mail", "Locatie", "Vraag A", "Vraag B", "Opmerking"),
                    row("a@x.nl", "Akker", "Eens", "Eens", null), row(null, null, null, null, " "),
                    row("E-mail", "Locatie", "Vraag A", "Vraag B", "Opmerking"), row("b@x.nl", "Beek", "Oneens", "Eens", null));
            HostileFiles.xlsx(dir.resolve("exports/antwoorden.xlsx"), rows);
            return SurveyCorpus.study(dir, "exports/antwoorden.xlsx");
        }).file("exports/antwoorden.xlsx", Count.all(2).skipping(HEADER_AGAIN, 1)).planted("a@x.nl", "b@x.nl").build());

        c.add(c("contacts", ";;;; rows and a repeated header in a log", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER, ";;;;;", LOG_HEADER, "05-09-2024;" + PUPIL_3 + ";" + STAFF_2 + ";Beek;Startgesprek;Persoonlijk", ";;;;;"));
            return contactsStudy(dir);
        }).file(LOG, Count.all(4).skipping(EMPTY, 2).skipping(HEADER_AGAIN, 1)).file(ROSTER, Count.all(3)).planted(contactIds()).build());
        c.add(c("contacts", "a sep=; first line in a log", dir -> {
            HostileFiles.text(dir.resolve(LOG), "sep=;\r\n" + logCsv(LOG_HEADER));
            return contactsStudy(dir);
        }).file(LOG, Count.all(3)).file(ROSTER, Count.all(3)).planted(contactIds()).build());
        // interview exports: the same rule (ingest.frontend.RowRules) in the interviews' row loop
        c.add(c("maxqda", ";;;; rows and a repeated header in a MAXQDA export are skipped and counted", dir -> {
            List<String> lines = new ArrayList<>(List.of(maxqdaCsv("Ik wil houvast.", "Structuur graag.", "Orde.").split("\r\n")));
            lines.add(2, ";;;;;;;;;");
            lines.add(4, MAXQDA_HEADER);
            lines.add(";;;");
            HostileFiles.text(dir.resolve(MAXQDA), HostileFiles.lines("\r\n", lines.toArray(new String[0])));
            return interviewStudy(dir, MAXQDA, "maxqda", "");
        }).file(MAXQDA, Count.all(3).skipping(EMPTY, 2).skipping(HEADER_AGAIN, 1)).planted(IV_NAME, IV_NAME_2).build());
        c.add(c("atlasti", "a quotation workbook with its header pasted in again", dir -> {
            List<List<Object>> rows = atlasRows("Ik wil houvast.", "Structuur graag.");
            rows.add(2, ATLAS_HEADER);
            HostileFiles.xlsx(dir.resolve(ATLAS), "Quotations", rows, null);
            return interviewStudy(dir, ATLAS, "atlasti", "");
        }).file(ATLAS, Count.all(2).skipping(HEADER_AGAIN, 1)).planted(IV_NAME, IV_NAME_2).build());
        c.add(c("table", ";;;; rows and a repeated header in a plain table (was: 'onbekende locatie')", dir -> {
            HostileFiles.text(dir.resolve(TABLE), tableCsv(IV_NAME + ";Behoeften/Houvast;Houvast graag;voormeting;Akker;nieuwe collega",
                    ";;;;;", "Respondent;Code;Fragment;Meting;Locatie;Rol", IV_NAME_2 + ";Behoeften/Orde;Orde;voormeting;Akker;nieuwe collega", ";;"));
            return interviewStudy(dir, TABLE, "table", "");
        }).file(TABLE, Count.all(2).skipping(EMPTY, 2).skipping(HEADER_AGAIN, 1)).planted(IV_NAME, IV_NAME_2).build());
        // validate counts the same rows through the same rule and interpreter (ingest.frontend.LocalRows)
        c.add(c("surveys", "validate skips ;;;; rows and a repeated header as a run does", dir -> {
            HostileFiles.text(dir.resolve(f), SurveyCorpus.csv(semi, "a@x.nl;Akker;Eens;Eens;", ";;;;", "b@x.nl;Beek;Oneens;Eens;", ";;;;", semi));
            return SurveyCorpus.study(dir, "[\"" + f + "\"]", "", "locations: [Akker, Beek]");
        }).validate().says("2 rows: 2 usable", "3 rows without data skipped").planted("a@x.nl", "b@x.nl").build());
        c.add(c("table", "validate skips ;;;; rows and a repeated header in a plain table as a run does", dir -> {
            HostileFiles.text(dir.resolve(TABLE), tableCsv(IV_NAME + ";Behoeften/Houvast;Houvast graag;voormeting;Akker;nieuwe collega",
                    ";;;;;", "Respondent;Code;Fragment;Meting;Locatie;Rol", IV_NAME_2 + ";Behoeften/Orde;Orde;voormeting;Akker;nieuwe collega", ";;"));
            return interviewStudy(dir, TABLE, "table", "");
        }).validate().says("2 rows: 2 usable", "3 rows without data skipped").planted(IV_NAME, IV_NAME_2).build());
        c.add(c("roster", ";;;; rows at the end of a roster saved by Excel", dir -> {
            HostileFiles.text(dir.resolve(LOG), logCsv(LOG_HEADER));
            String yaml = contactsStudy(dir);
            HostileFiles.text(dir.resolve(ROSTER), rosterCsv(PUPIL_1 + ";" + ROSTER_FIRST + ";" + ROSTER_LAST + ";Akker;A1",
                    PUPIL_2 + ";Sem;de Boer;Akker;A1", PUPIL_3 + ";Noor;Visser;Beek;B1", ";;;;", ";;;;", ";;;;", ";;;;"));
            return yaml;
        }).file(LOG, Count.all(3)).file(ROSTER, Count.all(3).skipping(EMPTY, 4)).planted(contactIds()).build());
    }

    // --- issue 17, classes 1 and 2 (fixed in b84864b): wrong sheet, duplicate key, POI's string table ---
    // Run on the build before that commit with -Dcli.jar, these cases show what it did (corpus/README.md).

    static final String FORMS = "exports/antwoorden.xlsx", LOG_XLSX = "exports/contacten.xlsx", SURVEY = "exports/antwoorden.csv";

    /** A workbook whose first sheet is a hidden, stale one ("Oud"); Excel shows {@code visible} ({@code name}). */
    static void staleSheetFirst(Path file, List<List<Object>> stale, String name, List<List<Object>> visible) throws Exception {
        java.util.LinkedHashMap<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Oud", stale);
        sheets.put(name, visible);
        HostileFiles.xlsxSheets(file, sheets, java.util.Set.of("Oud"));
    }

    /** The contact log's rows as sheet rows, with the dates' year replaced (the stale sheet holds last year). */
    static List<List<Object>> logRows(String year) {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : logCsv(LOG_HEADER).split("\r\n")) rows.add(row((Object[]) line.replace("-2024", "-" + year).split(";", -1)));
        return rows;
    }

    /** The run folder is named after the school year of the rows read: the visible sheet's, not the stale one's. */
    static CliCase.Check namedAfter(String year) {
        return (dir, run, cli) -> assertEquals(year, run.getFileName().toString(), "the school year of the visible sheet\n" + cli.all());
    }

    /** A survey workbook with identifiers in its string table and a cell pointing at shared string 987654. */
    static void danglingSharedString(Path file) throws Exception {
        HostileFiles.xlsx(file, "Form1", HostileFiles.table(row("E-mail", "Locatie", "Vraag A", "Vraag B", "Opmerking"),
                row(EMAIL, "Akker", "Eens", "Eens", "Groeten van " + STAFF_1),
                row("b@x.nl", "Beek", "Oneens", "Eens", STAFF_2 + " belt " + PHONE)), null);
        HostileFiles.rewritePart(file, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("(<c r=\"A3\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)", "$1987654$2"));
    }

    private static void fixedIn17(List<CliCase> c) {
        List<List<Object>> header = List.of(row("Ingevuld", "E-mail", "Locatie", "Vraag A", "Vraag B", "Opmerking"));
        c.add(c("surveys", "an MS Forms workbook whose first sheet is hidden and stale: the visible sheet is read", dir -> {
            List<List<Object>> stale = new ArrayList<>(header), visible = new ArrayList<>(header);
            stale.add(row(new HostileFiles.DateCell(LocalDateTime.of(2023, 10, 2, 9, 0)), "oud1@x.nl", "Akker", "Oneens", "Oneens", ""));
            stale.add(row(new HostileFiles.DateCell(LocalDateTime.of(2023, 10, 3, 9, 0)), "oud2@x.nl", "Beek", "Oneens", "Oneens", ""));
            for (int i = 1; i <= 4; i++)
                visible.add(row(new HostileFiles.DateCell(LocalDateTime.of(2024, 9, 10 + i, 9, 0)), "nieuw" + i + "@x.nl", i % 2 == 0 ? "Akker" : "Beek",
                        "Eens", "Eens", ""));
            staleSheetFirst(dir.resolve(FORMS), stale, "Form1", visible);
            return SurveyCorpus.study(dir, FORMS).replace("school_year: {value: 2024-2025}", "school_year: {from_date: Ingevuld}");
        }).says("read sheet 'Form1' (the first visible one)").file(FORMS, Count.all(4)).planted("oud1@x.nl", "oud2@x.nl", "nieuw1@x.nl", "nieuw4@x.nl").check(namedAfter("2024-2025")).build());
        // With a survey beside the log: the build before b84864b could not run a study without one.
        c.add(c("contacts", "a contact log workbook whose first sheet is hidden and stale: the visible sheet is read", dir -> {
            staleSheetFirst(dir.resolve(LOG_XLSX), logRows("2023"), "Contacten", logRows("2024"));
            HostileFiles.text(dir.resolve(SURVEY), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,", "b@x.nl,Beek,Oneens,Eens,"));
            String contacts = contactsStudy(dir).replace("files: [" + LOG + "]", "files: [" + LOG_XLSX + "]");
            return SurveyCorpus.study(dir, SURVEY) + contacts.substring(contacts.indexOf("contacts:"));
        }).says("read sheet 'Contacten' (the first visible one)").file(LOG_XLSX, Count.all(3)).file(ROSTER, Count.all(3)).file(SURVEY, Count.all(2)).planted(contactIds()).planted("a@x.nl", "b@x.nl")
                .check((dir, run, cli) -> assertEquals(List.of("school_year=2024-2025"), CorpusChecks.partitions(run.resolve("data/contacts")),
                        "the contacts of the visible sheet (2024), not the stale one's (2023)\n" + cli.all())).build());
        String[] stringTable = {EMAIL, "b@x.nl", STAFF_1, STAFF_2, PHONE, "Groeten van"};
        c.add(c("surveys", "a cell pointing at a shared string that does not exist: run names the file, prints no string table", dir -> {
            danglingSharedString(dir.resolve(FORMS));
            return SurveyCorpus.study(dir, FORMS);
        }).exits(1, FORMS, "not a readable .xlsx workbook (damaged content, sheet 'Form1', row 3)").planted(stringTable).build());
        c.add(c("surveys", "a cell pointing at a shared string that does not exist: validate names the file, prints no string table", dir -> {
            danglingSharedString(dir.resolve(FORMS));
            return SurveyCorpus.study(dir, FORMS);
        }).validate().exits(1, FORMS, "not a readable .xlsx workbook (damaged content, sheet 'Form1', row 3)").planted(stringTable).build());
        c.add(c("study.yaml", "surveys: written twice is refused, not the first block silently replaced", dir -> {
            HostileFiles.text(dir.resolve("exports/a.csv"), SurveyCorpus.csv(SurveyCorpus.HEADER, "a@x.nl,Akker,Eens,Eens,"));
            HostileFiles.text(dir.resolve("exports/b.csv"), SurveyCorpus.csv(SurveyCorpus.HEADER, "b@x.nl,Beek,Eens,Eens,"));
            String yaml = SurveyCorpus.study(dir, "exports/a.csv");
            return yaml + yaml.substring(yaml.indexOf("surveys:")).replace("- id: s", "- id: t").replace("exports/a.csv", "exports/b.csv");
        }).exits(2, "study.yaml", "key 'surveys' is written twice", "line").planted("a@x.nl", "b@x.nl").build());
    }
}
