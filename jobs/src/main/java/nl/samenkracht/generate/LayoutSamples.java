package nl.samenkracht.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The sample study's nameting 2024-2025 as other questionnaire tools export it (SYNTHETIC), one
 * export per folder, so that every layout {@code format: auto} recognises can be tested on a file of
 * the real shape (issue 15): Microsoft Forms with an English tenant, Google Forms, Qualtrics (current,
 * choice texts in English), Qualtrics legacy (V1…V10 names row, then a label row; answers as values
 * 1…5), LimeSurvey with full question-text headings, a plain Dutch Excel CSV, and the sample's coded
 * interviews from a MAXQDA with a Polish interface and from an older MAXQDA (11/12) with a German interface,
 * which exported an Excel 97-2003 workbook (.xls, written with POI's HSSF).
 * <p>
 * Every survey export holds {@code complete} finished submissions. The tools that record
 * unfinished responses also get some: Qualtrics {@value #QUALTRICS_UNFINISHED} with Finished =
 * False, LimeSurvey {@value #LIMESURVEY_UNFINISHED} without a submission date (answers to the first
 * page only) and {@value #LIMESURVEY_EMPTY} opened and left without any answer; Google Forms gets
 * {@value #GOOGLE_EMPTY} submitted with only the required location and group questions answered.
 */
public final class LayoutSamples {
    public static final int QUALTRICS_UNFINISHED = 2;
    public static final int LIMESURVEY_UNFINISHED = 2;
    public static final int LIMESURVEY_EMPTY = 1;
    public static final int GOOGLE_EMPTY = 1;
    /** Items answered by an unfinished submission (the questionnaire's first page). */
    static final int FIRST_PAGE_ITEMS = 6;

    /** A layout, and the folder name it is written under. */
    public enum Layout {
        MSFORMS_EN("msforms-en"), GOOGLE_FORMS("googleforms"), QUALTRICS("qualtrics"), QUALTRICS_LEGACY("qualtrics-legacy"),
        LIMESURVEY("limesurvey"), PLAIN("plain"), INTERVIEWS_MAXQDA_PL("interviews-maxqda-pl"),
        INTERVIEWS_MAXQDA_XLS("interviews-maxqda-xls");

        public final String folder;

        Layout(String folder) {
            this.folder = folder;
        }

        /** A coded-interview export (an interviews-only study), not a questionnaire. */
        public boolean interviews() {
            return this == INTERVIEWS_MAXQDA_PL || this == INTERVIEWS_MAXQDA_XLS;
        }

        /** Incomplete submissions (unfinished or empty) written into this layout's export. */
        public int incomplete() {
            return switch (this) {
                case QUALTRICS -> QUALTRICS_UNFINISHED;
                case LIMESURVEY -> LIMESURVEY_UNFINISHED + LIMESURVEY_EMPTY;
                case GOOGLE_FORMS -> GOOGLE_EMPTY;
                default -> 0;
            };
        }
    }

    private static final Map<String, String> ENGLISH = Map.of("Helemaal mee oneens", "Strongly disagree", "Mee oneens", "Disagree",
            "Neutraal", "Neither agree nor disagree", "Mee eens", "Agree", "Helemaal mee eens", "Strongly agree");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final long seed;
    private final int complete;
    private final List<Submission> rows;

    /** @param complete finished submissions per export (at most the sample's nameting 2024-2025, 65) */
    public LayoutSamples(long seed, int complete) {
        this.seed = seed;
        this.complete = complete;
        List<Submission> all = SampleStudy.generate(seed).file("2024-2025", Wave.NAMETING).rows();
        int extra = Math.max(QUALTRICS_UNFINISHED, LIMESURVEY_UNFINISHED + LIMESURVEY_EMPTY);
        if (complete < 1 || complete + extra > all.size())
            throw new IllegalArgumentException("complete must be 1 … " + (all.size() - extra) + ", got " + complete);
        this.rows = all.subList(0, complete + extra);
    }

    /** The export's file name in its folder. */
    public static String fileName(Layout layout) {
        return switch (layout) {
            case MSFORMS_EN -> "inwerken_2024-2025_nameting_msforms.xlsx";
            case INTERVIEWS_MAXQDA_PL -> "inwerken_2024-2025_interviews_maxqda_pl.xlsx";
            case INTERVIEWS_MAXQDA_XLS -> "inwerken_2024-2025_interviews_maxqda_de.xls";
            default -> "inwerken_2024-2025_nameting_" + layout.folder.replace("-", "_") + ".csv";
        };
    }

    /** Writes every layout into {@code dir/<layout folder>/}; returns the files written. */
    public List<Path> writeAll(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Layout l : Layout.values()) out.add(write(l, dir.resolve(l.folder)));
        return out;
    }

    /** Writes one layout's export into {@code folder} and returns its path. */
    public Path write(Layout layout, Path folder) {
        Path target = folder.resolve(fileName(layout));
        try {
            Files.createDirectories(folder);
            switch (layout) {
                case MSFORMS_EN -> MsFormsWorkbook.write(new SurveyFile(target.getFileName().toString(), "2024-2025", Wave.NAMETING, false,
                                finished().stream().map(LayoutSamples::english).toList()), target,
                        List.of("ID", "Start time", "Completion time", "Email", "Name", "Last modified time"));
                case GOOGLE_FORMS -> text(target, googleForms(), ',');
                case QUALTRICS -> text(target, qualtrics(), ',');
                case QUALTRICS_LEGACY -> text(target, qualtricsLegacy(), ',');
                case LIMESURVEY -> text(target, limeSurvey(), ',');
                case PLAIN -> text(target, plain(), ';');
                case INTERVIEWS_MAXQDA_PL -> new InterviewSampleGenerator(seed).writePolish(target);
                case INTERVIEWS_MAXQDA_XLS -> new InterviewSampleGenerator(seed).writeOldXls(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    private List<Submission> finished() {
        return rows.subList(0, complete);
    }

    /** The rows after the finished ones, made incomplete. */
    private List<Submission> extra(int n) {
        return rows.subList(complete, complete + n);
    }

    private static Submission english(Submission s) {
        return new Submission(s.employment(), s.wave(), s.started(), s.completed(), s.email(),
                s.answers().stream().map(a -> ENGLISH.getOrDefault(a, "")).toList(), s.open(), s.blemish());
    }

    private static LocalDateTime started(Submission s) {
        return s.started() != null ? s.started() : s.completed().minusMinutes(7);
    }

    /** Answers of an unfinished submission: the first page only. */
    private static List<String> firstPage(List<String> answers) {
        List<String> a = new ArrayList<>(answers);
        for (int i = FIRST_PAGE_ITEMS; i < a.size(); i++) a.set(i, "");
        return a;
    }

    private static String token(Submission s) {
        return "tk" + Integer.toHexString(s.employment().person().displayName().hashCode() & 0xfffffff);
    }

    private List<List<String>> googleForms() {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Timestamp", "Email Address"));
        header.addAll(SampleQuestions.questionColumns());
        out.add(header);
        for (Submission s : finished()) out.add(googleRow(s, s.answers(), s.open()));
        // Submitted with only the required questions (location, group) answered: an empty submission.
        for (Submission s : extra(GOOGLE_EMPTY)) out.add(googleRow(s, Collections.nCopies(s.answers().size(), ""), null));
        return out;
    }

    private static List<String> googleRow(Submission s, List<String> answers, String open) {
        List<String> f = new ArrayList<>();
        f.add(GoogleFormsCsv.TIMESTAMP.format(s.completed()));
        f.add(s.email());
        f.add(s.employment().location());
        f.add(s.employment().group().answer);
        f.addAll(answers);
        f.add(open == null ? "" : open);
        return f;
    }

    /** Qualtrics' names row, question-text row and ImportId row, then the responses (choice texts in English). */
    private List<List<String>> qualtrics() {
        List<String> meta = List.of("StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
                "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference",
                "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage");
        List<List<String>> out = new ArrayList<>();
        List<String> names = new ArrayList<>(meta), texts = new ArrayList<>(meta), imports = new ArrayList<>();
        for (String m : meta) imports.add("{\"ImportId\":\"" + m.replace(" ", "") + "\"}");
        List<String> questions = SampleQuestions.questionColumns();
        for (int q = 0; q < questions.size(); q++) {
            String id = q < 2 ? "Q" + (q + 1) : q < questions.size() - 1 ? "Q3_" + (q - 1) : "Q4";
            names.add(id);
            texts.add(q >= 2 && q < questions.size() - 1 ? "Geef aan in hoeverre je het eens bent. - " + questions.get(q) : questions.get(q));
            imports.add("{\"ImportId\":\"QID" + (q + 1) + "\"}");
        }
        out.add(names);
        out.add(texts);
        out.add(imports);
        int n = 0;
        for (Submission s : finished()) out.add(qualtricsRow(english(s), ++n, true));
        for (Submission s : extra(QUALTRICS_UNFINISHED)) out.add(qualtricsRow(english(s), ++n, false));
        return out;
    }

    private static List<String> qualtricsRow(Submission s, int n, boolean finished) {
        LocalDateTime start = started(s), end = finished ? s.completed() : start.plusMinutes(3);
        String[] name = s.employment().person().displayName().split(" ", 2);
        List<String> f = new ArrayList<>(List.of(ISO.format(start), ISO.format(end), "IP Address", "192.0.2." + (n % 250 + 1),
                finished ? "100" : "40", String.valueOf(java.time.Duration.between(start, end).getSeconds()), finished ? "True" : "False",
                ISO.format(end), "R_" + Integer.toString(1_000_000 + n * 7919, 36), name.length > 1 ? name[1] : "", name[0],
                s.email(), "", "52.09", "5.12", "email", "NL"));
        f.add(s.employment().location());
        f.add(s.employment().group().answer);
        f.addAll(finished ? s.answers() : firstPage(s.answers()));
        f.add(finished && s.open() != null ? s.open() : "");
        return f;
    }

    /** Legacy Qualtrics: V1…V10 and question ids, then the labels row; answers as values 1…5, "Weet ik niet" blank. */
    private List<List<String>> qualtricsLegacy() {
        List<String> names = new ArrayList<>(List.of("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "V10"));
        List<String> labels = new ArrayList<>(List.of("ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress",
                "IPAddress", "Status", "StartDate", "EndDate", "Finished"));
        List<String> questions = SampleQuestions.questionColumns();
        for (int q = 0; q < questions.size(); q++) {
            names.add(q < 2 ? "Q" + (q + 1) : q < questions.size() - 1 ? "Q3_" + (q - 1) : "Q4");
            labels.add(questions.get(q));
        }
        List<List<String>> out = new ArrayList<>(List.of(names, labels));
        int n = 0;
        for (Submission s : finished()) {
            n++;
            List<String> f = new ArrayList<>(List.of("R_" + Integer.toString(2_000_000 + n * 7919, 36), "Default Response Set",
                    s.employment().person().displayName(), "", s.email(), "192.0.2." + (n % 250 + 1), "0",
                    ISO.format(started(s)), ISO.format(s.completed()), "1"));
            f.add(s.employment().location());
            f.add(s.employment().group().answer);
            for (String a : s.answers()) {
                int v = SampleQuestions.EENS5.indexOf(a);
                f.add(v < 0 ? "" : String.valueOf(v + 1));
            }
            f.add(s.open() == null ? "" : s.open());
            out.add(f);
        }
        return out;
    }

    /** LimeSurvey, headings as full question texts; unfinished responses have no submission date. */
    private List<List<String>> limeSurvey() {
        List<String> header = new ArrayList<>(List.of("Response ID", "Date submitted", "Last page", "Start language", "Seed",
                "Date started", "Date last action", "Token"));
        header.addAll(SampleQuestions.questionColumns());
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        int id = 0;
        for (Submission s : finished()) out.add(limeRow(s, ++id, 3, s.employment().location(), s.answers(), s.open(), true));
        for (Submission s : extra(LIMESURVEY_UNFINISHED))
            out.add(limeRow(s, ++id, 1, s.employment().location(), firstPage(s.answers()), null, false));
        // Opened and left on the first page without answering anything (the location is asked on it too).
        for (Submission s : extra(LIMESURVEY_UNFINISHED + LIMESURVEY_EMPTY).subList(LIMESURVEY_UNFINISHED, LIMESURVEY_UNFINISHED + LIMESURVEY_EMPTY))
            out.add(limeRow(s, ++id, 0, "", Collections.nCopies(s.answers().size(), ""), null, false));
        return out;
    }

    private static List<String> limeRow(Submission s, int id, int lastPage, String location, List<String> answers, String open,
                                        boolean submitted) {
        LocalDateTime start = started(s), last = submitted ? s.completed() : start.plusMinutes(2);
        List<String> f = new ArrayList<>(List.of(String.valueOf(id), submitted ? ISO.format(s.completed()) : "",
                lastPage == 0 ? "" : String.valueOf(lastPage), "nl", String.valueOf(100_000 + id * 37), ISO.format(start), ISO.format(last),
                token(s)));
        f.add(location);
        f.add(location.isEmpty() ? "" : s.employment().group().answer);
        f.addAll(answers);
        f.add(open == null ? "" : open);
        return f;
    }

    /** A hand-made Dutch Excel table: semicolons, a date column, the same questions. */
    private List<List<String>> plain() {
        List<String> header = new ArrayList<>(List.of("Datum", "E-mail"));
        header.addAll(SampleQuestions.questionColumns());
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        for (Submission s : finished()) {
            List<String> f = new ArrayList<>(List.of(DUTCH_DATE.format(s.completed()), s.email(), s.employment().location(),
                    s.employment().group().answer));
            f.addAll(s.answers());
            f.add(s.open() == null ? "" : s.open());
            out.add(f);
        }
        return out;
    }

    private static void text(Path target, List<List<String>> records, char delimiter) throws IOException {
        StringBuilder b = new StringBuilder();
        for (List<String> r : records) GoogleFormsCsv.record(b, r, delimiter);
        Files.write(target, b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
